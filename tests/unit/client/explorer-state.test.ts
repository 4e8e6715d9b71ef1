// Table-driven tests of the explorer's pure state: undo stack, expansion paging, mention
// highlighting, saved positions, and mapping Cypher results to drawable data.
import { describe, expect, it } from "vitest";
import { highlightRuns, termsOf } from "../../../client/state/article/index.ts";
import { nextPage, rankNeighbours, subgraph } from "../../../client/state/expansion/index.ts";
import type { DrawData } from "../../../client/state/graph/index.ts";
import { queryToDrawData } from "../../../client/state/graph/query-graph.ts";
import { distanceToSegment } from "../../../client/sigma/edge-hit.ts";
import { canUndo, emptyStack, pop, push } from "../../../client/state/history/index.ts";
import { decodePositions, encodePositions } from "../../../client/state/positions/index.ts";

describe("undo stack", () => {
  it.each<[number[], number, number[], number | undefined]>([
    [[], 5, [], undefined],
    [[1], 5, [], 1],
    [[1, 2, 3], 5, [1, 2], 3],
    [[1, 2, 3, 4], 2, [3], 4],
  ])("push %j (limit %i) then pop → %j and %j", (pushes, limit, rest, popped) => {
    let s = emptyStack<number>(limit);
    for (const n of pushes) s = push(s, n);
    const [item, after] = pop(s);
    expect(item).toBe(popped);
    expect(after.items).toEqual(rest);
    expect(canUndo(s)).toBe(pushes.length > 0);
  });
  it("never mutates", () => {
    const a = push(emptyStack<number>(), 1);
    push(a, 2);
    pop(a);
    expect(a.items).toEqual([1]);
  });
});

const n = (id: string, mentions = 1) => ({ id, label: "Person" as const, name: id, mentions });
const e = (source: string, target: string, count: number) => ({
  id: `${source}>${target}`,
  source,
  target,
  type: "SAID" as const,
  count,
  articles: 1,
  maxConfidence: 0.8,
});
const hood: DrawData = {
  nodes: [n("c"), n("a", 5), n("b", 9), n("d", 1), n("x", 100)],
  edges: [e("c", "a", 3), e("b", "c", 3), e("c", "d", 7), e("a", "x", 50), e("c", "c", 9)],
};

describe("expansion paging", () => {
  it("ranks neighbours by claims with the centre, then mentions, then id", () => {
    expect(rankNeighbours("c", hood)).toEqual(["d", "b", "a"]);
  });
  it.each<[string[], string[], number, string[], number]>([
    [["d", "b", "a"], [], 2, ["d", "b"], 1],
    [["d", "b", "a"], ["d"], 2, ["b", "a"], 0],
    [["d", "b", "a"], ["d", "b", "a"], 2, [], 0],
    [Array.from({ length: 60 }, (_, i) => `n${i}`), [], 25, Array.from({ length: 25 }, (_, i) => `n${i}`), 35],
  ])("%j minus %j, size %i", (ranked, shown, size, ids, remaining) => {
    expect(nextPage(ranked, new Set(shown), size)).toEqual({ ids, remaining });
  });
  it("cuts a subgraph", () => {
    const sub = subgraph(hood, new Set(["c", "a", "x"]));
    expect(sub.nodes.map((x) => x.id)).toEqual(["c", "a", "x"]);
    expect(sub.edges.map((x) => x.id)).toEqual(["c>a", "a>x", "c>c"]);
  });
});

describe("highlightRuns", () => {
  const kim = termsOf({ id: "kim", name: "Kim Jong-un", aliases: ["Kim", "Kim Jong Un"] });
  const nk = termsOf({ id: "nk", name: "North Korea", aliases: ["DPRK"] });
  it.each<[string, Array<[string, string | null]>]>([
    ["", []],
    ["nothing here", [["nothing here", null]]],
    [
      "Kim Jong-un visited the DPRK.",
      [
        ["Kim Jong-un", "kim"],
        [" visited the ", null],
        ["DPRK", "nk"],
        [".", null],
      ],
    ],
    [
      "Kimchi is not Kim",
      [
        ["Kimchi is not ", null],
        ["Kim", "kim"],
      ],
    ],
    [
      "north korea, NORTH KOREA",
      [
        ["north korea", "nk"],
        [", ", null],
        ["NORTH KOREA", "nk"],
      ],
    ],
  ])("%j", (text, runs) => {
    expect(highlightRuns(text, [...kim, ...nk]).map((r) => [r.text, r.id])).toEqual(runs);
  });
});

describe("positions codec", () => {
  it.each<[string | null, Record<string, { x: number; y: number }>]>([
    [null, {}],
    ["not json", {}],
    ["[1,2]", {}],
    ['{"a":[1,2],"b":[1],"c":["x",1],"d":[3.5,-4]}', { a: { x: 1, y: 2 }, d: { x: 3.5, y: -4 } }],
  ])("%j", (raw, expected) => {
    expect({ ...decodePositions(raw) }).toEqual(expected);
  });
  it("round-trips (to 2 decimals)", () => {
    expect({ ...decodePositions(encodePositions({ a: { x: 1.234, y: -5 } })) }).toEqual({ a: { x: 1.23, y: -5 } });
  });
});

describe("queryToDrawData", () => {
  it("maps labels, names, mentions and aggregates claims per (source, type, target)", () => {
    const data = queryToDrawData(
      [
        { id: "k", labels: ["Entity", "Person"], properties: { name: "Kim", mentions: 4 } },
        { id: "n", labels: ["State", "Entity"], properties: { name: "North Korea" } },
        { id: "a", labels: ["Article"], properties: { title: "A title" } },
        { id: "q", labels: ["Weird"], properties: {} },
      ],
      [
        { id: "r1", type: "SAID", source: "k", target: "n", properties: { confidence: 0.7, article: "a1" } },
        { id: "r2", type: "SAID", source: "k", target: "n", properties: { confidence: 0.9, article: "a2" } },
        { id: "r3", type: "MENTIONS", source: "a", target: "k", properties: {} },
        { id: "r4", type: "SAID", source: "k", target: "q", properties: {} },
      ],
    );
    expect(data.nodes).toEqual([
      { id: "k", label: "Person", name: "Kim", mentions: 4 },
      { id: "n", label: "State", name: "North Korea", mentions: 1 },
      { id: "a", label: "Article", name: "A title", mentions: 1 },
    ]);
    expect(data.edges).toEqual([
      {
        id: "k|SAID|n",
        source: "k",
        target: "n",
        type: "SAID",
        count: 2,
        articles: 2,
        maxConfidence: 0.9,
        articleIds: ["a1", "a2"],
      },
    ]);
  });
});

describe("distanceToSegment (CPU edge picking)", () => {
  it.each<[[number, number], [number, number], [number, number], number]>([
    [[5, 3], [0, 0], [10, 0], 3],
    [[-4, 3], [0, 0], [10, 0], 5],
    [[13, 4], [0, 0], [10, 0], 5],
    [[2, 2], [1, 1], [1, 1], Math.SQRT2],
  ])("%j to %j-%j", (p, a, b, d) => {
    const pt = (xy: [number, number]) => ({ x: xy[0], y: xy[1] });
    expect(distanceToSegment(pt(p), pt(a), pt(b))).toBeCloseTo(d, 9);
  });
});
