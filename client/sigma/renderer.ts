// Create the sigma renderer for the explorer: programs for one- and two-way arrows,
// edge labels on, label sizes tuned for an analyst's reading distance.
import Sigma from "sigma";
import { EdgeArrowProgram, EdgeDoubleArrowProgram } from "sigma/rendering";
import type { EdgeProgramType } from "sigma/rendering";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { KgxGraph } from "./build-graph.ts";
import type { Reducers } from "./reducers.ts";

export type KgxSigma = Sigma<NodeAttrs, EdgeAttrs>;

// sigma's built-in programs are typed for any attributes; ours are a subset of those.
const typed = (p: EdgeProgramType): EdgeProgramType<NodeAttrs, EdgeAttrs> =>
  p as unknown as EdgeProgramType<NodeAttrs, EdgeAttrs>;

export function createRenderer(container: HTMLElement, graph: KgxGraph, reducers: Reducers): KgxSigma {
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    // Edge labels cost a text pass per frame: only on graphs an analyst can read whole.
    renderEdgeLabels: graph.size <= 5000,
    enableEdgeEvents: true,
    defaultEdgeType: "arrow",
    edgeProgramClasses: { arrow: typed(EdgeArrowProgram), doubleArrow: typed(EdgeDoubleArrowProgram) },
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
    zIndex: true,
    minCameraRatio: 0.05,
    maxCameraRatio: 4,
    stagePadding: 40,
    nodeReducer: reducers.nodeReducer,
    edgeReducer: reducers.edgeReducer,
  });
}
