// API benchmark on the 10k-node / 50k-claim synthetic graph: p50/p95 of GET /api/entities/:id
// and of its 2-hop neighbourhood through the real server, against the bare engine answering
// the equivalent Cypher in-process on the same data (the baseline), in the same run. The 2-hop
// figure is measured twice: from the read cache (steady state, no write since it was read) and by Cypher.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import grafeo from "@grafeo-db/js";
import { toExtractedArticles } from "../server/core/graph/canonical-import.ts";
import { synthGraph } from "../server/core/graph/synth.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices, listen, openStore } from "../server/main.ts";
import type { CypherGraphStore } from "../server/store/cypher-graph-store.ts";
import type { BenchFigure } from "./extract-bench.ts";
import { getGraph, jsonClient } from "./http-client.ts";

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function timeEach(ids: string[], run: (id: string) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    await run(id);
    out.push(performance.now() - t0);
  }
  return out;
}

async function bareEngine(graph: ReturnType<typeof synthGraph>) {
  const db = grafeo.GrafeoDB.create();
  await db.executeCypher("CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)");
  await db.executeCypher("UNWIND $rows AS row CREATE (:Entity {id: row.id, name: row.name})", { rows: graph.entities });
  const rows = graph.relations.map((r) => ({ s: r.source, t: r.target, evidence: r.evidence, article: r.article }));
  for (let i = 0; i < rows.length; i += 5000) {
    await db.executeCypher(
      "UNWIND $rows AS row MATCH (s:Entity {id: row.s}), (t:Entity {id: row.t}) " +
        "CREATE (s)-[:CLAIM {evidence: row.evidence, article: row.article}]->(t)",
      { rows: rows.slice(i, i + 5000) },
    );
  }
  return db;
}

export async function runApiBench(samples = 150): Promise<BenchFigure[]> {
  const graph = synthGraph({ nodes: 10_000, edges: 50_000, seed: 7 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-apibench-"));
  const config = loadConfig({ KGX_DATA: path.join(dir, "db.grafeo"), PORT: "0" });
  const kgx = buildServices(await openStore(config, { server: true }), config);
  for (const doc of toExtractedArticles(graph)) await kgx.store.upsertArticle(doc);
  const http = await listen(kgx, config);
  const db = await bareEngine(graph);
  // The cache reads itself once writes are quiet; wait for it rather than time its first read.
  const cache = (kgx.store as CypherGraphStore).readCache;
  while (cache && !cache.ready) await new Promise((r) => setTimeout(r, 50));
  // Only entities the store holds (synth leaves some without claims, and kgx keeps no entity without a mention).
  const linked = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
  const present = graph.entities.filter((e) => linked.has(e.id));
  const step = Math.max(1, Math.floor(present.length / samples));
  const ids = present.filter((_, i) => i % step === 0).map((e) => e.id);
  // A warm-up pass on other entities before each timed one (both sides): JIT, plan caches, pages.
  const sampled = new Set(ids);
  const warm = present
    .map((e) => e.id)
    .filter((id) => !sampled.has(id))
    .filter((_, i) => i % step === 0)
    .slice(0, 50);
  const timed = async (run: (id: string) => Promise<unknown>) => {
    await timeEach(warm, run);
    return timeEach(ids, run);
  };
  const client = jsonClient(http.url);
  const get = (p: string) => client.get(p);

  const entity = await timed((id) => get(`/api/entities/${encodeURIComponent(id)}`));
  // As the explorer asks (the compact form, decoded), and as plain JSON.
  const hoodPath = (id: string) => `/api/entities/${encodeURIComponent(id)}/neighbourhood?hops=2&limit=500`;
  const hood = (id: string) => getGraph(client, hoodPath(id));
  const twoHop = await timed(hood);
  const twoHopJson = await timed((id) => get(hoodPath(id)));
  if (cache) cache.paused = true;
  const twoHopCypher = await timed(hood);
  // The baseline reads its rows into JavaScript, as any caller of the engine must.
  const ENTITY_Q = "MATCH (e:Entity {id: $id})-[c]-(n:Entity) RETURN e.name, c.evidence, c.article, n.name";
  const TWO_HOP_Q = "MATCH (e:Entity {id: $id})-[*1..2]-(n:Entity) RETURN DISTINCT n.id LIMIT 500";
  const bareEntity = await timed(async (id) => (await db.executeCypher(ENTITY_Q, { id })).toArray());
  const bareTwoHop = await timed(async (id) => (await db.executeCypher(TWO_HOP_Q, { id })).toArray());
  // The baseline as it was before 2026-12-01's last round (its rows left unread), for the ratios then.
  const unreadEntity = await timed((id) => db.executeCypher(ENTITY_Q, { id }));
  const unreadTwoHop = await timed((id) => db.executeCypher(TWO_HOP_Q, { id }));
  db.close();
  client.close();
  await http.close();
  await kgx.store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const fig = (name: string, xs: number[], base: number[], q: number): BenchFigure => ({
    name,
    value: round(pct(xs, q)),
    unit: "ms",
    baseline: round(pct(base, q)),
    ratio: round(pct(xs, q) / pct(base, q)),
  });
  return [
    fig("api.entity_p50_ms", entity, bareEntity, 0.5),
    fig("api.entity_p95_ms", entity, bareEntity, 0.95),
    fig("api.two_hop_p50_ms", twoHop, bareTwoHop, 0.5),
    fig("api.two_hop_p95_ms", twoHop, bareTwoHop, 0.95),
    fig("api.two_hop_json_p50_ms", twoHopJson, bareTwoHop, 0.5),
    fig("api.two_hop_json_p95_ms", twoHopJson, bareTwoHop, 0.95),
    fig("api.two_hop_cypher_p50_ms", twoHopCypher, bareTwoHop, 0.5),
    fig("api.two_hop_cypher_p95_ms", twoHopCypher, bareTwoHop, 0.95),
    fig("api.entity_p95_ms.vs_unread_rows", entity, unreadEntity, 0.95),
    fig("api.two_hop_p95_ms.vs_unread_rows", twoHop, unreadTwoHop, 0.95),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await runApiBench()) console.log(JSON.stringify(f));
}
