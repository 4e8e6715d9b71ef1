// The read cache's cost on a stored graph: build time and heap held, with and without the entity details;
// `node --expose-gc --import tsx bench/read-cache-profile.ts FILE [trials]` (FILE from `kgx import`).
import { openGrafeoStore } from "../server/store/grafeo/index.ts";
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
      return cache.ready ? heapMb() : 0;
    })();
  }
  console.log(JSON.stringify({ mode, buildMs: ms, heapMb: held, heapBaseMb: base, heldMb: +(held - base).toFixed(1) }));
}
await store.close();
