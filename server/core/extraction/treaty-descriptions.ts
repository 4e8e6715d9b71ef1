// Treaty descriptions: a definite lower-case description ("the 1951 treaty", "the defence pact",
// "the Pretoria agreement") is a mention of the named treaty of the article; an unnamed one is a treaty too.
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

/** Start of the determiner-led phrase ending at the noun i ("a November 2 peace accord"), or -1. */
function phraseStart(doc: Doc, i: number, determiners: (norm: string) => boolean): number {
  const T = doc.tokens;
  let j = i - 1;
  while (j >= 0 && i - j <= 6 && T[j]!.sent === T[i]!.sent && !determiners(T[j]!.norm)) {
    const x = T[j]!;
    if (!(MODIFIER_POS.has(x.pos) || x.hyphen || !!T[j - 1]?.hyphen) || x.text === ",") return -1;
    j--;
  }
  return j >= 0 && T[j]!.sent === T[i]!.sent && determiners(T[j]!.norm) ? j : -1;
}

const UNNAMED_FIRST = new Set(LEX.unnamedTreaties.map((p) => p[0]!));

/** An article that names no treaty but describes one ("a November 2 peace accord signed by A and B", "the
 * fragile peace agreement"): the descriptions of unnamedTreaties become Treaty mentions, one treaty for all
 * the descriptions that share their first word, named by the first one. */
export function unnamedTreaties(doc: Doc, mentions: Mention[]): Mention[] {
  if (mentions.some((m) => m.label === "Treaty")) return mentions;
  const T = doc.tokens;
  const det = (n: string): boolean => LEX.treatyDeterminers.has(n) || LEX.indefiniteDeterminers.has(n);
  const canonOf = new Map<string, string>();
  const added: Mention[] = [];
  for (let i = 0; i < T.length; i++) {
    if (!UNNAMED_FIRST.has(T[i]!.norm)) continue;
    for (const p of LEX.unnamedTreaties) {
      if (T[i]!.norm !== p[0] || i + p.length > T.length) continue;
      if (!p.every((w, q) => T[i + q]!.norm === w && T[i + q]!.sent === T[i]!.sent && !T[i + q]!.cap)) continue;
      const last = i + p.length - 1;
      const next = T[last + 1];
      if (next && next.sent === T[i]!.sent && (next.pos === "NOUN" || next.pos === "PROPN") && !next.punct) continue;
      if (phraseStart(doc, i, det) < 0) continue;
      const surface = doc.text.slice(T[i]!.start, T[last]!.end);
      const canon = canonOf.get(p[0]!) ?? surface.toLowerCase();
      canonOf.set(p[0]!, canon);
      const [start, end] = [T[i]!.start, T[last]!.end];
      added.push({
        tokStart: i,
        tokEnd: last + 1,
        start,
        end,
        sent: T[i]!.sent,
        surface,
        label: "Treaty",
        canon,
        kind: "name",
      });
      break;
    }
  }
  if (added.length === 0) return mentions;
  const taken = (m: Mention): boolean => added.some((d) => m.start < d.end && m.end > d.start);
  return [...mentions.filter((m) => !taken(m)), ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}
