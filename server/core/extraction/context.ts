// Shared helpers for the relation rules: mentions per sentence, actor tests, subject
// noun phrases, and coreference of pronouns and nominals ("this newspaper", "both sides").
import type { EntityLabel } from "../model/index.ts";
import type { Ctx, Doc, Mention, Token } from "./types.ts";
import { LEX } from "./lexicon.ts";

export type { Ctx };

export function makeCtx(doc: Doc): Ctx {
  const bySent: Mention[][] = doc.sentences.map(() => []);
  for (const m of doc.mentions) if (m.ids?.length) bySent[m.sent]?.push(m);
  const hedges = doc.sentences.map((s) => {
    for (let i = s.tokStart; i < s.tokEnd; i++) if (LEX.hedges.has(doc.tokens[i]!.norm)) return true;
    return false;
  });
  return { doc, T: doc.tokens, bySent, hedges };
}

const ACTORS = new Set<EntityLabel>(["Person", "State", "Institution", "Outlet"]);
export const isActor = (m: Mention): boolean => ACTORS.has(m.label) && !m.nested && !m.notActor;
export const idOf = (m: Mention): string => m.ids![0]!;

/** Mentions of sentence k whose tokens lie in [a,b). */
export function within(c: Ctx, k: number, a: number, b: number): Mention[] {
  return (c.bySent[k] ?? []).filter((m) => m.tokStart >= a && m.tokEnd <= b);
}

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM", "CCONJ", "PART", "PRON"]);
const SKIP_BEFORE_VERB = new Set(["ADV", "AUX", "PART"]);

/** Drops a leading partial segment and intro phrases ("In January,", "In her talks with X,") from [a,v). */
function trimIntro(T: Token[], a: number, v: number, partial: boolean): number {
  const segs: number[] = [a];
  for (let i = a; i < v; i++) if (T[i]!.text === ",") segs.push(i + 1);
  let k = partial ? 1 : 0;
  while (k < segs.length - 1 && /^(ADP|SCONJ|ADV)$/.test(T[segs[k]!]!.pos)) k++;
  if (k < segs.length && /^(ADP|SCONJ|ADV)$/.test(T[segs[k]!]!.pos) && k === segs.length - 1) return v;
  return k < segs.length ? segs[k]! : v;
}

/** Start token of the subject noun phrase that ends right before token v (walking back over commas and appositives). */
export function subjectStart(c: Ctx, v: number): number {
  return subjectSpan(c, v)[0];
}

