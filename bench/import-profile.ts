// Where `kgx import`'s time goes: reads, parses and converts a canonical JSON file, then writes it through
// the store over a runner that times every statement and commit, per batch as the store grows.
// `node --import tsx bench/import-profile.ts FILE [DATA|-] [claims a transaction]` (DATA: a fresh Grafeo file; `-`: in memory).
import { importArticles, readGraph } from "../server/cli/import-command.ts";
import { canonicalArticles } from "../server/core/graph/canonical-import.ts";
import type { CypherRunner, Row } from "../server/store/cypher-runner.ts";
import { CypherGraphStore } from "../server/store/cypher-graph-store.ts";
import { GrafeoRunner } from "../server/store/grafeo/grafeo-runner.ts";

const [file, data, batchArg] = process.argv.slice(2);
if (!file) throw new Error("usage: import-profile.ts FILE [DATA|-] [claims]");
const batch = Number(batchArg ?? 50_000);
const ms = (t0: number) => performance.now() - t0;

let t = performance.now();
const graph = readGraph(file);
const parseMs = ms(t);
t = performance.now();
const all = canonicalArticles(graph);
console.log(`read and parse ${parseMs.toFixed(0)} ms, group claims by article ${ms(t).toFixed(0)} ms`);

const kinds = new Map<string, { n: number; ms: number }>();
const add = (k: string, v: number) => {
  const s = kinds.get(k) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += v;
  kinds.set(k, s);
};
const kindOf = (q: string) =>
  q.startsWith("OPTIONAL MATCH (k:Correction)")
    ? "state read"
    : [...q.matchAll(/CALL \{ UNWIND \$p\d+ AS row (\w+ \([a-z]:?[A-Za-z:]*)/g)].map((m) => m[1]).join(" + ") ||
      q.slice(0, 60);
/** The Grafeo runner's write, with every statement, the JS between them and the commit timed apart. */
function timing(r: GrafeoRunner): CypherRunner {
  return {
    read: (q, p) => r.read(q, p),
    write: async (work) => {
      const t0 = performance.now();
      let inner = 0;
      const tx = r.db.beginTransaction();
      const out = await work({
        run: async (q, p = {}) => {
          const t1 = performance.now();
          try {
            return (await tx.executeCypher(q, p)).toArray() as Row[];
          } finally {
            const d = ms(t1);
            inner += d;
            add(kindOf(q), d);
          }
        },
      });
      const t2 = performance.now();
      tx.commit();
      add("commit", ms(t2));
      add("JS between statements", t2 - t0 - inner);
      return out;
    },
    userQuery: (q, p, o) => r.userQuery(q, p, o),
    close: () => r.close(),
  };
}

const runner = GrafeoRunner.open(data && data !== "-" ? data : null);
const store = new CypherGraphStore(timing(runner), Number(process.env.KGX_PROFILE_ROWS ?? 1000));
await store.init();
const started = performance.now();
let claims = 0;
let windowStart = performance.now();
let windowCpu = process.cpuUsage();
const cpu0 = process.cpuUsage();
const cpuS = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};
let windowClaims = 0;
const claimsOf = new Map<string, number>();
for (const r of graph.relations) claimsOf.set(r.article, (claimsOf.get(r.article) ?? 0) + 1);
let counted = 0;
await importArticles(store, all, batch, (done) => {
  for (; counted < done; counted++) {
    const n = claimsOf.get(graph.articles[counted]!.id) ?? 0;
    claims += n;
    windowClaims += n;
  }
  if (windowClaims >= 100_000 || done === all.count) {
    const w = ms(windowStart) / 1000;
    const c = cpuS(windowCpu);
    console.log(
      `${claims} claims: ${(windowClaims / w).toFixed(0)} claims/s over the last ${windowClaims} (CPU ${c.toFixed(1)} s, ${(windowClaims / c).toFixed(0)} claims per CPU s)`,
    );
    windowCpu = process.cpuUsage();
    windowStart = performance.now();
    windowClaims = 0;
  }
});
const writeS = ms(started) / 1000;
console.log(
  `write ${writeS.toFixed(1)} s (CPU ${cpuS(cpu0).toFixed(1)} s): ${(claims / writeS).toFixed(0)} claims/s (at most ${batch} claims a transaction)`,
);
for (const [k, s] of [...kinds.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${s.ms.toFixed(0).padStart(8)} ms ${String(s.n).padStart(6)}x  ${k}`);
}
t = performance.now();
await store.close();
console.log(`close ${ms(t).toFixed(0)} ms`);
