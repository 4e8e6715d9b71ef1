// Stage 05: relation rules over resolved mentions (placeholder: MEMBER_OF only).
import type { Doc, RawClaim } from "./types.ts";

export function relations(doc: Doc): Doc {
  const raw: RawClaim[] = [];
  for (const m of doc.mentions) {
    if (m.label === "Person" && m.role && m.affiliation?.ids?.[0] && m.ids?.[0])
      raw.push({ type: "MEMBER_OF", source: m.ids[0], target: m.affiliation.ids[0], sent: m.sent, confidence: 0.9, rule: "title-affiliation", role: m.role });
  }
  return { ...doc, raw };
}
