// Treaty descriptions: a definite lower-case description ("the 1951 treaty", "the defence pact",
// "the Pretoria agreement") is a mention of the named treaty of the article, when the article names one.
import type { Doc, Mention } from "./types.ts";
import { LEX } from "./lexicon.ts";

const DETERMINERS = LEX.treatyDeterminers;
/** Modifier parts of speech allowed between the determiner and the noun ("the 2022 Pretoria agreement"). */
const MODIFIER_POS = new Set(["ADJ", "NUM", "PROPN", "NOUN"]);

const lastWord = (s: string): string => (s.split(/\s+/).pop() ?? "").toLowerCase();

/** The named treaty a description with head noun `noun` at token i refers to: the only named treaty with the
 * same head noun, else the only named treaty, else the nearest one named before it. */
function referent(named: Mention[], noun: string, start: number): Mention | undefined {
  const sameHead = [...new Map(named.filter((m) => lastWord(m.canon) === noun).map((m) => [m.canon, m])).values()];
  if (sameHead.length === 1) return sameHead[0];
  const canons = new Set(named.map((m) => m.canon));
  if (canons.size === 1) return named[0];
  return [...named].reverse().find((m) => m.end <= start);
}

/** Adds treaty description mentions (kind "nominal", canon of the referent) and drops the names inside them
 * ("Pretoria" in "the Pretoria agreement" is not the state acting). */
export function treatyDescriptions(doc: Doc, mentions: Mention[]): Mention[] {
  const named = mentions.filter((m) => m.label === "Treaty" && m.kind === "name");
  if (named.length === 0) return mentions;
  const T = doc.tokens;
  const added: Mention[] = [];
  for (let i = 1; i < T.length; i++) {
    const t = T[i]!;
    if (!LEX.treatyNouns.has(t.text) || t.pos === "VERB") continue;
    const next = T[i + 1];
    if (next && next.sent === t.sent && (next.pos === "NOUN" || next.pos === "PROPN") && !next.punct) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 5 && T[j]!.sent === t.sent && !DETERMINERS.has(T[j]!.norm)) {
      const x = T[j]!;
      const hyphenated = x.hyphen || !!T[j - 1]?.hyphen;
      if (!(MODIFIER_POS.has(x.pos) || hyphenated) || x.text === ",") break;
      j--;
    }
    if (j < 0 || T[j]!.sent !== t.sent || !DETERMINERS.has(T[j]!.norm)) continue;
    const a = j + 1;
    if (a === i && LEX.vagueTreatyNouns.has(t.norm)) continue; // a bare "the deal" is too often another deal
    const start = T[a]!.start;
    const end = t.end;
    if (mentions.some((m) => m.label === "Treaty" && m.start < end && m.end > start)) continue;
    const ref = referent(named, t.text, start);
    if (!ref) continue;
    added.push({
      tokStart: a,
      tokEnd: i + 1,
      start,
      end,
      sent: t.sent,
      surface: doc.text.slice(start, end),
      label: "Treaty",
      canon: ref.canon,
      kind: "nominal",
    });
  }
  if (added.length === 0) return mentions;
  const inside = (m: Mention): boolean => added.some((d) => m.start >= d.start && m.end <= d.end);
  return [...mentions.filter((m) => !inside(m)), ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}
