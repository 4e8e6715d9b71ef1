// Claims of one type told by one sentence, merged: the entity's side once and every
// counterpart listed, so a sentence naming three targets is read once, not three times.
import type { ClaimWithContext } from "@core/model/types.ts";

export interface SentenceGroup {
  /** The claims merged, in their input order (the first one is shown). */
  claims: ClaimWithContext[];
  /** "out" when the entity is the source of every claim. */
  direction: "out" | "in";
  /** The other side of each claim, deduplicated, in order. */
  counterparts: Array<{ id: string; name: string; label: ClaimWithContext["sourceLabel"] }>;
}

const polarityOf = (c: ClaimWithContext): string => c.polarity ?? "asserted";

/** Merge claims (of one type) from the same sentence, direction, role and polarity. */
export function groupBySentence(claims: readonly ClaimWithContext[], self: string): SentenceGroup[] {
  const groups = new Map<string, SentenceGroup>();
  for (const c of claims) {
    const direction = c.source === self ? "out" : "in";
    const key = [c.type, c.article, c.sentence, direction, c.role ?? "", polarityOf(c), c.quote ?? ""].join("\u0000");
    const other =
      direction === "out"
        ? { id: c.target, name: c.targetName, label: c.targetLabel }
        : { id: c.source, name: c.sourceName, label: c.sourceLabel };
    const g = groups.get(key);
    if (!g) groups.set(key, { claims: [c], direction, counterparts: [other] });
    else {
      g.claims.push(c);
      if (!g.counterparts.some((o) => o.id === other.id)) g.counterparts.push(other);
    }
  }
  return [...groups.values()];
}

/** The lower-case text the panel's filter searches: counterparts, sentence, quote, role, article. */
export function groupSearchText(g: SentenceGroup): string {
  const c = g.claims[0]!;
  return [...g.counterparts.map((o) => o.name), c.evidence, c.quote ?? "", c.role ?? "", c.articleTitle]
    .join("\n")
    .toLocaleLowerCase();
}
