// Render bench baseline: bare sigma with its default settings, nodes sized and coloured
// like the explorer's, one edge per entity pair.
import Graph from "graphology";
import Sigma from "sigma";
import { LABEL_COLORS } from "../server/core/model/labels.ts";
import { measure } from "./bare-sigma-measure.ts";

void measure((data, container) => {
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
});
