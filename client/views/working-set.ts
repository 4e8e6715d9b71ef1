// Shared views: the link that carries the drawn entities and their positions (plus the URL's
// selection, filters and camera), and loading such a working set when a link is opened.
import type { Claim } from "@core/model/types.ts";
import { api, ApiError } from "../api/client.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import type { ApiEdge, DrawData } from "../state/graph/index.ts";
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
    edges: aggregateClaims(g.relations),
  };
}

/** One edge per (source, type, target), as /api/graph sends them. */
function aggregateClaims(claims: readonly Claim[]): ApiEdge[] {
  const byKey = new Map<string, ApiEdge & { ids: Set<string> }>();
  for (const c of claims) {
    const id = `${c.type}:${c.source}->${c.target}`;
    const e = byKey.get(id) ?? {
      id,
      source: c.source,
      target: c.target,
      type: c.type,
      count: 0,
      articles: 0,
      maxConfidence: 0,
      ids: new Set<string>(),
    };
    e.count++;
    e.ids.add(c.article);
    e.maxConfidence = Math.max(e.maxConfidence, c.confidence);
    byKey.set(id, e);
  }
  return [...byKey.values()].map(({ ids, ...e }) => ({ ...e, articles: ids.size, articleIds: [...ids].sort() }));
}
