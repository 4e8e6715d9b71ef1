// The HTTP API in-process on port 0 against a real Grafeo store with the seeds:
// shapes, status codes, JSON errors without stack traces, idempotent POSTs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPACT_GRAPH_FORMAT, decodeCompactGraph, type CompactGraph } from "../../server/core/model/compact-graph.ts";
import type { GraphData } from "../../server/core/model/types.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ seeds: true, client: false, env: { KGX_MAX_ARTICLE_BYTES: "20000" } });
});
afterAll(() => srv.close());

async function call(path: string, init?: RequestInit) {
  const res = await fetch(new URL(path, srv.url), init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get("content-type") ?? "", text, body: JSON.parse(text) };
}
const post = (body: unknown, raw?: string) =>
  call("/api/articles", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: raw ?? JSON.stringify(body),
  });

describe("HTTP API", () => {
  it("GET /api/health says when expansions come from memory", async () => {
    const states = new Set<string>();
    for (let i = 0; i < 1_000 && !states.has("ready"); i++) {
      const { body } = await call("/api/health");
      expect(body.ok).toBe(true);
      states.add(body.readCache);
      await new Promise((r) => setTimeout(r, 25));
    }
    expect([...states].filter((s) => s !== "building")).toEqual(["ready"]);
  }, 40_000);

  it("GET /api/stats counts the seeds", async () => {
    const { body } = await call("/api/stats");
    expect(body.articles).toBe(5);
    expect(Object.keys(body).sort()).toEqual(["articles", "byLabel", "byType", "claims", "entities"]);
  });

  it("GET /api/graph returns nodes and aggregated edges, capped by limit", async () => {
    const { body } = await call("/api/graph?limit=3");
    expect(body.nodes.length).toBeLessThanOrEqual(3);
    expect(Array.isArray(body.edges)).toBe(true);
    expect((await call("/api/graph?limit=abc")).status).toBe(400);
  });

  it("format=compact decodes to the same GraphData, for the start view and every entity's neighbourhood", async () => {
    for (const limit of [1, 3, 500]) {
      const plain = (await call(`/api/graph?limit=${limit}`)).body;
      const compact = (await call(`/api/graph?limit=${limit}&format=compact`)).body as CompactGraph;
      expect(compact.format).toBe(COMPACT_GRAPH_FORMAT);
      expect(decodeCompactGraph(compact)).toEqual(plain);
    }
    const all = (await call("/api/graph?limit=500")).body as GraphData;
    expect(all.nodes.length).toBeGreaterThan(20);
    let bytes = [0, 0];
    for (const n of all.nodes) {
      const route = `/api/entities/${encodeURIComponent(n.id)}/neighbourhood?hops=2&limit=200`;
      const plain = await call(route);
      const compact = await call(`${route}&format=compact`);
      expect(decodeCompactGraph(compact.body)).toEqual(plain.body);
      bytes = [bytes[0]! + plain.text.length, bytes[1]! + compact.text.length];
    }
    expect(bytes[1]).toBeLessThan(bytes[0]! * 0.75);
    expect((await call("/api/graph?format=xml")).status).toBe(400);
  }, 60_000);

  it("POST /api/articles ingests, and re-posting changes nothing", async () => {
    const article = { title: "T", text: "The United Nations condemned the strike. Russia said nothing." };
    const first = await post(article);
    expect(first.status).toBe(201);
    const id = first.body.article.id as string;
    const before = (await call("/api/stats")).body;
    const again = await post(article);
    expect(again.status).toBe(200);
    expect(again.body.created).toBe(false);
    expect((await call("/api/stats")).body).toEqual(before);
    const art = await call(`/api/articles/${id}`);
    expect(art.body.text).toBe(article.text);
    expect(art.body.sentences.length).toBeGreaterThan(0);
  });

  it.each([
    ["an empty article", { title: "x", text: "   \n " }, 400],
    ["a missing text", { title: "x" }, 400],
    ["a text of the wrong type", { text: 42 }, 400],
    ["an article over the size limit", { text: "word ".repeat(5000) }, 413],
  ])("POST /api/articles refuses %s", async (_what, body, status) => {
    const before = (await call("/api/stats")).body;
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.body.error.message).toMatch(/\w/);
    expect(res.text).not.toMatch(/at \w+ \(|\.ts:\d+/);
    expect((await call("/api/stats")).body).toEqual(before);
  });

  it("answers malformed JSON and oversized bodies with JSON errors", async () => {
    const bad = await post(null, "{not json");
    expect(bad.status).toBe(400);
    expect(bad.type).toMatch(/json/);
    const huge = await post(null, JSON.stringify({ text: "x".repeat(200_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.type).toBe("TooLarge");
  });

  it.each([["/api/entities/state:nope"], ["/api/articles/a_nope"], ["/api/entities/x/neighbourhood"], ["/api/nope"]])(
    "GET %s is a JSON 404",
    async (path) => {
      const res = await call(path);
      expect(res.status).toBe(404);
      expect(res.body.error.type).toBe("NotFound");
    },
  );

  it("searches entities and returns one with its claims and evidence", async () => {
    const stats = (await call("/api/stats")).body;
    const graph = (await call("/api/graph?limit=50")).body;
    expect(graph.nodes.length).toBe(Math.min(50, stats.entities));
    const top = graph.nodes[0];
    const found = (await call(`/api/entities?search=${encodeURIComponent(top.name.slice(0, 4))}`)).body;
    expect(found.entities.map((e: { id: string }) => e.id)).toContain(top.id);
    const detail = (await call(`/api/entities/${encodeURIComponent(top.id)}`)).body;
    expect(detail.entity.id).toBe(top.id);
    for (const c of detail.claims) {
      const art = (await call(`/api/articles/${c.article}`)).body;
      expect(art.text.slice(c.start, c.end)).toBe(c.evidence);
    }
    const hood = (await call(`/api/entities/${encodeURIComponent(top.id)}/neighbourhood?hops=1`)).body;
    expect(hood.nodes.map((n: { id: string }) => n.id)).toContain(top.id);
  });
});
