// HTTP hardening: strict security headers on every answer, rate limits answering 429 as
// JSON on the expensive routes, JSON even for an oversized URL, bidi controls neutralised in exports, no stack traces.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({
    seeds: false,
    client: false,
    env: { KGX_RATE_CYPHER_PER_MIN: "5", KGX_RATE_ARTICLES_PER_MIN: "3" },
  });
});
afterAll(() => srv.close());

const post = (path: string, body: unknown) =>
  fetch(new URL(path, srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("HTTP hardening", () => {
  it("sends a strict Content-Security-Policy and the other helmet headers", async () => {
    const res = await fetch(new URL("/api/health", srv.url));
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-powered-by")).toBeNull();
  });

  it("limits POST /api/cypher per minute with a JSON 429", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await post("/api/cypher", { query: "RETURN 1 AS one" })).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await post("/api/cypher", { query: "RETURN 1 AS one" });
    expect(limited.status).toBe(429);
    expect((await limited.json()).error.type).toBe("RateLimited");
    expect((await fetch(new URL("/api/stats", srv.url))).status).toBe(200);
  });

  it("limits POST /api/articles per minute", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post("/api/articles", { text: `Russia said ${i}.` })).status);
    expect(statuses.filter((s) => s === 429).length).toBe(2);
  });

  it("answers a 100,000-character URL with a JSON 431", async () => {
    const res = await fetch(new URL(`/api/entities?search=${"x".repeat(100_000)}`, srv.url));
    expect(res.status).toBe(431);
    expect((await res.json()).error.type).toBe("TooLarge");
  });

  it("stores bidi controls in titles as given, and neutralises them in every export format", async () => {
    const title = "Safe \u202Eevil\u202C title\u2066x\u2069";
    const result = await srv.kgx.ingest.ingest({
      title,
      source: "out\u202Elet",
      text: "Russia condemned North Korea over the \u202Etest, the ministry said.",
    });
    expect(result.article.title).toBe(title);
    const stored = await srv.kgx.store.getArticle(result.article.id);
    expect(stored?.article).toMatchObject({ title, source: "out\u202Elet" });
    expect(stored?.text).toContain("\u202E");
    const formats = srv.kgx.exporter.formatList().map((f) => f.id);
    const shown: string[] = [];
    expect(formats).toHaveLength(9);
    for (const format of formats) {
      const file = await srv.kgx.exporter.render({ format, selection: { all: true }, title: `Report \u202Eevil` });
      expect(file.body, format).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      if (file.body.includes("\ufffd")) shown.push(format);
    }
    // Formats that carry a title or the evidence show the neutralised text; the others carry neither.
    expect(shown).toEqual(["json", "claims.csv", "html", "md"]);
  });

  it("answers a server-side failure without a stack trace", async () => {
    const res = await post("/api/cypher", { query: "RETURN 1", params: "not-a-map" });
    const text = await res.text();
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(text).not.toMatch(/\bat \S+ \(|node:internal|\.ts:\d+/);
  });
});
