// Stage 03: entity mentions. A gazetteer pass (states, demonyms, capitals, seats of
// power, outlets, organisations, leaders, places) then capitalised runs typed by heads.
import type { Doc, Mention, Sentence, Token } from "./types.ts";
import { LEX, matchAt } from "./lexicon.ts";
import { isCommonWord } from "./02-tokens.ts";
import { classifyRun, stripSuffix } from "./mention-rules.ts";
import { findRoleBefore } from "./role-titles.ts";
import { treatyDescriptions, unnamedTreaties } from "./treaty-descriptions.ts";
import { bindAcronyms } from "./acronyms.ts";
import { capitalAsPlace } from "./capital-place.ts";

export const isHyphen = (t: Token | undefined): boolean => !!t && t.hyphen;
export const isPoss = (t: Token | undefined): boolean => !!t && t.poss;
const isWord = (t: Token | undefined): boolean => !!t && !t.punct;

function span(doc: Doc, a: number, b: number): string {
  return doc.text.slice(doc.tokens[a]!.start, doc.tokens[b - 1]!.end);
}

/** Gazetteer matches over one sentence's tokens; hyphens are transparent, other punctuation a barrier. */
function gazetteer(doc: Doc, s: Sentence, out: Mention[], seen: Set<string>): void {
  const words: string[] = [];
  const idx: number[] = [];
  for (let i = s.tokStart; i < s.tokEnd; i++) {
    const t = doc.tokens[i]!;
    if (isHyphen(t)) continue;
    words.push(t.punct ? "\u0000" : t.norm);
    idx.push(i);
  }
  for (let w = 0; w < words.length; w++) {
    const first = doc.tokens[idx[w]!]!;
    if (first.punct) continue;
    const m = matchAt(words, w);
    if (!m) continue;
    const [len, e] = m;
    const a = idx[w]!;
    if (!first.cap && !ownedBody(doc, out, seen, a, len, e.label, e.canon)) continue;
    const b = idx[w + len - 1]! + 1;
    if (e.upper && doc.tokens.slice(a, b).some((t) => t.text !== t.text.toUpperCase())) continue;
    if (len === 1 && !e.upper && first.text === first.text.toUpperCase() && first.text.length > 3 && s.headline)
      continue;
    out.push({
      tokStart: a,
      tokEnd: b,
      start: doc.tokens[a]!.start,
      end: doc.tokens[b - 1]!.end,
      sent: first.sent,
      surface: span(doc, a, b),
      label: e.label,
      canon: e.canon,
      kind: e.kind,
      needsFull: e.needsFull,
    });
    w += len - 1;
  }
}

/** A lower-case body name from the gazetteer owned by a state ("Britain's foreign office", "the Russian
 * foreign office") or named again after the article introduced it ("the foreign office said"). */
function ownedBody(doc: Doc, out: Mention[], seen: Set<string>, a: number, len: number, label: string, canon: string) {
  if (label !== "Institution" || len < 2) return false;
  const T = doc.tokens;
  const p = T[a - 1]?.poss ? a - 1 : a;
  if (out.some((o) => o.label === "State" && o.tokEnd === p)) return true;
  return T[a - 1]?.norm === "the" && seen.has(canon);
}

