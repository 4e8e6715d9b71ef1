// `npm run bench`: every speed figure as one JSON line {name, value, unit, baseline, ratio},
// each measured against a baseline run in the same process, so ratios hold on a noisy
// machine. `npm run bench -- extract api` runs only those suites; `-- neo4j` needs NEO4J_URI.
import type { BenchFigure } from "./extract-bench.ts";

type Suite = { name: string; run: () => Promise<BenchFigure[]>; needsNeo4j?: boolean };

const SUITES: Suite[] = [
  { name: "extract", run: async () => (await import("./extract-bench.ts")).runExtractBench() },
  { name: "linearity", run: async () => (await import("./linearity-bench.ts")).runLinearityBench() },
  { name: "ingest", run: async () => (await import("./ingest-bench.ts")).runIngestBench() },
  { name: "api", run: async () => (await import("./api-bench.ts")).runApiBench() },
  { name: "render", run: async () => (await import("./render-bench.ts")).runRenderBench() },
  { name: "layout", run: async () => (await import("./render-bench.ts")).runLayoutBench() },
  { name: "neo4j", run: async () => (await import("./neo4j-bench.ts")).runNeo4jBench(), needsNeo4j: true },
];

const wanted = process.argv.slice(2);
let failed = 0;
// The neo4j suite runs when named, or in a full run when NEO4J_URI points at a (scratch: it is wiped) server.
const chosen = SUITES.filter((s) =>
  wanted.length > 0 ? wanted.includes(s.name) : !s.needsNeo4j || Boolean(process.env.NEO4J_URI),
);
for (const suite of chosen) {
  const started = performance.now();
  try {
    for (const figure of await suite.run()) console.log(JSON.stringify(figure));
  } catch (err) {
    failed++;
    console.error(`bench: ${suite.name} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  console.error(`bench: ${suite.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
process.exitCode = failed ? 1 : 0;
