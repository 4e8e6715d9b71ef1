// The expansion controller on a real graphology graph with an injected neighbourhood fetcher:
// expand, undo and redo give back the same node set, and a new change drops what could be redone.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../client/sigma/build-graph.ts";
import { createExpansion } from "../../../client/sigma/expansion.ts";
import { DEFAULT_SETTINGS } from "../../../client/sigma/settings.ts";
import type { DrawData } from "../../../client/state/graph/index.ts";

const node = (id: string, mentions = 1) => ({ id, label: "Person" as const, name: id, mentions });
const edge = (source: string, target: string, count = 1) => ({
  id: `SAID:${source}->${target}`,
  source,
  target,
  type: "SAID" as const,
  count,
  articles: 1,
  maxConfidence: 0.9,
});
const start: DrawData = { nodes: [node("a"), node("b")], edges: [edge("a", "b")] };
const around: Record<string, DrawData> = {
  a: { nodes: [node("a"), node("b"), node("c"), node("d")], edges: [edge("a", "b"), edge("a", "c"), edge("d", "a")] },
};

function setup() {
  const graph = buildGraph(start, DEFAULT_SETTINGS, { a: { x: 0, y: 0 }, b: { x: 10, y: 0 } });
  const asked: string[] = [];
  const expansion = createExpansion({
    graph,
    settings: DEFAULT_SETTINGS,
    neighbourhood: async (id, hops) => {
      asked.push(`${id}/${hops}`);
      return around[id] ?? { nodes: [node(id)], edges: [] };
    },
    saved: () => ({}),
    afterReplace: () => {},
  });
  const nodes = () => graph.nodes().sort();
  return { graph, expansion, asked, nodes };
}

describe("expansion controller", () => {
  it("asks the injected fetcher and merges what it answers", async () => {
    const { expansion, asked, nodes } = setup();
    expect(await expansion.expand("a")).toBe(2);
    expect(asked).toEqual(["a/1"]);
    expect(nodes()).toEqual(["a", "b", "c", "d"]);
  });

  it("redo after undo puts back the same nodes, edges and positions", async () => {
    const { graph, expansion, nodes } = setup();
    await expansion.expand("a");
    const edges = graph.edges().sort();
    const at = graph.getNodeAttributes("c");
    expect(expansion.canRedo()).toBe(false);
    expect(expansion.undo()).toBe(true);
    expect(nodes()).toEqual(["a", "b"]);
    expect(expansion.canRedo()).toBe(true);
    expect(expansion.redo()).toBe(true);
    expect(nodes()).toEqual(["a", "b", "c", "d"]);
    expect(graph.edges().sort()).toEqual(edges);
    expect(graph.getNodeAttributes("c")).toMatchObject({ x: at.x, y: at.y });
    expect(expansion.remaining("a")).toBe(0);
    expect(expansion.redo()).toBe(false);
  });

  it("redoes a replacement (an ego view) as a whole", async () => {
    const { expansion, nodes } = setup();
    await expansion.ego("a", 2);
    const ego = nodes();
    expansion.undo();
    expect(nodes()).toEqual(["a", "b"]);
    expansion.redo();
    expect(nodes()).toEqual(ego);
  });

  it("a new change drops the redo branch", async () => {
    const { expansion, nodes } = setup();
    await expansion.expand("a");
    expansion.undo();
    expansion.apply({ nodes: [node("z")], edges: [] }, "add", "query (add)");
    expect(expansion.canRedo()).toBe(false);
    expect(expansion.redo()).toBe(false);
    expect(nodes()).toEqual(["a", "b", "z"]);
  });
});
