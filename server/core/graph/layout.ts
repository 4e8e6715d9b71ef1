// Deterministic positions for exported subgraphs: a circle seeded by id order, then a
// bounded ForceAtlas2 run, so the CLI's exports open in Gephi already laid out.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { GraphEdge } from "../model/types.ts";

export function layoutPositions(
  ids: string[],
  edges: GraphEdge[],
  iterations = 150,
): Record<string, { x: number; y: number }> {
  const g = new Graph({ type: "undirected", multi: true });
  const sorted = [...ids].sort();
  sorted.forEach((id, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, sorted.length);
    g.addNode(id, { x: 100 * Math.cos(a), y: 100 * Math.sin(a) });
  });
  for (const e of edges)
    if (g.hasNode(e.source) && g.hasNode(e.target)) g.addEdge(e.source, e.target, { weight: e.count });
  if (g.order > 1 && g.size > 0) {
    forceAtlas2.assign(g, {
      iterations,
      settings: { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 500 },
    });
  }
  const out: Record<string, { x: number; y: number }> = {};
  g.forEachNode((id, a) => {
    out[id] = { x: Math.round(a.x * 100) / 100, y: Math.round(a.y * 100) / 100 };
  });
  return out;
}