/** Capitalised runs: cap words joined by hyphens and lower-case connectors followed by a cap word. */
function runs(doc: Doc, s: Sentence, covered: Map<number, Mention>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const T = doc.tokens;
  let i = s.tokStart;
  while (i < s.tokEnd) {
    const t = T[i]!;
    if (!t.cap || t.punct || LEX.stopCaps.has(t.text)) {
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < s.tokEnd) {
      const n = T[j]!;
      if (n.cap && !n.punct && !LEX.stopCaps.has(n.text)) {
        last = j++;
        continue;
      }
      const h = T[j + 1];
      // "Tigray People's Liberation Front": a possessive inside a name
      if (n.poss && LEX.possessiveInName.has(T[j - 1]!.text) && j + 1 < s.tokEnd && h!.cap && !h!.punct) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "United Nations Interim Force in Lebanon", "Integrated Office in Haiti": a body's seat in its name,
      // a country; a city after it is where the body is ("Contships Management in Athens")
      if (
        n.text === "in" &&
        LEX.instHeads.has(T[j - 1]!.text) &&
        j - 1 > i &&
        j + 1 < s.tokEnd &&
        h!.cap &&
        !h!.punct &&
        covered.get(j + 1)?.kind !== "capital"
      ) {
        last = j + 1;
        j += 2;
        continue;
      }
      // "Kim Jong-un" joins; "IRGC-affiliated Fars", "Liberia-flagged" end the name at the hyphen
      const modifier = !!h && !h.cap && LEX.hyphenModifiers.has(h.norm);
      if (
        isHyphen(n) &&
        j + 1 < s.tokEnd &&
        isWord(h) &&
        !modifier &&
        n.start === T[j - 1]!.end &&
        h!.start === n.end
      ) {
        last = j + 1;
        j += 2;
        continue;
      }
      if (LEX.connectors.has(n.text) && n.text !== "and" && n.text !== "&") {
        let k = j;
        while (k < s.tokEnd && (LEX.connectors.has(T[k]!.text) || (isHyphen(T[k]) && T[k]!.start === T[k - 1]!.end)))
          k++;
        if (k < s.tokEnd && k - j <= 3 && T[k]!.cap && !T[k]!.punct && !LEX.stopCaps.has(T[k]!.text)) {
          j = k;
          continue;
        }
      }
      break;
    }
    out.push([i, last + 1]);
    i = last + 1;
  }
  return out;
}

export function findMentions(doc: Doc): Doc {
  const mentions: Mention[] = [];
  const loose: number[] = [];
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    const gaz: Mention[] = [];
    gazetteer(doc, s, gaz, seen);
    for (const m of gaz) seen.add(m.canon);
    const covered = new Map<number, Mention>();
    for (const m of gaz) for (let k = m.tokStart; k < m.tokEnd; k++) covered.set(k, m);
    const extra: Mention[] = [];
    for (const [a, b] of runs(doc, s, covered)) classifyRun(doc, s, a, b, gaz, covered, extra, loose);
    // "Minister of Foreign Affairs": a portfolio, not the magazine
    const portfolio = (m: Mention): boolean =>
      m.label === "Outlet" &&
      doc.tokens[m.tokStart - 1]?.norm === "of" &&
      LEX.outletNotAfterOf.has(doc.tokens[m.tokStart - 2]?.norm ?? "");
    // one push per mention: a spread of an unbounded array overflows the stack (120k mentions in a sentence)
    for (const m of gaz) if (!portfolio(m)) mentions.push(m);
    for (const m of extra) mentions.push(m);
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const bound = bindAcronyms(doc, mentions);
  markContext(doc, bound);
  doc = { ...doc, mentions: bound };
  const taken = new Set(bound.map((m) => m.tokStart));
  const rest = looseMentions(doc, loose).filter((m) => !taken.has(m.tokStart));
  const all = [...bound, ...rest].sort((x, y) => x.start - y.start || y.end - x.end);
  return { ...doc, mentions: treatyDescriptions(doc, unnamedTreaties(doc, all)) };
}

