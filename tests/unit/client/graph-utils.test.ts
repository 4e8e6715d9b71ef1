// Table-driven tests of client/state/graph: merging per-type API edges into one edge
// per entity pair, edge labels with counts, and the size scales.
import { describe, expect, it } from "vitest";
import type { ClaimType } from "../../../server/core/model/labels.ts";
import type { GraphEdge } from "../../../server/core/model/types.ts";
import { aggregatePairs, edgeSize, pairKey, pairLabel, sqrtScale } from "../../../client/state/graph/index.ts";

const edge = (
  source: string,
  target: string,
  type: ClaimType,
  count = 1,
  articles = 1,
  maxConfidence = 0.5,
): GraphEdge => ({
  id: `${source}-${type}-${target}`,
  source,
  target,
  type,
  count,
  articles,
  maxConfidence,
});

describe("aggregatePairs", () => {
  it.each<
    [
      string,
      GraphEdge[],
      Array<{ source: string; target: string; label: string; count: number; bidirectional: boolean }>,
    ]
  >([
    ["no edges", [], []],
    [
      "one edge keeps its direction",
      [edge("b", "a", "SAID", 3)],
      [{ source: "b", target: "a", label: "SAID ×3", count: 3, bidirectional: false }],
    ],
    [
      "several types one way: one edge, biggest count first",
      [edge("a", "b", "SAID", 1), edge("a", "b", "CONDEMNED", 4)],
      [{ source: "a", target: "b", label: "CONDEMNED ×4 · SAID", count: 5, bidirectional: false }],
    ],
    [
      "equal counts follow the model's type order",
      [edge("a", "b", "CONDEMNED", 2), edge("a", "b", "SAID", 2)],
      [{ source: "a", target: "b", label: "SAID ×2 · CONDEMNED ×2", count: 4, bidirectional: false }],
    ],
    [
      "both ways: one edge oriented by id, parts marked with arrows",
      [edge("b", "a", "SAID", 2), edge("a", "b", "CONDEMNED", 1)],
      [{ source: "a", target: "b", label: "→ CONDEMNED · ← SAID ×2", count: 3, bidirectional: true }],
    ],
    ["self-loops are dropped", [edge("a", "a", "SAID")], []],
    [
      "separate pairs stay separate",
      [edge("a", "b", "SAID"), edge("a", "c", "SAID")],
      [
        { source: "a", target: "b", label: "SAID", count: 1, bidirectional: false },
        { source: "a", target: "c", label: "SAID", count: 1, bidirectional: false },
      ],
    ],
  ])("%s", (_, edges, expected) => {
    const got = aggregatePairs(edges).map((p) => ({
      source: p.source,
      target: p.target,
      label: pairLabel(p),
      count: p.count,
      bidirectional: p.bidirectional,
    }));
    expect(got).toEqual(expected);
  });

  it("keeps the per-type breakdown and the best confidence", () => {
    const [pair] = aggregatePairs([edge("a", "b", "SAID", 2, 2, 0.9), edge("a", "b", "REPORTED", 1, 1, 0.4)]);
    expect(pair!.maxConfidence).toBe(0.9);
    expect(pair!.parts).toEqual([
      { type: "SAID", count: 2, articles: 2, maxConfidence: 0.9, forward: true },
      { type: "REPORTED", count: 1, articles: 1, maxConfidence: 0.4, forward: true },
    ]);
  });

  it("gives the same key whatever the direction", () => {
    expect(pairKey("x", "y")).toBe(pairKey("y", "x"));
    expect(pairKey("x", "y")).not.toBe(pairKey("x", "z"));
  });
});

describe("scales", () => {
  it.each([
    [1, 1, 100, 4],
    [100, 1, 100, 20],
    [1000, 1, 100, 20],
    [0, 1, 100, 4],
    [25, 0, 100, 12],
    [7, 7, 7, 12],
  ])("sqrtScale(%d in [%d, %d]) onto 4..20 = %d", (v, min, max, expected) => {
    expect(sqrtScale(v, min, max, 4, 20)).toBeCloseTo(expected, 6);
  });

  it.each([
    [1, 1],
    [2, 2],
    [8, 4],
    [1000, 6],
    [0, 1],
  ])("edgeSize(%d) = %d", (count, expected) => {
    expect(edgeSize(count)).toBe(expected);
  });
});
