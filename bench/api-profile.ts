// Where an expansion's time goes: round trips per request, time per statement, the child
// process against in-process, express and JSON; `node --import tsx bench/api-profile.ts DIR`.
import fs from "node:fs";
import path from "node:path";
import { toExtractedArticles } from "../server/core/graph/canonical-import.ts";
import { synthGraph } from "../server/core/graph/synth.ts";
import { loadConfig } from "../server/config.ts";
import { buildServices, listen, openStore } from "../server/main.ts";
import type { CypherRunner } from "../server/store/cypher-runner.ts";
import type { GrafeoStore } from "../server/store/grafeo/index.ts";
import { jsonClient } from "./http-client.ts";

const dir = process.argv[2] ?? "/tmp/kgx-api-profile";
const file = path.join(dir, "db.grafeo");
const pct = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const r2 = (x: number) => Math.round(x * 100) / 100;
const graph = synthGraph({ nodes: 10_000, edges: 50_000, seed: 7 });
const linked = new Set(graph.relations.flatMap((r) => [r.source, r.target]));
const present = graph.entities.filter((e) => linked.has(e.id));
const step = Math.max(1, Math.floor(present.length / 150));
const ids = present.filter((_, i) => i % step === 0).map((e) => e.id);

if (!fs.existsSync(file)) {
  fs.mkdirSync(dir, { recursive: true });
  const store = await openStore(loadConfig({ KGX_DATA: file, PORT: "0" }));
  for (const doc of toExtractedArticles(graph)) await store.upsertArticle(doc);
  await store.close();
}

/** Counts and times every read the store sends through `runner`, by statement. */
function instrument(runner: CypherRunner) {
  const stats = new Map<string, { n: number; ms: number[] }>();
  let calls = 0;
  const read = runner.read.bind(runner);
  runner.read = async (q, p) => {
    calls++;
    const t0 = performance.now();
    try {
      return await read(q, p);
    } finally {
      const s = stats.get(q) ?? { n: 0, ms: [] };
      s.n++;
      s.ms.push(performance.now() - t0);
      stats.set(q, s);
    }
  };
  return {
    take: () => {
      const c = calls;
      calls = 0;
      return c;
    },
    report: (label: string) => {
      for (const [q, s] of stats)
        console.log(
          JSON.stringify({ label, q: q.slice(0, 70), n: s.n, p50: r2(pct(s.ms, 0.5)), p95: r2(pct(s.ms, 0.95)) }),
        );
      stats.clear();
    },
  };
}

async function timeAll(name: string, run: (id: string) => Promise<unknown>, counter?: { take(): number }) {
  const ms: number[] = [];
  const trips: number[] = [];
  for (const id of ids) {
    counter?.take();
    const t0 = performance.now();
    await run(id);
    ms.push(performance.now() - t0);
    if (counter) trips.push(counter.take());
  }
  const t = trips.length ? { tripsP50: pct(trips, 0.5), tripsMax: Math.max(...trips) } : {};
  console.log(JSON.stringify({ name, p50: r2(pct(ms, 0.5)), p95: r2(pct(ms, 0.95)), ...t }));
}

for (const mode of ["cached", "child"] as const) {
  const config = loadConfig({
    KGX_DATA: file,
    PORT: "0",
    KGX_LOG_LEVEL: process.env.KGX_LOG_LEVEL ?? "warn",
    KGX_READ_CACHE_CLAIMS: mode === "cached" ? "2000000" : "0",
  });
  const store = (await openStore(config, { server: true })) as GrafeoStore;
  while (store.readCache && !store.readCache.ready) await new Promise((r) => setTimeout(r, 50));
  const kgx = buildServices(store, config);
  const counter = instrument(store.runner);
  const hood = (id: string) => kgx.explore.neighbourhood(id, 2, 500);
  await timeAll(`${mode}.service.entity`, (id) => kgx.explore.entity(id), counter);
  counter.report(`${mode}.entity`);
  await timeAll(`${mode}.service.two_hop`, hood, counter);
  counter.report(`${mode}.two_hop`);
  const bodies = await Promise.all(ids.slice(0, 50).map(hood));
  await timeAll(`${mode}.json.two_hop`, async (id) => JSON.stringify(bodies[ids.indexOf(id) % 50]));
  const sizes = bodies.map((b) => JSON.stringify(b).length);
  console.log(
    JSON.stringify({
      bytesP50: pct(sizes, 0.5),
      bytesMax: Math.max(...sizes),
      edgesP50: pct(
        bodies.map((b) => b.edges.length),
        0.5,
      ),
    }),
  );
  const http = await listen(kgx, config);
  const client = jsonClient(http.url);
  const get = (p: string) => client.get(p);
  await timeAll(`${mode}.http.entity`, (id) => get(`/api/entities/${encodeURIComponent(id)}`));
  await timeAll(`${mode}.http.two_hop`, (id) =>
    get(`/api/entities/${encodeURIComponent(id)}/neighbourhood?hops=2&limit=500`),
  );
  await timeAll(`${mode}.http.health`, () => get(`/api/health`));
  client.close();
  await http.close();
  await store.close();
}
