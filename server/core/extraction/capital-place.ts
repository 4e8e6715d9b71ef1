// When a capital's name is the city, not its government: after a venue preposition ("in Cairo") or
// opening a dateline ("MANILA, June 18"); used by stage 03.
import type { Doc, Mention } from "./types.ts";
import { LEX } from "./lexicon.ts";

/** "in Cairo", "In Niamey, ...", a dateline "MANILA, June 18": the capital is the city, not the government
 * (but "concern in Seoul" is the government's reaction). */
export function capitalAsPlace(doc: Doc, m: Mention): boolean {
  const T = doc.tokens;
  const p1 = T[m.tokStart - 1];
  const p2 = T[m.tokStart - 2];
  const s = doc.sentences[m.sent]!;
  if (p1 && p1.sent === m.sent && LEX.venuePreps.has(p1.norm))
    return !(p2 && p2.sent === m.sent && LEX.capitalStateBeforeIn.has(p2.norm));
  // dateline: sentence-initial capital followed by a comma and a month or a bracketed agency / dash
  if (m.tokStart === s.tokStart && T[m.tokEnd]?.text === ",") {
    const rest = T.slice(m.tokEnd + 1, Math.min(s.tokEnd, m.tokEnd + 6));
    return (
      m.surface === m.surface.toUpperCase() ||
      rest.some((t) => LEX.months.has(t.norm)) ||
      rest.some((t) => t.text === "(" || /^[-–—]$/.test(t.text))
    );
  }
  return false;
}
