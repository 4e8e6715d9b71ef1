// Claims aggregated into the edges the explorer draws: one per (source, type, target), with its
// claim count, distinct articles and highest confidence; shared by the exports and the client.
import type { Claim, GraphEdge } from "./types.ts";

/** Aggregates claims into one edge per (source, target, type), as the explorer draws them. */
export function edgesFromClaims(
  claims: ReadonlyArray<Pick<Claim, "type" | "source" | "target" | "article" | "confidence">>,
): GraphEdge[] {
  const byKey = new Map<string, GraphEdge & { arts: Set<string> }>();
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
      arts: new Set<string>(),
    };
    e.count++;
    e.arts.add(c.article);
    e.maxConfidence = Math.max(e.maxConfidence, c.confidence);
    byKey.set(id, e);
  }
  return [...byKey.values()]
    .map(({ arts, ...e }) => ({ ...e, articles: arts.size, articleIds: [...arts].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
