// Build the graphology graph sigma draws from the API's GraphData: one node per entity
// (coloured by label, sized by mentions) and one edge per entity pair.
import Graph from "graphology";
import { LABEL_COLORS } from "../../server/core/model/labels.ts";
import type { GraphData } from "../../server/core/model/types.ts";
import { aggregatePairs, edgeSize, pairLabel, sqrtScale } from "../state/graph/index.ts";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { ExplorerSettings } from "./settings.ts";

export type KgxGraph = Graph<NodeAttrs, EdgeAttrs>;

export function buildGraph(data: GraphData, settings: ExplorerSettings): KgxGraph {
  const graph: KgxGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: false, allowSelfLoops: false });
  let min = Infinity;
  let max = -Infinity;
  for (const n of data.nodes) {
    min = Math.min(min, n.mentions);
    max = Math.max(max, n.mentions);
  }
  for (const n of data.nodes) {
    if (graph.hasNode(n.id)) continue;
    graph.addNode(n.id, {
      label: n.name,
      kind: n.label,
      name: n.name,
      mentions: n.mentions,
      size: sqrtScale(n.mentions, min, max, settings.minNodeSize, settings.maxNodeSize),
      color: LABEL_COLORS[n.label] ?? LABEL_COLORS.Article,
      x: n.x ?? 0,
      y: n.y ?? 0,
    });
  }
  for (const pair of aggregatePairs(data.edges)) {
    if (!graph.hasNode(pair.source) || !graph.hasNode(pair.target)) continue;
    graph.addDirectedEdgeWithKey(pair.key, pair.source, pair.target, {
      label: pairLabel(pair),
      size: edgeSize(pair.count, settings.maxEdgeSize),
      color: settings.edgeColor,
      type: pair.bidirectional ? "doubleArrow" : "arrow",
      parts: pair.parts,
      count: pair.count,
    });
  }
  return graph;
}
