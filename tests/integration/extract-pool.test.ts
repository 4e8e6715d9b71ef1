// Extraction in the worker pool: a slow article is refused with 422 after the time limit and
// nothing is written, the server keeps answering meanwhile, and long tokens stay linear.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDS, startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({
    seeds: false,
    client: false,
    env: { KGX_EXTRACT_TIMEOUT_MS: "1500", KGX_EXTRACT_WORKERS: "1", KGX_RATE_ARTICLES_PER_MIN: "1000" },
  });
});
afterAll(() => srv.close());

const post = (body: unknown) =>
  fetch(new URL("/api/articles", srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const stats = async () => (await (await fetch(new URL("/api/stats", srv.url))).json()) as Record<string, unknown>;

/** About 3 MB of real news text: several seconds of extraction, far past the 1.5 s limit. */
function bigArticle(): string {
  const seeds = fs
    .readdirSync(SEEDS)
    .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"))
    .join("\n\n");
  let text = "";
  while (text.length < 3_000_000) text += seeds + "\n\n";
  return text;
}

describe("extraction worker pool", () => {
  it("refuses an article past the time limit with 422, writes nothing, and health answers meanwhile", async () => {
    const before = await stats();
    let ingestDone = false;
    const ingest = post({ title: "slow", text: bigArticle() }).then(async (r) => {
      ingestDone = true;
      return { status: r.status, body: (await r.json()) as { error: { type: string; message: string } } };
    });
    await new Promise((r) => setTimeout(r, 300));
    const health = await fetch(new URL("/api/health", srv.url));
    expect(health.status).toBe(200);
    expect(ingestDone).toBe(false);
    const res = await ingest;
    expect(res.status).toBe(422);
    expect(res.body.error.type).toBe("ExtractionTimeout");
    expect(res.body.error.message).toMatch(/KGX_EXTRACT_TIMEOUT_MS/);
    expect(await stats()).toEqual(before);
  });

  it("ingests the next article on a fresh worker", async () => {
    const res = await post({ title: "after", text: "Russia condemned the strike, Reuters reported." });
    expect(res.status).toBe(201);
  });

  it("extracts a 40 KB article of one long hyphenated token well inside the limit", async () => {
    const res = await post({ title: "long token", text: "ab-".repeat(13_333) });
    expect([200, 201]).toContain(res.status);
  });
});
