// Where an ingest's time goes: writes the bench corpus through the store over a runner that times every
// statement, and prints the totals per statement. `node --import tsx bench/ingest-statements.ts [neo4j] [batch]`.
import { runIngestCorpus } from "./ingest-bench.ts";
import { loadConfig } from "../server/config.ts";
import type { CypherRunner } from "../server/store/cypher-runner.ts";
import { CypherGraphStore } from "../server/store/cypher-graph-store.ts";
import { GrafeoRunner } from "../server/store/grafeo/grafeo-runner.ts";
import { neo4jOptions } from "../server/store/neo4j/index.ts";
import { neo4jSchemaStatements } from "../server/store/neo4j/neo4j-schema.ts";
import { Neo4jRunner } from "../server/store/neo4j/neo4j-runner.ts";
import { schemaStatements } from "../server/store/schema.ts";

const stats = new Map<string, { n: number; ms: number }>();
const record = (q: string, ms: number) => {
  const s = stats.get(q.slice(0, 80)) ?? { n: 0, ms: 0 };
  s.n++;
  s.ms += ms;
  stats.set(q.slice(0, 80), s);
};
async function timed<T>(q: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await run();
  } finally {
    record(q, performance.now() - t0);
  }
}

function timing(r: CypherRunner): CypherRunner {
  return {
    read: (q, p) => timed(`read: ${q}`, () => r.read(q, p)),
    write: (work) => r.write((tx) => work({ pipelined: tx.pipelined, run: (q, p) => timed(q, () => tx.run(q, p)) })),
    userQuery: (q, p, o) => r.userQuery(q, p, o),
    close: () => r.close(),
  };
}

const neo = process.argv[2] === "neo4j";
const batch = Number(process.argv[neo ? 3 : 2] ?? 1);
const runner: CypherRunner = neo ? Neo4jRunner.connect(neo4jOptions(loadConfig())) : GrafeoRunner.open(null);
if (neo) await runner.write((tx) => tx.run("MATCH (n) DETACH DELETE n"));
for (const s of neo ? neo4jSchemaStatements() : schemaStatements()) await runner.write((tx) => tx.run(s));
const store = new CypherGraphStore(timing(runner));
const { ms, claims, articles } = await runIngestCorpus(store, batch);
console.log(`${articles} articles, ${claims} claims in ${ms.toFixed(0)} ms (${batch} a transaction)`);
for (const [q, s] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
  console.log(`${s.ms.toFixed(0).padStart(7)} ms ${String(s.n).padStart(5)}x  ${q}`);
}
await store.close();
