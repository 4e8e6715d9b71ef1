// Growth bench (`npm run bench -- growth`): `kgx synth` at 10k/50k, 30k/150k and 100k/1M
// (KGX_BENCH_SIZES=10k,30k,100k or NODESxCLAIMS), then for each size `kgx import` claims/s,
// store size on disk, `kgx serve` RSS after opening, the explorer's focused start
// (/api/stats, /api/graph?limit=3, three 1-hop neighbourhoods), entity and 2-hop p95, and the
// first frame of that start view: explorer renderer against bare sigma. KGX_STORE=neo4j runs
// it on the server at NEO4J_URI (wiped). Baselines: bare sigma for the frame, else the first size.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { GraphData } from "../server/core/model/types.ts";
import { ROOT } from "../server/cli/client-build.ts";
import type { BenchFigure } from "./extract-bench.ts";
import { diskBytes, kgx, serve, treeRssMb } from "./growth-process.ts";
import { getGraph, jsonClient, type JsonClient } from "./http-client.ts";
import { laidOutAsTheExplorerDoes, renderFigures } from "./render-bench.ts";

interface Size {
  tag: string;
  nodes: number;
  claims: number;
}

const NAMED: Record<string, Size> = {
  "10k": { tag: "10k", nodes: 10_000, claims: 50_000 },
  "30k": { tag: "30k", nodes: 30_000, claims: 150_000 },
  "100k": { tag: "100k", nodes: 100_000, claims: 1_000_000 },
};

export function parseSizes(raw: string): Size[] {
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      if (NAMED[s]) return NAMED[s];
      const m = /^(\d+)x(\d+)$/.exec(s);
      if (!m) throw new Error(`growth: size ${s} is not 10k, 30k, 100k or NODESxCLAIMS`);
      return { tag: `${m[1]}x${m[2]}`, nodes: Number(m[1]), claims: Number(m[2]) };
    });
}

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const out = await work();
  return [out, performance.now() - t0];
}

const getJson = <T>(client: JsonClient, p: string): Promise<T> =>
  client.get<T>(p).catch((err: Error) => Promise.reject(new Error(`growth: ${err.message}`)));

/** What client/views/initial-data.ts draws first on a large store: the top 3 and their 1-hop neighbourhoods. */
async function focusedStart(client: JsonClient): Promise<{ data: GraphData; graphMs: number; startMs: number }> {
  const t0 = performance.now();
  await getJson(client, "/api/stats");
  const [top, graphMs] = await timed(() => getGraph(client, "/api/graph?limit=3"));
  const parts = await Promise.all(
    top.nodes.map((n) => getGraph(client, `/api/entities/${encodeURIComponent(n.id)}/neighbourhood?hops=1&limit=80`)),
  );
  const startMs = performance.now() - t0;
  const nodes = new Map<string, GraphData["nodes"][number]>();
  const edges = new Map<string, GraphData["edges"][number]>();
  for (const p of [top, ...parts]) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) edges.set(e.id, e);
  }
  return { data: { nodes: [...nodes.values()], edges: [...edges.values()] }, graphMs, startMs };
}

async function timeEach(ids: string[], run: (id: string) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (const id of ids) out.push((await timed(() => run(id)))[1]);
  return out;
}

/** Stored entity ids (those with a claim) spread evenly over the synthetic file, as bench/api-bench.ts samples. */
function sampleIds(file: string, samples: number): string[] {
  const g = JSON.parse(fs.readFileSync(file, "utf8")) as {
    entities: Array<{ id: string }>;
    relations: Array<{ source: string; target: string }>;
  };
  const linked = new Set(g.relations.flatMap((r) => [r.source, r.target]));
  const ids = g.entities.map((e) => e.id).filter((id) => linked.has(id));
  const step = Math.max(1, Math.floor(ids.length / samples));
  return ids.filter((_, i) => i % step === 0).slice(0, samples);
}

async function wipeNeo4j(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error("growth: KGX_STORE=neo4j needs NEO4J_URI (npm run neo4j -- start prints it)");
  const driver = neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""),
  );
  const session = driver.session({ database: process.env.NEO4J_DATABASE ?? "neo4j" });
  try {
    // Relationships first, then nodes: a hub's DETACH DELETE alone can pass Neo4j's transaction memory.
    await session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS");
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
  } finally {
    await session.close();
    await driver.close();
  }
}

/** The local Neo4j server of `npm run neo4j` (KGX_NEO4J_HOME): its database files and its process. */
const NEO4J_HOME = process.env.KGX_NEO4J_HOME ?? path.join(ROOT, ".cache/neo4j/home");
const neo4jDiskBytes = () =>
  diskBytes(path.join(NEO4J_HOME, "data/databases/neo4j")) +
  diskBytes(path.join(NEO4J_HOME, "data/transactions/neo4j"));
function neo4jRssMb(): number {
  const pidFile = path.join(NEO4J_HOME, "run/neo4j.pid");
  return fs.existsSync(pidFile) ? treeRssMb(Number(fs.readFileSync(pidFile, "utf8").trim())) : 0;
}

interface Row {
  size: Size;
  importClaimsPerS: number;
  storeMb: number;
  openMs: number;
  rssMb: number;
  /** Neo4j only: the database server's own RSS (the kgx server's is rssMb). */
  dbRssMb: number;
  graphMs: number;
  startMs: number;
  entityP95: number;
  twoHopP95: number;
  /** From the server being up until /api/health says expansions come from memory (0: no read cache). */
  cacheMs: number;
  /** Server (and database process) RSS once the read cache is held. */
  rssSteadyMb: number;
  frame: BenchFigure[];
}

