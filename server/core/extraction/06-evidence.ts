// Stage 06: turns raw claims into evidence-bearing claims: exact sentence offsets,
// quoted words, one claim per (type, source, target, article, sentence), stable ids.
import { claimId } from "../model/index.ts";
import type { Claim } from "../model/index.ts";
import type { Doc } from "./types.ts";

export function evidence(doc: Doc): Doc {
  const best = new Map<string, Claim>();
  for (const r of doc.raw) {
    if (r.source === r.target) continue;
    const s = doc.sentences[r.sent];
    if (!s) continue;
    const id = claimId(r.type, r.source, r.target, doc.meta.id, r.sent);
    const claim: Claim = {
      id,
      type: r.type,
      source: r.source,
      target: r.target,
      article: doc.meta.id,
      sentence: r.sent,
      start: s.start,
      end: s.end,
      evidence: doc.text.slice(s.start, s.end),
      confidence: Math.round(r.confidence * 100) / 100,
      rule: r.rule,
    };
    if (r.quote) claim.quote = r.quote;
    else if (s.quote && (r.type === "SAID" || r.type === "REPORTED"))
      claim.quote = doc.text.slice(s.quote[0], s.quote[1]);
    if (r.role) claim.role = r.role;
    if (r.count) claim.count = r.count;
    if (r.polarity && r.polarity !== "asserted") claim.polarity = r.polarity;
    const prev = best.get(id);
    if (!prev) best.set(id, claim);
    else {
      // an asserted reading beats a denied or hypothetical one, then the higher confidence wins; details
      // another rule found (the troop count, the role) are kept
      const rank = (x: Claim): number => (x.polarity ? 0 : 10) + x.confidence;
      const [win, lose] = rank(claim) > rank(prev) ? [claim, prev] : [prev, claim];
      const merged: Claim = { ...lose, ...win };
      if (!win.polarity) delete merged.polarity;
      best.set(id, merged);
    }
  }
  const claims = [...best.values()].sort((a, b) => a.sentence - b.sentence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...doc, claims };
}
