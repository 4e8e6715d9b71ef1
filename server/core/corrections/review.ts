// The review queue: claims no analyst has confirmed yet, least confident first, then those
// that only one article carries.
import type { ReviewItem } from "../model/corrections.ts";
import type { ClaimWithContext } from "../model/types.ts";

export type { ReviewItem };

export function reviewQueue(claims: ClaimWithContext[], limit = 200): ReviewItem[] {
  const articles = new Map<string, Set<string>>();
  const key = (c: ClaimWithContext) => `${c.type}|${c.source}|${c.target}`;
  for (const c of claims) articles.set(key(c), (articles.get(key(c)) ?? new Set()).add(c.article));
  return claims
    .filter((c) => !c.reviewed)
    .map((c) => ({ ...c, singleSource: (articles.get(key(c))?.size ?? 0) <= 1 }))
    .sort(
      (a, b) =>
        a.confidence - b.confidence || Number(b.singleSource) - Number(a.singleSource) || a.id.localeCompare(b.id),
    )
    .slice(0, limit);
}
