// Extraction grows linearly with article length: a fast-check property over adversarial texts
// (one long token, glued punctuation, e-mail-like runs) timed at n and 8n characters; the figure
// is the worst time ratio against the size ratio 8 (quadratic code gives about 64).
import fc from "fast-check";
import { extractArticle } from "../server/core/extraction/index.ts";
import type { BenchFigure } from "./extract-bench.ts";

const SMALL = 5_000;
const FACTOR = 8;

function timeOf(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t0 = performance.now();
    extractArticle({ text });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const grow = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export async function runLinearityBench(): Promise<BenchFigure[]> {
  const unit = fc.string({
    unit: fc.constantFrom("a", "b", "A", "-", ".", "@", "'", "é", "1", " "),
    minLength: 1,
    maxLength: 6,
  });
  let worst = 0;
  let worstUnit = "";
  extractArticle({ text: grow("warm-up. ", SMALL * FACTOR) });
  fc.assert(
    fc.property(unit, (u) => {
      const small = timeOf(grow(u, SMALL));
      const large = timeOf(grow(u, SMALL * FACTOR));
      const ratio = large / Math.max(small, 0.5);
      if (ratio > worst) [worst, worstUnit] = [ratio, u];
      return ratio < FACTOR * 3;
    }),
    { numRuns: Number(process.env.LINEARITY_RUNS ?? 25), seed: 19 },
  );
  console.error(`bench: linearity worst unit ${JSON.stringify(worstUnit)}`);
  return [{ name: "extract.linear_time_ratio_8x", value: worst, unit: "x", baseline: FACTOR, ratio: worst / FACTOR }];
}