/** [start,end) of the subject of the verb at v (end is v unless the verb is coordinated). */
export function subjectSpan(c: Ctx, v: number): [number, number] {
  const T = c.T;
  const sentStart = c.doc.sentences[T[v]!.sent]!.tokStart;
  let j = v - 1;
  let aux = false;
  while (
    j >= sentStart &&
    (SKIP_BEFORE_VERB.has(T[j]!.pos) || LEX.hedges.has(T[j]!.norm) || /^["“]$/.test(T[j]!.text)) &&
    !isPossTok(T[j]!)
  ) {
    if (T[j]!.pos === "AUX") aux = true;
    if (T[j]!.norm === "to" && j - 1 >= sentStart && T[j - 1]!.pos === "VERB") return subjectSpan(c, j - 1); // "continues to stress"
    j--;
  }
  // coordinated verb phrase: "X condemned Y's actions and have called on Z" -> subject of the clause
  if (j >= sentStart && T[j]!.pos === "CCONJ" && (aux || T.slice(sentStart, j).some((t) => t.pos === "VERB"))) {
    return mainSubject(c, T[v]!.sent, j);
  }
  const skipTo = skipParenthetical(c, sentStart, j);
  const skipped = skipTo !== j;
  j = skipTo;
  const end = j + 1;
  for (; j >= sentStart; j--) {
    const t = T[j]!;
    if (t.text === ")") {
      // a short parenthetical inside the subject: "the Philippine Coast Guard (PCG) denounced"
      let o = j - 1;
      while (o > sentStart && o > j - 8 && T[o]!.text !== "(" && T[o]!.text !== ")") o--;
      // only an acronym in brackets ("(PCG)"), never a dateline agency ("LONDON (Reuters) -")
      const inner = T.slice(o + 1, j);
      const acronym = inner.length === 1 && inner[0]!.text === inner[0]!.text.toUpperCase() && !inner[0]!.punct;
      if (T[o]!.text === "(" && o > sentStart && acronym) {
        j = o;
        continue;
      }
    }
    if (isSpacedDash(c, j) || t.text === "(" || t.text === ")") break;
    if (t.text === ",") continue;
    if (LEX.relativePronouns.has(t.norm)) break;
    if (t.pos === "PRON" && !LEX.coreferablePronouns.has(t.norm)) break;
    if (
      NP_POS.has(t.pos) ||
      LEX.nounPhrasePreps.has(t.norm) ||
      isPossTok(t) ||
      /^[-‐–()]$/.test(t.text) ||
      (t.cap && !t.punct)
    )
      continue;
    break;
  }
  const a = j + 1;
  if (a >= end) return [v, v];
  const partial = j >= sentStart && T[j]!.text !== ",";
  return [trimIntro(T, a, end, partial && T.slice(a, end).some((t) => t.text === ",")), skipped ? end : v];
}

/** A dash with spaces around it ("MANILA (Asahi) - The Philippines ..."): a dateline or clause barrier. */
export function isSpacedDash(c: Ctx, j: number): boolean {
  const t = c.T[j]!;
  if (!/^[-–—]$/.test(t.text)) return false;
  const txt = c.doc.text;
  return t.text !== "-" || (/\s/.test(txt[t.start - 1] ?? "") && /\s/.test(txt[t.end] ?? ""));
}

/** Skips back over a temporal phrase ("on Tuesday", "last week") and a parenthetical between commas
 * ("Iran, which arms and funds Hezbollah, warned", "The Global Times, citing unnamed experts, said"). */
function skipParenthetical(c: Ctx, sentStart: number, j: number): number {
  const T = c.T;
  if (
    j - 1 >= sentStart &&
    LEX.temporalBefore.has(T[j - 1]!.norm) &&
    (LEX.months.has(T[j]!.norm) || LEX.timeWords.has(T[j]!.norm))
  )
    j -= 2;
  else if (
    j >= sentStart &&
    LEX.timeWords.has(T[j]!.norm) &&
    j - 1 >= sentStart &&
    LEX.relativeTimeModifiers.has(T[j - 1]!.norm)
  )
    j -= 2;
  if (j < sentStart || T[j]!.text !== ",") return j;
  let k = j - 1;
  while (k > sentStart && T[k]!.text !== "," && !/^[;:]$/.test(T[k]!.text)) k--;
  if (k <= sentStart || T[k]!.text !== ",") return j;
  const first = T[k + 1]!;
  const opens = LEX.parentheticalOpeners.has(first.norm);
  return opens ? k - 1 : j;
}

/** Subject of the main clause: from the sentence start (minus intro phrases) to the first verb. */
export function mainSubject(c: Ctx, k: number, limit: number): [number, number] {
  const s = c.doc.sentences[k]!;
  let i = s.tokStart;
  while (i < limit && c.T[i]!.pos !== "VERB" && c.T[i]!.pos !== "AUX" && c.T[i]!.pos !== "ADV") i++;
  return [trimIntro(c.T, s.tokStart, i, false), i];
}

export const isPossTok = (t: Token): boolean => t.apos;

/** True for a mention before the first verb of its sentence (its subject, or a title/apposition of it). */
function isSentenceSubject(c: Ctx, m: Mention): boolean {
  const s = c.doc.sentences[m.sent]!;
  for (let i = s.tokStart; i < m.tokStart; i++) if (c.T[i]!.pos === "VERB") return false;
  return true;
}

/** True for a mention followed by its verb ("ECOWAS reiterated", "ECOWAS has since said"): a clause's subject. */
function beforeVerb(c: Ctx, m: Mention): boolean {
  let j = m.tokEnd;
  while (c.T[j] && c.T[j]!.sent === m.sent && (c.T[j]!.pos === "AUX" || c.T[j]!.pos === "ADV")) j++;
  return c.T[j]?.sent === m.sent && c.T[j]!.pos === "VERB";
}

/** Most recent mentions before (sentence k, token limit) satisfying pred, scanning back a few sentences. */
function recent(c: Ctx, k: number, limit: number, pred: (m: Mention) => boolean, back: number): Mention[] {
  const out: Mention[] = [];
  for (let s = k; s >= 0 && s >= k - back; s--) {
    const ms = (c.bySent[s] ?? []).filter((m) => m.tokEnd <= limit && pred(m));
    for (let i = ms.length - 1; i >= 0; i--) out.push(ms[i]!);
  }
  return out;
}

const PAIR = LEX.groupNominals;
/** outlet nominals ("this newspaper") as token norms, computed once */
const OUTLET_NOMINALS = LEX.outletNominals.map((n) => n.map((w) => w.replace(/[^a-z]/g, "")));
/** first words of every pronoun and nominal corefAt resolves */
const COREF_FIRST = new Set([
  "she",
  "he",
  "it",
  "they",
  ...PAIR.map((p) => p[0]!),
  ...OUTLET_NOMINALS.map((p) => p[0]!),
]);

/** Entity ids a pronoun or nominal at token i refers to, with the token after the phrase; undefined if none. */
export function corefAt(c: Ctx, i: number): [string[], number] | undefined {
  const T = c.T;
  const t = T[i]!;
  if (!COREF_FIRST.has(t.norm)) return undefined;
  const k = t.sent;
  /** true when the token norms from i spell the phrase */
  const at = (p: readonly string[]): boolean => {
    for (let q = 0; q < p.length; q++) if (T[i + q]?.norm !== p[q]) return false;
    return true;
  };
  if (t.norm === "she" || t.norm === "he") {
    // the nearest person who is the subject of their sentence (its first person, before any verb), else
    // the nearest person: "Tykhyi wrote ... arrest Putin ... Ukraine, he said" is Tykhyi
    const ps = recent(c, k, i, (m) => m.label === "Person", 3);
    const p = ps.find((m) => isSentenceSubject(c, m)) ?? ps[0];
    return p ? [[idOf(p)], i + 1] : undefined;
  }
  if (
    t.norm === "it" &&
    t.pos === "PRON" &&
    (T[i + 1]?.pos === "VERB" || (T[i + 1]?.pos === "ADV" && T[i + 2]?.pos === "VERB"))
  ) {
    // "it said": the nearest organisation or state before it (never a ship, product or place)
    const o = recent(c, k, i, (m) => (m.label === "Institution" || m.label === "State") && isActor(m), 2)[0];
    return o ? [[idOf(o)], i + 1] : undefined;
  }
  if (t.norm === "they") {
    for (let s = k - 1; s >= 0 && s >= k - 2; s--) {
      const ms = c.bySent[s] ?? [];
      const ids = [...new Set(ms.filter((m) => m.label === "Person").map(idOf))];
      if (ids.length >= 2) return [ids, i + 1];
      // "ECOWAS reiterated ... . They insisted": a body that is the subject of the sentence just before
      const body =
        s === k - 1 ? ms.find((m) => m.label === "Institution" && isActor(m) && beforeVerb(c, m)) : undefined;
      if (body) return [[idOf(body)], i + 1];
    }
    return undefined;
  }
  for (const p of PAIR) {
    if (!at(p)) continue;
    const ids: string[] = [];
    for (const m of recent(c, k, i, (x) => x.label === "State" && !x.nested, 3)) {
      if (!ids.includes(idOf(m))) ids.push(idOf(m));
      if (ids.length === 2) break;
    }
    return ids.length === 2 ? [ids, i + p.length] : undefined;
  }
  for (const n of OUTLET_NOMINALS) {
    if (!at(n)) continue;
    const o = recent(c, k, i, (m) => m.label === "Outlet", 8)[0];
    return o ? [[idOf(o)], i + n.length] : undefined;
  }
  return undefined;
}

/** Actor entity ids inside the token range [a,b) of sentence k, with pronoun/nominal coreference. */
export function actorsIn(c: Ctx, k: number, a: number, b: number): Array<{ id: string; label: EntityLabel }> {
  const head = c.T.slice(a, b)
    .filter((t) => !t.punct)
    .pop();
  const ms = within(c, k, a, b).filter(
    (m) =>
      isActor(m) &&
      !(
        m.possessive &&
        m.tokEnd < b - 1 &&
        head &&
        !LEX.statementNouns.has(head.norm) &&
        !(m.label === "State" && LEX.actorHeads.has(head.norm))
      ),
  );
  const persons = ms.filter((m) => m.label === "Person");
  const chosen = persons.length ? persons : ms;
  const out = chosen.map((m) => ({ id: idOf(m), label: m.label }));
  if (out.length === 0) {
    for (let i = a; i < b; i++) {
      const r = corefAt(c, i);
      if (!r) continue;
      for (const id of r[0]) {
        const e = c.doc.entities.find((x) => x.id === id);
        if (e) out.push({ id, label: e.label });
      }
      break;
    }
  }
  return out;
}

export function hedged(c: Ctx, k: number): boolean {
  return c.hedges[k] ?? false;
}

export { modality, phraseEnd } from "./cue-match.ts";
