// Analyst Cypher runs in its own process on a snapshot: a runaway query killed at its time limit
// leaves the primary database process (explorer reads, writes) untouched, and ingests and reads
// in flight beside it succeed without being run again; the analyst still sees every acknowledged write.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toExtractedArticles } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import type { GrafeoAnalystRunner } from "../../server/store/grafeo/analyst-runner.ts";
import type { GrafeoStore } from "../../server/store/grafeo/index.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({
    client: false,
    env: { KGX_QUERY_TIMEOUT_MS: "2500", KGX_RATE_CYPHER_PER_MIN: "10000", KGX_RATE_ARTICLES_PER_MIN: "10000" },
  });
});
afterAll(() => srv.close());

const runner = () => (srv.kgx.store as GrafeoStore).runner as GrafeoAnalystRunner;
const get = (p: string) => fetch(new URL(p, srv.url));
const post = (p: string, body: unknown) =>
  fetch(new URL(p, srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
const cypher = (query: string) => post("/api/cypher", { query, params: {} });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("analyst queries apart from the explorer and the writes", () => {
  it("sees an article as soon as its ingest is acknowledged", async () => {
    const text = "Germany condemned Austria in the analyst snapshot test.";
    expect((await post("/api/articles", { text })).status).toBeLessThan(300);
    const res = await cypher("MATCH (a:Article) WHERE a.text CONTAINS 'analyst snapshot test' RETURN count(a) AS n");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { rows: number[][] }).rows[0]?.[0]).toBe(1);
  });

  it("kills a runaway query without touching the primary process or the requests in flight on it", async () => {
    await cypher("RETURN 1 AS warm"); // the analyst process exists before the runaway starts
    const primary = runner().pid;
    const analyst = runner().analystPid;
    expect(primary).not.toBeNull();
    expect(analyst).not.toBe(primary);
    const before = (await (await get("/api/stats")).json()) as { articles: number };
    const [entity] = ((await (await get("/api/entities?search=a&limit=1")).json()) as { entities: { id: string }[] })
      .entities;
    const runaway = cypher(
      "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity), (f:Entity) " +
        "WHERE a.mentions + b.mentions + c.mentions + d.mentions + e.mentions + f.mentions < 0 RETURN count(*) AS n",
    );
    await sleep(2_000); // the requests below are in flight when the runaway is killed at 2.5 s
    const others = [
      ...Array.from({ length: 3 }, (_, i) =>
        post("/api/articles", { text: `France condemned Spain in isolation test ${i}.` }).then((r) => r.status),
      ),
      ...Array.from({ length: 20 }, (_, i) =>
        sleep(i * 50).then(() =>
          get(i % 2 ? "/api/stats" : `/api/entities/${encodeURIComponent(entity!.id)}/neighbourhood?hops=2`).then(
            (r) => r.status,
          ),
        ),
      ),
    ];
    expect((await runaway).status).toBe(504);
    expect(await Promise.all(others)).toEqual([201, 201, 201, ...Array.from({ length: 20 }, () => 200)]);
    expect(runner().pid).toBe(primary); // never killed, so nothing in flight on it had to be run again
    const after = (await (await get("/api/stats")).json()) as { articles: number };
    expect(after.articles).toBe(before.articles + 3);
    expect((await cypher("RETURN 1 AS again")).status).toBe(200);
    expect(runner().analystPid).not.toBe(analyst);
  }, 60_000);
});

describe("KGX_QUERY_SNAPSHOT_MS", () => {
  it("serves a snapshot up to that old, and takes a fresher one beside it", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-snapshot-"));
    const store = await openGrafeoStore(path.join(dir, "db.grafeo"), { isolated: true, snapshotMaxAgeMs: 60_000 });
    try {
      const [a, b] = toExtractedArticles(synthGraph({ nodes: 20, edges: 40, seed: 3, articles: 2 }));
      const count = async () =>
        (await store.runUserQuery("MATCH (x:Article) RETURN count(x) AS n", {}, { timeoutMs: 5_000, maxRows: 5 }))
          .rows[0]?.[0];
      await store.upsertArticle(a!);
      expect(await count()).toBe(1); // the first snapshot is taken for the first query
      await store.upsertArticle(b!);
      expect(await count()).toBe(1); // within 60 s: the older snapshot answers
      let n: unknown = 1;
      for (let i = 0; i < 100 && n === 1; i++) {
        await new Promise((r) => setTimeout(r, 100));
        n = await count();
      }
      expect(n).toBe(2); // the fresher one taken beside it
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
