// Neo4j benchmark on the live server at NEO4J_URI (`npm run neo4j -- start`): claims/s through kgx's Neo4j store
// against raw batched UNWIND … CREATE of the same rows, and the API's entity and 2-hop p50/p95 on Neo4j vs Grafeo.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j, { type Driver } from "neo4j-driver";
import { loadConfig } from "../server/config.ts";
import { extractArticle } from "../server/core/extraction/index.ts";
import { toExtractedArticles } from "../server/core/graph/canonical-import.ts";
import { synthGraph } from "../server/core/graph/synth.ts";
import type { ExtractedArticle } from "../server/core/model/types.ts";
import { INGEST_BATCH } from "../server/cli/ingest-files.ts";
import { buildServices, listen, openStore } from "../server/main.ts";
import { neo4jOptions, openNeo4jStore } from "../server/store/neo4j/index.ts";
import type { BenchFigure } from "./extract-bench.ts";
import { storeSeconds } from "./ingest-bench.ts";
import { getGraph, jsonClient } from "./http-client.ts";

const SEEDS = path.join(import.meta.dirname, "../seeds");
const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const round = (x: number) => Math.round(x * 100) / 100;
const fig = (name: string, value: number, unit: string, baseline: number): BenchFigure => ({
  name,
  value: round(value),
  unit,
  baseline: round(baseline),
  ratio: Math.round((value / baseline) * 1000) / 1000,
});

function corpus(n: number): string[] {
  const seeds = fs
    .readdirSync(SEEDS)
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
  return Array.from({ length: n }, (_, i) => seeds[i % seeds.length]!.replace("\n", `\n\nDispatch ${i}.\n`));
}

function neo4jConfig() {
  if (!process.env.NEO4J_URI) throw new Error("bench: neo4j needs NEO4J_URI (npm run neo4j -- start prints it)");
  return neo4jOptions(loadConfig());
}

async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
  }
}

/** The baseline: the same claim rows, one write transaction and one UNWIND … CREATE per article. */
async function rawCreate(driver: Driver, docs: ExtractedArticle[]): Promise<number> {
  const session = driver.session();
  try {
    const entities = new Map(docs.flatMap((d) => d.entities.map((e) => [e.id, { id: e.id, name: e.name }])));
    await session.run("UNWIND $rows AS row CREATE (:Entity {id: row.id, name: row.name})", {
      rows: [...entities.values()],
    });
    const started = performance.now();
    for (const d of docs) {
      const rows = d.claims.map(({ id, source, target, type: _t, ...props }) => ({ id, source, target, props }));
      await session.executeWrite((tx) =>
        tx.run(
          "UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target}) " +
            "CREATE (s)-[c:CLAIM]->(t) SET c = row.props, c.id = row.id",
          { rows },
        ),
      );
    }
    return (performance.now() - started) / 1000;
  } finally {
    await session.close();
  }
}

export async function ingestFigures(driver: Driver, n = 200, rounds = 2): Promise<BenchFigure[]> {
  const docs = corpus(n).map((text) => extractArticle({ text }));
  const claims = docs.reduce((a, d) => a + d.claims.length, 0);
  // Alternating passes, the best of each side: the machine's load moves more than either side does.
  let batched = Infinity;
  let single = Infinity;
  let rawSeconds = Infinity;
  const through = async (batch: number) => {
    await wipe(driver);
    return storeSeconds(() => openNeo4jStore(neo4jConfig()), docs, batch);
  };
  for (let r = 0; r < rounds; r++) {
    batched = Math.min(batched, await through(INGEST_BATCH));
    await wipe(driver);
    rawSeconds = Math.min(rawSeconds, await rawCreate(driver, docs));
    single = Math.min(single, await through(1));
  }
  await wipe(driver);
  const raw = claims / rawSeconds;
  return [
    fig("neo4j.ingest.claims_per_s", claims / batched, `claims/s (${INGEST_BATCH} articles a transaction)`, raw),
    fig("neo4j.ingest.claims_per_s.one_per_tx", claims / single, "claims/s (one article a transaction)", raw),
  ];
}

/** p50/p95 of GET /api/entities/:id and its 2-hop neighbourhood through a real kgx server on one store. */
async function apiTimings(env: Record<string, string>, docs: ExtractedArticle[], ids: string[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-neo4jbench-"));
  const config = loadConfig({ KGX_DATA: path.join(dir, "db.grafeo"), PORT: "0", ...env });
  const kgx = buildServices(await openStore(config, { server: true }), config);
  try {
    for (const doc of docs) await kgx.store.upsertArticle(doc);
    const http = await listen(kgx, config);
    const client = jsonClient(http.url);
    const time = async (get: (id: string) => Promise<unknown>) => {
      const out: number[] = [];
      for (const id of ids) {
        const t0 = performance.now();
        await get(id);
        out.push(performance.now() - t0);
      }
      return out;
    };
    const entityOf = (id: string) => client.get(`/api/entities/${encodeURIComponent(id)}`);
    await time(entityOf); // warm both engines' caches and plans
    const entity = await time(entityOf);
    // As the explorer asks: the compact form, decoded.
    const twoHop = await time((id) =>
      getGraph(client, `/api/entities/${encodeURIComponent(id)}/neighbourhood?hops=2&limit=500`),
    );
    client.close();
    await http.close();
    return { entity, twoHop };
  } finally {
    await kgx.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Both stores answer through Cypher (Grafeo's read cache off), so the figures compare the engines. */
export async function apiFigures(driver: Driver, samples = 100): Promise<BenchFigure[]> {
  const graph = synthGraph({ nodes: 10_000, edges: 50_000, seed: 7 });
  const docs = toExtractedArticles(graph);
  const linked = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
  const present = graph.entities.filter((e) => linked.has(e.id));
  const step = Math.max(1, Math.floor(present.length / samples));
  const ids = present.filter((_, i) => i % step === 0).map((e) => e.id);
  const o = neo4jConfig();
  await wipe(driver);
  const neo = await apiTimings(
    { KGX_STORE: "neo4j", NEO4J_URI: o.uri, NEO4J_USER: o.user, NEO4J_PASSWORD: o.password },
    docs,
    ids,
  );
  await wipe(driver);
  const graf = await apiTimings({ KGX_READ_CACHE_CLAIMS: "0" }, docs, ids);
  const out: BenchFigure[] = [];
  for (const [what, key] of [
    ["entity", "entity"],
    ["two_hop", "twoHop"],
  ] as const) {
    for (const q of [0.5, 0.95]) {
      const name = `neo4j.api.${what}_p${q * 100}_ms.n10k_e50k`;
      out.push(fig(name, pct(neo[key], q), "ms (baseline: Grafeo)", pct(graf[key], q)));
    }
  }
  return out;
}

export async function runNeo4jBench(): Promise<BenchFigure[]> {
  const o = neo4jConfig();
  const driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password));
  try {
    return [...(await ingestFigures(driver)), ...(await apiFigures(driver))];
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await runNeo4jBench()) console.log(JSON.stringify(f));
}
