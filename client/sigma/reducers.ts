// sigma nodeReducer / edgeReducer: filters hide nodes and edges, hover or selection lights
// the focused neighbourhood and dims the rest, all without ever changing the graph's data.
import type { NodeDisplayData, EdgeDisplayData } from "sigma/types";
import { computeVisibility, isDefaultFilters } from "../state/filters/index.ts";
import type { FilterContext, FilterState, Visibility } from "../state/filters/index.ts";
import { pairLabel } from "../state/graph/index.ts";
import { edgeRole, focusOf, nodeRole } from "../state/selection/index.ts";
import type { SelectionState } from "../state/selection/index.ts";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { KgxGraph } from "./build-graph.ts";
import { MUST_LABEL } from "./node-labels.ts";
import type { ExplorerSettings } from "./settings.ts";

/** The edge type whose program draws nothing (see plain-programs.ts): edges left out while a layout runs. */
export const UNDRAWN_EDGE = "undrawn";

/** What the reducers draw from: selection, the selected edge, filters and their context. */
export interface ViewModel {
  selection: SelectionState;
  edge: string | null;
  filters: FilterState;
  context: FilterContext;
  /** Search results drawn in the graph: always labelled. */
  hits?: ReadonlySet<string>;
}

export interface Reducers {
  nodeReducer: (node: string, data: NodeAttrs) => Partial<NodeDisplayData>;
  edgeReducer: (edge: string, data: EdgeAttrs) => Partial<EdgeDisplayData>;
  /** The current visibility (null when no filter is active). */
  visibility(): Visibility | null;
  /** While a layout moves the nodes of a large graph, its edges are left out (call refresh after). */
  setLayoutRunning(running: boolean): void;
}

export function createReducers(graph: KgxGraph, getView: () => ViewModel, settings: ExplorerSettings): Reducers {
  // Neighbour sets and visibility are cached: reducers run once per item per refresh.
  let cachedFocus: string | null = null;
  let cachedNeighbours: ReadonlySet<string> = new Set();
  let visKey: [FilterState, FilterContext] | null = null;
  let vis: Visibility | null = null;
  let layoutRunning = false;
  const neighboursOf = (focus: string | null): ReadonlySet<string> => {
    if (focus !== cachedFocus) {
      cachedFocus = focus;
      cachedNeighbours = new Set(focus !== null && graph.hasNode(focus) ? graph.neighbors(focus) : []);
    }
    return cachedNeighbours;
  };
  const visibility = (): Visibility | null => {
    const { filters, context } = getView();
    if (isDefaultFilters(filters)) return null;
    if (!visKey || visKey[0] !== filters || visKey[1] !== context) {
      const nodes = graph.mapNodes((id, a) => ({ id, kind: a.kind }));
      const edges = graph.mapEdges((id, a, source, target) => ({ id, source, target, parts: a.parts }));
      vis = computeVisibility(nodes, edges, filters, context);
      visKey = [filters, context];
    }
    return vis;
  };
  const invalidate = (): void => {
    cachedFocus = null;
    cachedNeighbours = new Set();
    visKey = null;
  };
  for (const ev of ["nodeAdded", "nodeDropped", "edgeAdded", "edgeDropped", "cleared"] as const)
    graph.on(ev, invalidate);

  return {
    visibility,
    setLayoutRunning: (running) => void (layoutRunning = running),
    nodeReducer(node, data) {
      const view = getView();
      const res: Partial<NodeDisplayData> & { labelRank?: number } = { ...data };
      if (visibility()?.hiddenNodes.has(node)) {
        res.hidden = true;
        return res;
      }
      // Few nodes shown: label them all (sigma's label grid would leave some out).
      const shown = graph.order - (visibility()?.hiddenNodes.size ?? 0);
      if (shown < settings.labelAllBelow || view.hits?.has(node)) res.forceLabel = true;
      // Label placement goes by rank: the selection and its ends first, then its neighbours and search hits.
      if (view.hits?.has(node)) res.labelRank = MUST_LABEL;
      const focus = focusOf(view.selection);
      const neighbours = neighboursOf(focus);
      const role = nodeRole(node, focus, neighbours);
      if (role === "focus") {
        res.labelRank = MUST_LABEL + 1;
        res.forceLabel = true;
        res.highlighted = true;
        res.zIndex = 2;
      } else if (role === "neighbour") {
        res.zIndex = 1;
        // The selected node's neighbours are always labelled, at any zoom.
        if (focus === view.selection.selected) {
          res.forceLabel = true;
          res.labelRank = MUST_LABEL;
        }
      } else if (role === "dimmed" && !view.hits?.has(node)) {
        res.color = settings.dimmedColor;
        res.label = null;
        res.zIndex = 0;
      }
      if (node === view.selection.selected) {
        res.labelRank = MUST_LABEL + 1;
        res.highlighted = true;
        res.forceLabel = true;
      }
      if (view.edge && (graph.hasEdge(view.edge) ? graph.extremities(view.edge).includes(node) : false)) {
        res.forceLabel = true;
        res.highlighted = true;
        res.zIndex = 2;
        res.labelRank = MUST_LABEL + 1;
      }
      return res;
    },
    edgeReducer(edge, data) {
      const view = getView();
      const res: Partial<EdgeDisplayData> = { ...data };
      // Arrow heads are unreadable at tens of thousands of edges and double the edge drawing.
      if (graph.size > settings.arrowsMaxEdges) {
        res.type = "line";
        // Thousands of edges sweeping across the screen each frame are unreadable and cost
        // most of the frame: like sigma's hideEdgesOnMove, they wait for the layout to stop.
        if (layoutRunning) {
          res.hidden = true;
          res.type = UNDRAWN_EDGE;
          return res;
        }
      }
      const v = visibility();
      const parts = v ? v.visibleEdges.get(edge) : data.parts;
      if (!parts) {
        res.hidden = true;
        return res;
      }
      if (v && parts.length !== data.parts.length)
        res.label = pairLabel({ parts: [...parts], bidirectional: data.type === "doubleArrow" });
      if (edge === view.edge) {
        res.color = settings.edgeSelectedColor;
        res.size = data.size + 2;
        res.forceLabel = true;
        res.zIndex = 2;
        return res;
      }
      const focus = focusOf(view.selection);
      const role = edgeRole(graph.source(edge), graph.target(edge), focus);
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
      // Few nodes shown: labelled edges are drawn even with an end off-screen (the label
      // layout still leaves out any that would overlap).
      if (res.label && graph.order - (v?.hiddenNodes.size ?? 0) < settings.labelAllBelow) res.forceLabel = true;
      return res;
    },
  };
}
