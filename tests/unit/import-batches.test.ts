// kgx import's batches: consecutive whole articles of at most N claims each, every article in exactly one.
import { describe, expect, it } from "vitest";
import { canonicalArticles, importBatches } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";

const articles = (claims: number[]) => ({ count: claims.length, claims: (i: number) => claims[i]! });

describe("importBatches", () => {
  it.each([
    [
      "fills each batch up to the limit",
      [3, 3, 3, 3],
      6,
      [
        [0, 2],
        [2, 4],
      ],
    ],
    [
      "keeps an article over the limit whole, alone",
      [2, 9, 2],
      5,
      [
        [0, 1],
        [1, 2],
        [2, 3],
      ],
    ],
    [
      "counts an article without claims as one row",
      [0, 0, 0, 0, 0],
      2,
      [
        [0, 2],
        [2, 4],
        [4, 5],
      ],
    ],
    ["takes everything in one batch under the limit", [5, 5], 50, [[0, 2]]],
    ["gives no batch for no article", [], 10, []],
  ])("%s", (_name, claims, max, expected) => {
    expect(importBatches(articles(claims as number[]), max as number)).toEqual(expected);
  });

  it("covers every article of a synthetic graph once, in order, each batch under the limit", () => {
    const all = canonicalArticles(synthGraph({ nodes: 300, edges: 2_000, articles: 37, seed: 9 }));
    const batches = importBatches(all, 250);
    expect(batches[0]![0]).toBe(0);
    expect(batches.at(-1)![1]).toBe(all.count);
    for (const [i, [from, to]] of batches.entries()) {
      if (i > 0) expect(from).toBe(batches[i - 1]![1]);
      let n = 0;
      for (let a = from; a < to; a++) n += all.claims(a);
      expect(to - from === 1 || n <= 250).toBe(true);
      expect(all.article(from).claims.length).toBe(all.claims(from));
    }
  });
});
