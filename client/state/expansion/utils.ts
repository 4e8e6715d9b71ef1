// Pure expansion paging: neighbours of a centre ranked by claims with it (then mentions,
// then id), and the next page of those not drawn yet.
import type { DrawData } from "../graph/types.ts";

export const PAGE_SIZE = 25;

/** Neighbour ids of `center` in `data`, most claims with the centre first. */
export function rankNeighbours(center: string, data: DrawData): string[] {
  const claims = new Map<string, number>();
  for (const e of data.edges) {
    const other = e.source === center ? e.target : e.target === center ? e.source : null;
    if (other !== null && other !== center) claims.set(other, (claims.get(other) ?? 0) + e.count);
  }
  const mentions = new Map(data.nodes.map((n) => [n.id, n.mentions]));
  return [...claims.keys()].sort(
    (a, b) =>
      claims.get(b)! - claims.get(a)! ||
      (mentions.get(b) ?? 0) - (mentions.get(a) ?? 0) ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
}

export interface Page {
  ids: string[];
  /** Ranked neighbours still not drawn after this page. */
  remaining: number;
}

/** The next `size` ranked ids not in `shown`. */
export function nextPage(ranked: readonly string[], shown: ReadonlySet<string>, size = PAGE_SIZE): Page {
  const fresh = ranked.filter((id) => !shown.has(id));
  return { ids: fresh.slice(0, size), remaining: Math.max(0, fresh.length - size) };
}

/** Restrict `data` to `keep` node ids (and the edges among them). */
export function subgraph(data: DrawData, keep: ReadonlySet<string>): DrawData {
  return {
    nodes: data.nodes.filter((n) => keep.has(n.id)),
    edges: data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}
