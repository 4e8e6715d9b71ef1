// Where an expansion puts the new nodes: spread on rings around their parent, then a short
// ForceAtlas2 run that moves only them (the rest of the drawing stays where the analyst saw it).
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KgxGraph } from "./build-graph.ts";

/** Nodes per ring around the parent; further rings are wider. */
const RING = 12;

export function placeAround(graph: KgxGraph, parent: string, fresh: readonly string[], iterations = 60): void {
  if (!graph.hasNode(parent) || fresh.length === 0) return;
  const { x: px, y: py } = graph.getNodeAttributes(parent);
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const isFresh = new Set(fresh);
  graph.forEachNode((id, a) => {
    if (isFresh.has(id)) return;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const extent = Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 10;
  const base = extent / 10;
  fresh.forEach((id, i) => {
    const ring = Math.floor(i / RING);
    const onRing = Math.min(RING, fresh.length - ring * RING);
    const angle = ((i % RING) / onRing) * 2 * Math.PI + ring * 0.5;
    const r = base * (1 + ring * 0.6);
    graph.mergeNodeAttributes(id, { x: px + r * Math.cos(angle), y: py + r * Math.sin(angle) });
  });
  // A short local layout: every old node is pinned (FA2 leaves `fixed` nodes in place).
  const pinned: string[] = [];
  graph.forEachNode((id, a) => {
    if (!isFresh.has(id) && !(a as { fixed?: boolean }).fixed) {
      graph.setNodeAttribute(id, "fixed" as never, true as never);
      pinned.push(id);
    }
  });
  try {
    forceAtlas2.assign(graph, {
      iterations,
      getEdgeWeight: "count",
      settings: { ...forceAtlas2.inferSettings(graph), gravity: 0.5, barnesHutOptimize: graph.order > 500 },
    });
  } finally {
    for (const id of pinned) graph.removeNodeAttribute(id, "fixed" as never);
  }
}
