// Create the sigma renderer for the explorer: plain (non-instanced) programs for discs and
// one- and two-way arrows, quiet canvases, label sizes tuned for an analyst's reading distance.
import Sigma from "sigma";
import { createEdgeArrowProgram, EdgeRectangleProgram, NodeCircleProgram } from "sigma/rendering";
import { createEdgeDoubleArrowProgram } from "sigma/rendering";
import type { EdgeProgramType, NodeProgramType } from "sigma/rendering";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { KgxGraph } from "./build-graph.ts";
import { createLabelLayout } from "./label-layout.ts";
import type { LabelLayout } from "./label-layout.ts";
import { ARROW_HEAD, PLAIN_PROGRAMS } from "./plain-programs.ts";
import { withQuietCanvases } from "./quiet-canvases.ts";
import type { Reducers } from "./reducers.ts";

export type KgxSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** Above this many edges the view draws plain lines (no arrow heads) and skips z-ordering. */
export const LARGE_GRAPH_EDGES = 5000;

/** sigma's own instanced programs, kept for comparison (`?gl=instanced`, and a pixel test). */
const INSTANCED_PROGRAMS = {
  node: { circle: NodeCircleProgram as unknown as NodeProgramType<NodeAttrs, EdgeAttrs> },
  edge: {
    ...PLAIN_PROGRAMS.edge,
    arrow: createEdgeArrowProgram(ARROW_HEAD),
    doubleArrow: createEdgeDoubleArrowProgram(ARROW_HEAD),
    line: EdgeRectangleProgram,
  } as unknown as Record<string, EdgeProgramType<NodeAttrs, EdgeAttrs>>,
};

export function createRenderer(
  container: HTMLElement,
  graph: KgxGraph,
  reducers: Reducers,
  instanced = false,
  labels: LabelLayout = createLabelLayout("#fbfbfc"),
): KgxSigma {
  const programs = instanced ? INSTANCED_PROGRAMS : PLAIN_PROGRAMS;
  const large = graph.size > LARGE_GRAPH_EDGES;
  // Quiet canvases skip clearing layers that are already empty (see quiet-canvases.ts).
  const sigma = withQuietCanvases(
    () =>
      new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
        // Edge labels cost a text pass per frame: only on graphs an analyst can read whole.
        renderEdgeLabels: !large,
        // Edges are picked on the CPU on click (edge-hit.ts): GPU edge picking doubles edge drawing.
        enableEdgeEvents: false,
        defaultEdgeType: "arrow",
        // Drawn without instancing unless asked: see plain-programs.ts.
        nodeProgramClasses: programs.node,
        edgeProgramClasses: programs.edge,
        labelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
        labelSize: 13,
        labelWeight: "500",
        labelColor: { color: "#1d232b" },
        edgeLabelFont: "system-ui, -apple-system, 'Segoe UI', sans-serif",
        edgeLabelSize: 12,
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
        // Node labels are recorded so that edge labels are drawn whole and never over them.
        defaultDrawNodeLabel: labels.drawNodeLabel,
        defaultDrawEdgeLabel: labels.drawEdgeLabel,
      }),
  );
  installLabelLayout(sigma, labels);
  return sigma;
}

/** Start each frame's labels afresh, and place the node labels before sigma's edge-label pass. */
export function installLabelLayout(sigma: KgxSigma, labels: LabelLayout): void {
  sigma.on("beforeRender", labels.reset);
  // sigma redraws the edge labels alone when the hovered node changes: start that pass afresh.
  const own = sigma as unknown as { renderEdgeLabels(): unknown };
  const renderEdgeLabels = own.renderEdgeLabels.bind(sigma);
  own.renderEdgeLabels = () => {
    labels.resetEdges();
    return renderEdgeLabels();
  };
}