/** Waits until the server's read cache is held (ms since `upAt`), null when it has none (Neo4j, too large). */
async function readCacheReady(client: JsonClient, upAt: number): Promise<number | null> {
  const deadline = performance.now() + Number(process.env.KGX_BENCH_CACHE_WAIT_S ?? 900) * 1000;
  for (;;) {
    const { readCache } = await getJson<{ readCache: string }>(client, "/api/health");
    if (readCache === "ready") return performance.now() - upAt;
    if (readCache === "off") return null;
    if (performance.now() > deadline) throw new Error("growth: the read cache was not ready in time");
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function measureSize(size: Size, store: "grafeo" | "neo4j", dir: string): Promise<Row> {
  const file = path.join(dir, `synth-${size.tag}.json`);
  const dataDir = path.join(dir, `store-${size.tag}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const env = { ...process.env, KGX_STORE: store, KGX_DATA: path.join(dataDir, "kgx.grafeo"), KGX_AUTH_TOKEN: "" };
  const seed = "42";
  await kgx(["synth", "--nodes", `${size.nodes}`, "--edges", `${size.claims}`, "--seed", seed, "-o", file], env);
  if (store === "neo4j") await wipeNeo4j();
  const imported = await kgx(["import", file], env);
  console.error(`growth ${size.tag}: ${imported.stdout.trim()} in ${(imported.ms / 1000).toFixed(1)} s`);
  const ids = sampleIds(file, Number(process.env.KGX_BENCH_SAMPLES ?? 100));
  fs.rmSync(file);
  const server = await serve(env);
  const upAt = performance.now();
  const client = jsonClient(server.url);
  try {
    await new Promise((r) => setTimeout(r, 500));
    const rssMb = treeRssMb(server.pid);
    const start = await focusedStart(client);
    const cacheMs = await readCacheReady(client, upAt);
    const rssSteadyMb = treeRssMb(server.pid);
    const entity = await timeEach(ids, (id) => getJson(client, `/api/entities/${encodeURIComponent(id)}`));
    const twoHop = await timeEach(ids, (id) =>
      getGraph(client, `/api/entities/${encodeURIComponent(id)}/neighbourhood?hops=2&limit=500`),
    );
    const trials = Number(process.env.KGX_RENDER_TRIALS ?? 2);
    const frame = await renderFigures(laidOutAsTheExplorerDoes(start.data), `growth.${size.tag}.start`, trials);
    console.error(`growth ${size.tag}: start view ${start.data.nodes.length} nodes, ${start.data.edges.length} edges`);
    return {
      size,
      importClaimsPerS: size.claims / (imported.ms / 1000),
      storeMb: (store === "grafeo" ? diskBytes(dataDir) : neo4jDiskBytes()) / 1e6,
      openMs: server.openMs,
      rssMb,
      dbRssMb: store === "neo4j" ? neo4jRssMb() : 0,
      graphMs: start.graphMs,
      startMs: start.startMs,
      entityP95: pct(entity, 0.95),
      twoHopP95: pct(twoHop, 0.95),
      cacheMs: cacheMs ?? 0,
      rssSteadyMb,
      frame,
    };
  } finally {
    client.close();
    await server.close();
    if (!process.env.KGX_BENCH_KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runGrowthBench(): Promise<BenchFigure[]> {
  const store = process.env.KGX_STORE === "neo4j" ? "neo4j" : "grafeo";
  const sizes = parseSizes(process.env.KGX_BENCH_SIZES ?? "10k,30k,100k");
  const dir = fs.mkdtempSync(path.join(process.env.KGX_BENCH_DIR ?? os.tmpdir(), "kgx-growth-"));
  const figures: BenchFigure[] = [];
  const prefix = store === "neo4j" ? "growth.neo4j" : "growth";
  let first: Row | undefined;
  try {
    for (const size of sizes) {
      const row = await measureSize(size, store, dir);
      first ??= row;
      const fig = (name: string, unit: string, pick: (r: Row) => number): BenchFigure => {
        const value = round(pick(row));
        const baseline = round(pick(first!));
        return {
          name: `${prefix}.${size.tag}.${name}`,
          value,
          unit,
          baseline,
          ratio: baseline ? round(value / baseline) : 0,
        };
      };
      const out = [
        fig("import_claims_per_s", "claims/s", (r) => r.importClaimsPerS),
        fig("store_mb", "MB", (r) => r.storeMb),
        fig("open_ms", "ms", (r) => r.openMs),
        fig("server_rss_mb", "MB", (r) => r.rssMb),
        ...(store === "neo4j" ? [fig("neo4j_rss_mb", "MB", (r) => r.dbRssMb)] : []),
        fig("graph_first_ms", "ms", (r) => r.graphMs),
        fig("start_view_ms", "ms", (r) => r.startMs),
        fig("read_cache_ms", "ms", (r) => r.cacheMs),
        fig("server_rss_steady_mb", "MB", (r) => r.rssSteadyMb),
        fig("entity_p95_ms", "ms", (r) => r.entityP95),
        fig("two_hop_p95_ms", "ms", (r) => r.twoHopP95),
        ...row.frame.map((f) => ({ ...f, name: f.name.replace(/^growth\./, `${prefix}.`) })),
      ];
      // Printed as each size finishes, so a long curve shows its progress.
      for (const f of out) console.error(`growth: ${JSON.stringify(f)}`);
      figures.push(...out);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}
