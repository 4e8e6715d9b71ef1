// Load on loopback, bounded in time: autocannon sends 50 concurrent /api/cypher reads for
// a few seconds while articles are being ingested through the API. No crash, no error
// answers but 429; p50 and p95 are printed (and written to /tmp/kgx-load.json).
import fs from "node:fs";
import autocannon from "autocannon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, SEEDS, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({
    client: false,
    env: { KGX_RATE_CYPHER_PER_MIN: "1000000", KGX_RATE_ARTICLES_PER_MIN: "1000000" },
  });
});
afterAll(() => srv.close());

function percentile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10;
}

async function ingestWhile(running: () => boolean): Promise<{ ok: number; failed: number[] }> {
  const seeds = fs.readdirSync(SEEDS).map((f) => fs.readFileSync(`${SEEDS}/${f}`, "utf8"));
  const failed: number[] = [];
  let ok = 0;
  for (let i = 0; running() && i < 400; i++) {
    const text = seeds[i % seeds.length]!.replace("\n", `\n\nLoad dispatch ${i}.\n`);
    const res = await fetch(new URL("/api/articles", srv.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
    if (res.status === 201) ok++;
    else failed.push(res.status);
  }
  return { ok, failed };
}

describe("load", () => {
  it("serves 50 concurrent Cypher reads while ingesting, with no errors but 429", async () => {
    let running = true;
    const ingesting = ingestWhile(() => running);
    const latencies: number[] = [];
    const options: autocannon.Options = {
      url: new URL("/api/cypher", srv.url).toString(),
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "MATCH (s:Entity)-[c]->(t:Entity {name: $name}) RETURN s.name AS s, type(c) AS t, count(*) AS n",
        params: { name: "North Korea" },
      }),
      connections: 50,
      duration: 5,
      timeout: 20,
    };
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(options, (err, res) => (err ? reject(err) : resolve(res)));
      instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
    });
    running = false;
    const ingest = await ingesting;
    const statuses = Object.keys(result.statusCodeStats ?? {}).map(Number);
    const report = {
      requests: result.requests.total,
      p50_ms: percentile(latencies, 0.5),
      p95_ms: percentile(latencies, 0.95),
      rps: result.requests.average,
      statuses,
      articlesIngestedMeanwhile: ingest.ok,
    };
    console.log(`load: ${JSON.stringify(report)}`);
    fs.writeFileSync("/tmp/kgx-load.json", JSON.stringify(report));
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    expect(result.requests.total).toBeGreaterThan(50);
    expect(ingest.failed).toEqual([]);
    expect(ingest.ok).toBeGreaterThan(0);
    expect((await (await fetch(new URL("/api/health", srv.url))).json()).ok).toBe(true);
  }, 60_000);
});
