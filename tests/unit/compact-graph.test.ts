// The compact wire form of a graph answer: a table of cases that must come back exactly as they went.
import { describe, expect, it } from "vitest";
import {
  COMPACT_GRAPH_FORMAT,
  decodeCompactGraph,
  encodeCompactGraph,
  type CompactGraph,
} from "../../server/core/model/compact-graph.ts";
import type { GraphData, GraphEdge, GraphNode } from "../../server/core/model/types.ts";

const node = (id: string, extra: Partial<GraphNode> = {}): GraphNode => ({
  id,
  label: "State",
  name: id.toUpperCase(),
  mentions: 3,
  ...extra,
});
const edge = (source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  id: `SAID:${source}->${target}`,
  source,
  target,
  type: "SAID",
  count: 2,
  articles: 1,
  maxConfidence: 0.85,
  articleIds: ["article:1"],
  ...extra,
});

const cases: [string, GraphData][] = [
  ["an empty graph", { nodes: [], edges: [] }],
  ["truncated", { nodes: [node("a")], edges: [], truncated: true }],
  ["not truncated", { nodes: [node("a")], edges: [], truncated: false }],
  ["a self loop", { nodes: [node("a")], edges: [edge("a", "a")] }],
  [
    "an edge without article ids",
    { nodes: [node("a"), node("b")], edges: [edge("a", "b", { articleIds: undefined })] },
  ],
  ["an edge with no article", { nodes: [node("a"), node("b")], edges: [edge("a", "b", { articleIds: [] })] }],
  ["an id not made of its ends", { nodes: [node("a"), node("b")], edges: [edge("a", "b", { id: "merged:1" })] }],
  ["positions", { nodes: [node("a", { x: 1.5, y: -2 }), node("b")], edges: [] }],
  [
    "shared articles and every field",
    {
      nodes: [node("a"), node("b", { label: "Person", mentions: 0 }), node("c:é→", { name: 'Ça "va"' })],
      edges: [
        edge("a", "b", { articleIds: ["article:1", "article:2"] }),
        edge("b", "c:é→", { type: "CONDEMNED", id: "CONDEMNED:b->c:é→", articleIds: ["article:2"] }),
        edge("c:é→", "a", { type: "MEMBER_OF", id: "MEMBER_OF:c:é→->a", maxConfidence: 1, count: 9, articles: 4 }),
      ],
    },
  ],
];

describe("compact graph", () => {
  it.each(cases)("%s comes back exactly, through JSON", (_name, g) => {
    const wire = JSON.parse(JSON.stringify(encodeCompactGraph(g))) as CompactGraph;
    expect(wire.format).toBe(COMPACT_GRAPH_FORMAT);
    const back = decodeCompactGraph(wire);
    expect(back).toStrictEqual(JSON.parse(JSON.stringify(g)));
  });

  it("lists each article once and names edge ends by index", () => {
    const wire = encodeCompactGraph(cases[8]![1]);
    expect(wire.articles).toEqual(["article:1", "article:2"]);
    expect(wire.edges[0]!.slice(0, 2)).toEqual([0, 1]);
    expect(wire.edges[0]).toHaveLength(7);
    expect(encodeCompactGraph(cases[6]![1]).edges[0]).toHaveLength(8);
  });

  it("leaves out an edge whose end is not among the nodes, and refuses an unknown format", () => {
    const g = { nodes: [node("a")], edges: [edge("a", "b"), edge("a", "a")] };
    expect(decodeCompactGraph(encodeCompactGraph(g)).edges).toEqual([edge("a", "a")]);
    const bad = { ...encodeCompactGraph(cases[0]![1]), format: "v0" } as unknown as CompactGraph;
    expect(() => decodeCompactGraph(bad)).toThrow(/unknown format "v0"/);
  });
});
