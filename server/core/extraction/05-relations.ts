// Stage 05: runs every relation rule of the registry (rules/index.ts) over the resolved mentions:
// SAID/REPORTED attribution, DEPLOYED, CONDEMNED, MEMBER_OF and PARTY_TO.
import type { Doc, RawClaim, Sentence, Token } from "./types.ts";
import { makeCtx } from "./context.ts";
import { RELATION_RULES } from "./rules/index.ts";
import { DOUBT_PENALTY } from "./rules/rule.ts";

/** A Title Case headline ("UN Council Condemns Sudanese 'Assault'"): its verbs and names cannot be told
 * apart by case, so claims from it are left out; a sentence-case headline is parsed, with less confidence. */
export function isTitleCase(s: Sentence, T: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = T[i]!;
    if (t.punct || t.norm.length < 4 || /[0-9]/.test(t.norm)) continue;
    words++;
    if (t.cap) caps++;
  }
  return words >= 3 && caps / words > 0.7;
}

export function relations(doc: Doc): Doc {
  const c = makeCtx(doc);
  const raw: RawClaim[] = [];
  const skip = doc.sentences.map((s) => s.headline && isTitleCase(s, doc.tokens));
  for (const rule of RELATION_RULES)
    for (const r of rule.run(c)) {
      if (skip[r.sent]) continue;
      if (doc.sentences[r.sent]?.headline)
        r.confidence = Math.max(0.05, Math.round((r.confidence - DOUBT_PENALTY.headline) * 100) / 100);
      raw.push(r);
    }
  return { ...doc, raw };
}
