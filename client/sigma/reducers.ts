// sigma nodeReducer / edgeReducer: hover or selection highlights the focused node's
// neighbourhood and dims the rest, without ever changing the graph's data.
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { edgeRole, focusOf, nodeRole } from "../state/selection/index.ts";
import type { SelectionState } from "../state/selection/index.ts";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { KgxGraph } from "./build-graph.ts";
import type { ExplorerSettings } from "./settings.ts";

export interface Reducers {
  nodeReducer: (node: string, data: NodeAttrs) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: EdgeAttrs) => Partial<EdgeDisplayData>;
}

export function createReducers(graph: KgxGraph, getState: () => SelectionState, settings: ExplorerSettings): Reducers {
  // Neighbour sets are cached per focus node: reducers run once per item per frame.
  let cachedFocus: string | null = null;
  let cachedNeighbours: ReadonlySet<string> = new Set();
  const neighboursOf = (focus: string | null): ReadonlySet<string> => {
    if (focus !== cachedFocus) {
      cachedFocus = focus;
      cachedNeighbours = new Set(focus !== null && graph.hasNode(focus) ? graph.neighbors(focus) : []);
    }
    return cachedNeighbours;
  };
  // Merging a neighbourhood adds edges around the focus: recompute its neighbours then.
  const invalidate = (): void => {
    cachedFocus = null;
    cachedNeighbours = new Set();
  };
  graph.on("edgeAdded", invalidate);
  graph.on("edgeDropped", invalidate);

  return {
    nodeReducer(node, data) {
      const state = getState();
      const focus = focusOf(state);
      const role = nodeRole(node, focus, neighboursOf(focus));
      const res: Partial<NodeDisplayData> = { ...data };
      if (role === "focus") {
        res.forceLabel = true;
        res.highlighted = true;
        res.zIndex = 2;
      } else if (role === "neighbour") {
        res.zIndex = 1;
      } else if (role === "dimmed") {
        res.color = settings.dimmedColor;
        res.label = null;
        res.zIndex = 0;
      }
      if (node === state.selected) res.highlighted = true;
      return res;
    },
    edgeReducer(edge, data) {
      const focus = focusOf(getState());
      const role = edgeRole(graph.source(edge), graph.target(edge), focus);
      const res: Partial<EdgeDisplayData> = { ...data };
      if (role === "neighbour") {
        res.color = settings.edgeHighlightColor;
        res.zIndex = 1;
      } else if (role === "dimmed") {
        res.color = settings.dimmedColor;
        res.label = null;
        res.zIndex = 0;
      } else if (data.count < settings.edgeLabelMinCount) {
        // Overview: only repeated claims are labelled; hovering reveals the rest.
        res.label = null;
      }
      return res;
    },
  };
}
