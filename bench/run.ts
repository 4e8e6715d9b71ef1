// `npm run bench`: every speed figure as one JSON line {name, value, unit, baseline, ratio},
// each measured against a baseline run in the same process, so ratios hold on a noisy
// machine. `npm run bench -- extract api` runs only those suites.
import type { BenchFigure } from "./extract-bench.ts";

type Suite = { name: string; run: () => Promise<BenchFigure[]> };

const SUITES: Suite[] = [
  { name: "extract", run: async () => (await import("./extract-bench.ts")).runExtractBench() },
  { name: "linearity", run: async () => (await import("./linearity-bench.ts")).runLinearityBench() },
  { name: "ingest", run: async () => (await import("./ingest-bench.ts")).runIngestBench() },
  { name: "api", run: async () => (await import("./api-bench.ts")).runApiBench() },
  { name: "render", run: async () => (await import("./render-bench.ts")).runRenderBench() },
  { name: "layout", run: async () => (await import("./render-bench.ts")).runLayoutBench() },
];

const wanted = process.argv.slice(2);
let failed = 0;
for (const suite of SUITES.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
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
