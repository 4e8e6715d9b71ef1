// Shared views: the link that carries the drawn entities and their positions (plus the URL's
// selection, filters and camera), and loading such a working set when a link is opened.
import { edgesFromClaims } from "@core/model/edges.ts";
import { api, ApiError } from "../api/client.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import type { DrawData } from "../state/graph/index.ts";
import type { PositionMap } from "../state/positions/index.ts";
import { withWorkingSet } from "../state/view-state/index.ts";

/** Links carry at most this many entities (a URL stays a few tens of kilobytes). */
export const SHARE_MAX_NODES = 600;

/** The address of the current view with its working set, or null when the graph is too large. */
export function shareUrl(graph: KgxGraph, hash: string): string | null {
  if (graph.order === 0 || graph.order > SHARE_MAX_NODES) return null;
  const positions: PositionMap = {};
  graph.forEachNode((id, a) => (positions[id] = { x: a.x, y: a.y }));
  return `${window.location.origin}${window.location.pathname}${withWorkingSet(hash, positions)}`;
}

/** The entities of a shared working set and the claims among them, as the explorer draws them. */
export async function loadWorkingSet(ids: readonly string[]): Promise<DrawData> {
  const g = await api.exportJson({ ids: [...ids] }).catch((err: unknown) => {
    const why = err instanceof ApiError ? String(err.status) : String(err);
    throw new Error(`the shared view's entities could not be loaded (${why})`);
  });
  return {
    nodes: g.entities.map((e) => ({ id: e.id, label: e.label, name: e.name, mentions: e.mentions })),
    edges: edgesFromClaims(g.relations),
  };
}
