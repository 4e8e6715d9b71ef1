// Build the graphology graph sigma draws from the API's GraphData: one node per entity
// (coloured by label, sized by mentions) and one edge per entity pair; merge more later.
import Graph from "graphology";
import { LABEL_COLORS } from "@core/model/labels.ts";
import { aggregatePairs, edgeSize, pairLabel, sqrtScale } from "../state/graph/index.ts";
import type { DrawData, EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { PositionMap } from "../state/positions/index.ts";
import type { ExplorerSettings } from "./settings.ts";

export type KgxGraph = Graph<NodeAttrs, EdgeAttrs>;

export function buildGraph(data: DrawData, settings: ExplorerSettings, saved?: PositionMap): KgxGraph {
  const graph: KgxGraph = new Graph<NodeAttrs, EdgeAttrs>({ type: "directed", multi: false, allowSelfLoops: false });
  let min = Infinity;
  let max = -Infinity;
  for (const n of data.nodes) {
    min = Math.min(min, n.mentions);
    max = Math.max(max, n.mentions);
  }
  // Node sizes stay on the first graph's scale when more nodes are merged in.
  graph.setAttribute("mentionRange", [min, max]);
  mergeGraphData(graph, data, settings, false, saved);
  return graph;
}

export interface Added {
  nodes: string[];
  edges: string[];
}

/**
 * Add the nodes and pair edges of `data` that the graph lacks; returns what was added.
 * With `place`, new nodes go near their already placed neighbours (the layout has run);
 * nodes with a saved position keep it.
 */
export function mergeGraphData(
  graph: KgxGraph,
  data: DrawData,
  settings: ExplorerSettings,
  place: boolean,
  saved?: PositionMap,
): Added {
  const [min, max] = (graph.getAttribute("mentionRange") as [number, number] | undefined) ?? [1, 1];
  const added: string[] = [];
  const addedEdges: string[] = [];
  const pinned = new Set<string>();
  for (const n of data.nodes) {
    if (graph.hasNode(n.id)) continue;
    const keep = saved?.[n.id];
    if (keep) pinned.add(n.id);
    graph.addNode(n.id, {
      label: n.name,
      kind: n.label,
      name: n.name,
      mentions: n.mentions,
      size: sqrtScale(n.mentions, min, max, settings.minNodeSize, settings.maxNodeSize),
      color: LABEL_COLORS[n.label] ?? LABEL_COLORS.Article,
      x: keep?.x ?? n.x ?? 0,
      y: keep?.y ?? n.y ?? 0,
    });
    added.push(n.id);
  }
  const pairs = aggregatePairs(data.edges);
  for (const pair of pairs) {
    if (graph.hasEdge(pair.key) || !graph.hasNode(pair.source) || !graph.hasNode(pair.target)) continue;
    graph.addDirectedEdgeWithKey(pair.key, pair.source, pair.target, {
      label: pairLabel(pair),
      size: edgeSize(pair.count, settings.maxEdgeSize),
      color: settings.edgeColor,
      type: pair.bidirectional ? "doubleArrow" : "arrow",
      parts: pair.parts,
      count: pair.count,
      maxConfidence: pair.maxConfidence,
    });
    addedEdges.push(pair.key);
  }
  if (place) placeNear(graph, new Set(added.filter((id) => !pinned.has(id))));
  return { nodes: added, edges: addedEdges };
}

/** Put each new node on a small circle around the centre of its old neighbours. */
function placeNear(graph: KgxGraph, fresh: ReadonlySet<string>): void {
  let lo = Infinity;
  let hi = -Infinity;
  graph.forEachNode((id, a) => {
    if (fresh.has(id)) return;
    lo = Math.min(lo, a.x, a.y);
    hi = Math.max(hi, a.x, a.y);
  });
  const unit = hi > lo ? (hi - lo) / 40 : 1;
  let i = 0;
  for (const id of fresh) {
    const anchors = graph.neighbors(id).filter((n) => !fresh.has(n));
    const pts = anchors.length ? anchors.map((n) => graph.getNodeAttributes(n)) : [{ x: 0, y: 0 }];
    const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
    const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
    const angle = (i++ * 2.399963) % (2 * Math.PI); // golden angle: spread without overlap
    const r = unit * (1 + 0.4 * Math.sqrt(i));
    graph.mergeNodeAttributes(id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
  }
}
