// Render bench baseline: bare sigma with its default settings, nodes sized and coloured
// like the explorer's, one edge per entity pair.
import Graph from "graphology";
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Sigma from "sigma";
import type { GraphData } from "../server/core/model/types.ts";
import { LABEL_COLORS } from "../server/core/model/labels.ts";
import { measure } from "./bare-sigma-measure.ts";
import { measureLayout } from "./layout-measure.ts";

const mount = (data: GraphData, container: HTMLElement): Sigma => {
  const graph = new Graph({ type: "directed", multi: false, allowSelfLoops: false });
  const max = Math.max(...data.nodes.map((n) => n.mentions));
  for (const n of data.nodes) {
    graph.addNode(n.id, {
      x: n.x ?? 0,
      y: n.y ?? 0,
      label: n.name,
      size: 4 + 16 * Math.sqrt((n.mentions - 1) / Math.max(1, max - 1)),
      color: LABEL_COLORS[n.label],
    });
  }
  for (const e of data.edges) {
    if (e.source === e.target || graph.hasEdge(e.source, e.target) || graph.hasEdge(e.target, e.source)) continue;
    graph.addEdge(e.source, e.target, { size: 1, color: "#c3c9d1" });
  }
  return new Sigma(graph, container);
};

if (new URLSearchParams(location.search).get("mode") === "layout") {
  // graphology's own worker supervisor, as its README shows it: start, then stop.
  void measureLayout(mount, (sigma) => {
    const graph = sigma.getGraph();
    const fa2 = new FA2LayoutSupervisor(graph, { settings: forceAtlas2.inferSettings(graph) });
    fa2.start();
    return { stop: async () => fa2.kill() };
  });
} else void measure(mount);
