// The explorer's sigma reducers as a table: while a layout runs, a large graph's edges are
// left undrawn (and come back after), a small graph keeps them; filters still hide edges.
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../../client/sigma/build-graph.ts";
import { createReducers, UNDRAWN_EDGE } from "../../../client/sigma/reducers.ts";
import type { ViewModel } from "../../../client/sigma/reducers.ts";
import { DEFAULT_SETTINGS } from "../../../client/sigma/settings.ts";
import { DEFAULT_FILTERS, NO_CONTEXT } from "../../../client/state/filters/index.ts";
import type { DrawData } from "../../../client/state/graph/index.ts";
import { EMPTY_SELECTION } from "../../../client/state/selection/index.ts";

/** A path of `n` nodes with one DEPLOYED claim per consecutive pair. */
function chain(n: number): DrawData {
  const ids = Array.from({ length: n }, (_, i) => `n${i}`);
  return {
    nodes: ids.map((id) => ({ id, label: "State", name: id, mentions: 1 })),
    edges: ids.slice(1).map((id, i) => ({
      id: `${ids[i]}>${id}`,
      source: ids[i]!,
      target: id,
      type: "DEPLOYED",
      count: 1,
      articles: 1,
      maxConfidence: 0.9,
    })),
  };
}

const settings = { ...DEFAULT_SETTINGS, arrowsMaxEdges: 10 };
const view: ViewModel = { selection: EMPTY_SELECTION, edge: null, filters: DEFAULT_FILTERS, context: NO_CONTEXT };

describe("edge reducer while a layout runs", () => {
  it.each<[string, number, boolean, { hidden?: boolean; type?: string }]>([
    ["small graph, idle", 5, false, { type: "arrow" }],
    ["small graph, running", 5, true, { type: "arrow" }],
    ["large graph, idle", 30, false, { type: "line" }],
    ["large graph, running", 30, true, { hidden: true, type: UNDRAWN_EDGE }],
  ])("%s", (_, nodes, running, expected) => {
    const graph = buildGraph(chain(nodes), settings);
    const reducers = createReducers(graph, () => view, settings);
    reducers.setLayoutRunning(running);
    const edge = graph.edges()[0]!;
    const drawn = reducers.edgeReducer(edge, graph.getEdgeAttributes(edge));
    expect({ hidden: drawn.hidden, type: drawn.type }).toEqual({ hidden: expected.hidden, type: expected.type });
  });

  it("draws the edges again once the layout stops", () => {
    const graph = buildGraph(chain(30), settings);
    const reducers = createReducers(graph, () => view, settings);
    reducers.setLayoutRunning(true);
    reducers.setLayoutRunning(false);
    const hidden = graph.edges().filter((e) => reducers.edgeReducer(e, graph.getEdgeAttributes(e)).hidden);
    expect(hidden).toEqual([]);
  });
});