/** Capital-as-place, possessives, non-actor heads ("North Korea experts") and role titles before persons. */
function markContext(doc: Doc, ms: Mention[]): void {
  const T = doc.tokens;
  const byStart = new Map<number, Mention[]>();
  for (const m of ms) byStart.set(m.tokStart, [...(byStart.get(m.tokStart) ?? []), m]);
  /** the first mention starting at token j that is (still) a State */
  const stateAt = (j: number): Mention | undefined => byStart.get(j)?.find((x) => x.label === "State");
  ms.forEach((m, mi) => {
    m.possessive = isPoss(T[m.tokEnd]);
    // "U.S. Central Command": a state name right before a body's name qualifies it, and is no actor itself
    const lead = ms[mi - 1];
    if (
      m.label === "Institution" &&
      m.kind === "name" &&
      lead &&
      lead.tokEnd === m.tokStart &&
      lead.label === "State" &&
      (lead.kind === "abbr" || lead.kind === "name") &&
      !isPoss(T[lead.tokEnd]) &&
      lead.sent === m.sent
    ) {
      lead.nested = true;
      m.extraAliases = [...(m.extraAliases ?? []), doc.text.slice(lead.start, m.end)];
    }
    // "IRGC-affiliated Fars", "Houthi-controlled Yemen": a name that only modifies the next word is no actor
    const after = T[m.tokEnd + 1];
    if (isHyphen(T[m.tokEnd]) && after && after.sent === m.sent && !after.cap && !after.punct) m.notActor = true;
    // "Fars news agency": the bare name is an alias of the outlet too
    if (m.label === "Outlet") {
      const bare = stripSuffix(m.surface, LEX.outletGenericSuffixes);
      if (bare !== m.surface) m.extraAliases = [...(m.extraAliases ?? []), bare];
    }
    if (m.kind === "capital") {
      const p1 = T[m.tokStart - 1];
      const p2 = T[m.tokStart - 2];
      if (
        (p1 &&
          p1.sent === m.sent &&
          (LEX.capitalPlaceCues.has(p1.norm) ||
            (LEX.locPreps.has(p1.norm) && p2 && LEX.capitalPlaceCues.has(p2.norm)))) ||
        capitalAsPlace(doc, m)
      ) {
        m.label = "Place";
        m.canon = m.surface;
      }
    }
    if (m.label === "State" && !m.nested) {
      let j = m.tokEnd + (m.possessive ? 1 : 0);
      while (j < T.length && T[j]!.sent === m.sent && (T[j]!.pos === "ADJ" || T[j]!.pos === "CCONJ" || !!stateAt(j))) {
        const o = stateAt(j);
        j = o ? o.tokEnd : j + 1;
      }
      let head: Token | undefined;
      while (j < T.length && T[j]!.sent === m.sent && (T[j]!.pos === "NOUN" || T[j]!.norm === "military"))
        head = T[j++];
      if (head && LEX.notActorHeads.has(head.norm) && !m.possessive) m.notActor = true;
      if (m.kind === "demonym" && (!head || !LEX.actorHeads.has(head.norm))) m.notActor = true;
    }
    if (m.label === "Person" && m.role === undefined) findRoleBefore(doc, ms, mi);
  });
}

/** Single capitalised words left over: kept for the resolver (surnames, places after a locative cue). */
function looseMentions(doc: Doc, loose: number[]): Mention[] {
  const out: Mention[] = [];
  for (const i of loose) {
    const t = doc.tokens[i]!;
    if (t.norm.length < 2 || /[0-9]/.test(t.norm) || doc.sentences[t.sent]!.headline) continue;
    const prev = doc.tokens[i - 1];
    const prev2 = doc.tokens[i - 2];
    const locCue =
      !!prev &&
      prev.sent === t.sent &&
      (LEX.locVerbs.has(prev.norm) ||
        LEX.placeBefore.has(prev.norm) ||
        (prev.norm === "of" && !!prev2 && (LEX.locVerbs.has(prev2.norm) || LEX.placeNounsBeforeOf.has(prev2.norm))) ||
        LEX.genericPlaceNouns.has(doc.tokens[i + 1]?.text ?? ""));
    // a dateline: "ERBIL, Kurdistan Region - ...", "PRISTINA, Kosovo (AP) -"
    const dateline =
      i === doc.sentences[t.sent]!.tokStart &&
      t.text.length >= 3 &&
      t.text === t.text.toUpperCase() &&
      /^[,/]$/.test(doc.tokens[i + 1]?.text ?? "");
    if (dateline) {
      const canon = t.text[0] + t.text.slice(1).toLowerCase();
      out.push({
        tokStart: i,
        tokEnd: i + 1,
        start: t.start,
        end: t.end,
        sent: t.sent,
        surface: t.text,
        label: "Place",
        canon,
        kind: "name",
      });
      continue;
    }
    const common = isCommonWord(t.text);
    out.push({
      tokStart: i,
      tokEnd: i + 1,
      start: t.start,
      end: t.end,
      sent: t.sent,
      surface: t.text,
      label: locCue && !common ? "Place" : "Person",
      canon: t.text,
      kind: "short",
      needsFull: !(locCue && !common),
      possessive: isPoss(doc.tokens[i + 1]),
    });
  }
  return out;
}
