// `npm run bench`: every speed figure as one JSON line {name, value, unit, baseline, ratio},
// each measured against a baseline run in the same process, so ratios hold on a noisy
// machine. `npm run bench -- extract api` runs only those suites; `-- neo4j` needs NEO4J_URI.
// Each suite runs in a child process group of its own: when a suite fails (or passes its
// KGX_BENCH_SUITE_TIMEOUT_S) the group is ended, so no server, browser or child outlives it
// and the run exits non-zero instead of hanging.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchFigure } from "./extract-bench.ts";

type Suite = { name: string; run: () => Promise<BenchFigure[]>; needsNeo4j?: boolean; explicit?: boolean };

const SUITES: Suite[] = [
  { name: "extract", run: async () => (await import("./extract-bench.ts")).runExtractBench() },
  { name: "linearity", run: async () => (await import("./linearity-bench.ts")).runLinearityBench() },
  { name: "ingest", run: async () => (await import("./ingest-bench.ts")).runIngestBench() },
  { name: "api", run: async () => (await import("./api-bench.ts")).runApiBench() },
  { name: "render", run: async () => (await import("./render-bench.ts")).runRenderBench() },
  { name: "layout", run: async () => (await import("./render-bench.ts")).runLayoutBench() },
  { name: "neo4j", run: async () => (await import("./neo4j-bench.ts")).runNeo4jBench(), needsNeo4j: true },
  // Heavy (up to 100k entities / 1M claims): only when named.
  { name: "growth", run: async () => (await import("./growth-bench.ts")).runGrowthBench(), explicit: true },
];

const SUITE_FLAG = "--suite";
const TIMEOUT_MS = Number(process.env.KGX_BENCH_SUITE_TIMEOUT_S ?? 7200) * 1000;
const GRACE_MS = 5000;
/** The process group of the suite running now, ended if the runner itself is interrupted. */
let running: number | undefined;

/** In the child: run one suite, print its figures, and exit (ending whatever it left open). */
async function runOne(name: string): Promise<never> {
  const suite = SUITES.find((s) => s.name === name);
  let code = 0;
  try {
    if (!suite) throw new Error(`no suite named ${name} (${SUITES.map((s) => s.name).join(", ")})`);
    for (const figure of await suite.run()) console.log(JSON.stringify(figure));
  } catch (err) {
    code = 1;
    console.error(`bench: ${name} failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  // process.exit, not exitCode: a server, store or browser the suite left open must not keep us alive.
  process.exit(code);
}

/** Ends a suite's whole process group: SIGTERM first (Playwright closes its browsers on it), then SIGKILL. */
function endGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

/** In the parent: one suite in its own process group; resolves with its exit code (124 on timeout). */
function runChild(name: string): Promise<number> {
  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, self, SUITE_FLAG, name], {
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
    // The servers a suite starts log only warnings: the figures stay the JSON lines on stdout.
    env: { ...process.env, KGX_LOG_LEVEL: process.env.KGX_LOG_LEVEL ?? "warn" },
  });
  running = child.pid;
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`bench: ${name} failed: no answer after ${TIMEOUT_MS / 1000} s; ending it`);
      endGroup(child.pid!, "SIGTERM");
      setTimeout(() => endGroup(child.pid!, "SIGKILL"), GRACE_MS).unref();
    }, TIMEOUT_MS);
    child.once("error", (err) => {
      clearTimeout(timer);
      console.error(`bench: ${name} failed: ${err.message}`);
      resolve(1);
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      running = undefined;
      // Whatever the suite started and did not end (a database process, a browser) goes with it.
      endGroup(child.pid!, "SIGKILL");
      if (signal && !timedOut) console.error(`bench: ${name} failed: ended by ${signal}`);
      resolve(timedOut ? 124 : (code ?? 1));
    });
  });
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  // The neo4j suite runs when named, or in a full run when NEO4J_URI points at a (scratch: it is wiped) server.
  const chosen = SUITES.filter((s) =>
    wanted.length > 0 ? wanted.includes(s.name) : !s.explicit && (!s.needsNeo4j || Boolean(process.env.NEO4J_URI)),
  );
  const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
  for (const u of unknown) console.error(`bench: no suite named ${u} (${SUITES.map((s) => s.name).join(", ")})`);
  let failed = unknown.length;
  const stop = (signal: NodeJS.Signals) => {
    if (running) endGroup(running, "SIGKILL");
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  for (const suite of chosen) {
    const started = performance.now();
    const code = await runChild(suite.name);
    if (code !== 0) failed++;
    console.error(`bench: ${suite.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (failed) console.error(`bench: ${failed} suite(s) failed`);
  process.exit(failed ? 1 : 0);
}

const at = process.argv.indexOf(SUITE_FLAG);
if (at >= 0) await runOne(process.argv[at + 1] ?? "");
else await main();
