// The read cache's build time and heap, with and without entity details, and a detail from memory against Cypher:
// `node --expose-gc --import tsx bench/read-cache-profile.ts FILE [trials]` (FILE from `kgx import`).
import { openGrafeoStore } from "../server/store/grafeo/index.ts";
import { CypherReads } from "../server/store/cypher-reads.ts";
import { ReadCache } from "../server/store/read-cache.ts";

const file = process.argv[2];
const trials = Number(process.argv[3] ?? 3);
if (!file || typeof globalThis.gc !== "function") {
  console.error("usage: node --expose-gc --import tsx bench/read-cache-profile.ts FILE [trials]");
  process.exit(2);
}
const gc = globalThis.gc;
const heapMb = () => {
  for (let i = 0; i < 3; i++) gc();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
};

const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Every entity's detail from memory, and by Cypher through the same child process (p50 / p95 in ms). */
async function entityTimes(cache: ReadCache) {
  const ids = (await store.runner.read("MATCH (e:Entity) RETURN e.id AS id")).map((r) => String(r.id));
  const memory: number[] = [];
  const cypher: number[] = [];
  const reads = new CypherReads(store.runner);
  for (const id of ids) {
    let t0 = performance.now();
    JSON.stringify(cache.entity(id));
    memory.push(performance.now() - t0);
    t0 = performance.now();
    JSON.stringify(await reads.getEntity(id));
    cypher.push(performance.now() - t0);
  }
  return {
    entities: ids.length,
    memoryMs: [r3(pct(memory, 0.5)), r3(pct(memory, 0.95))],
    cypherMs: [r3(pct(cypher, 0.5)), r3(pct(cypher, 0.95))],
  };
}

// As the server holds it: the database in a child process, every read through the IPC.
const store = await openGrafeoStore(file, { isolated: true });
const { entities, claims } = await store.stats();
console.log(JSON.stringify({ file, entities, claims }));
await store.overview(3); // the engine's first pass over the graph, not the cache's
const base = heapMb();
for (const [mode, maxDetailClaims] of [
  ["neighbourhoods", 0],
  ["with details", Number.MAX_SAFE_INTEGER],
] as const) {
  const ms: number[] = [];
  let held = 0;
  for (let t = 0; t < trials; t++) {
    // The cache lives only in this call: measured while held, collected before the next trial.
    held = await (async () => {
      const cache = new ReadCache(store.runner, { maxClaims: Number.MAX_SAFE_INTEGER, maxDetailClaims });
      const t0 = performance.now();
      if (!(await cache.build())) throw new Error("read cache: build failed");
      ms.push(Math.round(performance.now() - t0));
      const heap = cache.ready ? heapMb() : 0;
      if (maxDetailClaims > 0 && t === trials - 1) console.log(JSON.stringify(await entityTimes(cache)));
      return heap;
    })();
  }
  const rssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
  console.log(
    JSON.stringify({ mode, buildMs: ms, heapMb: held, heapBaseMb: base, heldMb: +(held - base).toFixed(1), rssMb }),
  );
}
await store.close();
