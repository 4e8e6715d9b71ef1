// Create the sigma renderer for the explorer: programs for one- and two-way arrows,
// edge labels on, label sizes tuned for an analyst's reading distance.
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeDoubleArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { KgxGraph } from "./build-graph.ts";
import type { Reducers } from "./reducers.ts";

export type KgxSigma = Sigma<NodeAttrs, EdgeAttrs>;

// sigma's built-in programs are typed for any attributes; ours are a subset of those.
const typed = (p: EdgeProgramType): EdgeProgramType<NodeAttrs, EdgeAttrs> =>
  p as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;

/** Above this many edges the view draws plain lines (no arrow heads) and skips z-ordering. */
export const LARGE_GRAPH_EDGES = 5000;

export function createRenderer(container: HTMLElement, graph: KgxGraph, reducers: Reducers): KgxSigma {
  const large = graph.size > LARGE_GRAPH_EDGES;
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    // Edge labels cost a text pass per frame: only on graphs an analyst can read whole.
    renderEdgeLabels: !large,
    // Edges are picked on the CPU on click (edge-hit.ts): GPU edge picking doubles edge drawing.
    enableEdgeEvents: false,
    defaultEdgeType: "arrow",
    edgeProgramClasses: {
      arrow: typed(EdgeArrowProgram),
      doubleArrow: typed(EdgeDoubleArrowProgram),
      line: typed(EdgeRectangleProgram),
    },
    labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    labelSize: 13,
    labelWeight: "500",
    labelColor: { color: "#1d232b" },
    edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#4a5563" },
    // Labels stay readable at any zoom: a grid cell holds at most a few labels, small graphs
    // label every node the grid allows, big ones only nodes drawn 6 px or more.
    labelDensity: 0.9,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: graph.order > 150 ? 6 : 0,
    // z-ordering sorts every item on each refresh: only worth it where highlights can hide.
    zIndex: !large,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
  });
}
