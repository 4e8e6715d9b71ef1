// `kgx synth --nodes 10000 --edges 50000 -o FILE`: write a deterministic synthetic graph
// (canonical JSON) for render and store benchmarks.
import fs from "node:fs";
import type { Command } from "commander";
import { InvalidInput } from "../core/errors.ts";
import { synthGraph } from "../core/graph/synth.ts";

function positiveInt(name: string, raw: string): number {
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidInput(`cli: --${name} takes a positive integer, not ${raw}`);
  return n;
}

export function registerSynth(program: Command): void {
  program
    .command("synth")
    .description("write a synthetic graph (canonical JSON) with realistic labels and claim counts")
    .option("--nodes <n>", "entities", "10000")
    .option("--edges <n>", "claims", "50000")
    .option("--seed <n>", "PRNG seed", "42")
    .option("-o, --out <file>", "output file (default: stdout)")
    .action((opts: { nodes: string; edges: string; seed: string; out?: string }) => {
      const graph = synthGraph({
        nodes: positiveInt("nodes", opts.nodes),
        edges: positiveInt("edges", opts.edges),
        seed: positiveInt("seed", opts.seed),
      });
      const json = JSON.stringify(graph);
      if (opts.out) {
        fs.writeFileSync(opts.out, json);
        console.error(
          `kgx: wrote ${graph.entities.length} entities, ${graph.relations.length} claims, ${graph.articles.length} articles to ${opts.out}`,
        );
      } else process.stdout.write(json + "\n");
    });
}
