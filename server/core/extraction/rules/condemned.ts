// CONDEMNED: condemn/denounce/sanction/accuse verbs and phrases with their subject and object
// ("the EU condemned the escalation", "Britain sanctioned X", "lodged a protest with X").
import type { Token } from "../types.ts";
import type { Polarity } from "../../model/index.ts";
import { LEX } from "../lexicon.ts";
import { actorsIn, hedged, idOf, mainSubject, modality, phraseEnd, subjectSpan, within, type Ctx } from "../context.ts";
import { findAttributions } from "./said-reported.ts";
import { rulesOf, specs, type Doubt, type Hit, type RuleSpec } from "./rule.ts";

const R = specs({
  condemnVerb: ["condemn-verb", "CONDEMNED", 0.7],
  condemnPhrase: ["condemn-phrase", "CONDEMNED", 0.7],
  demandStop: ["demand-stop", "CONDEMNED", 0.7],
  condemnNoun: ["condemn-noun", "CONDEMNED", 0.6],
  condemningWords: ["condemning-words", "CONDEMNED", 0.5],
});

const OBJ_POS = new Set(["DET", "ADJ", "PROPN", "NOUN", "CCONJ", "NUM", "PART"]);
const QUOTE = /^["“”‘’']$/;
const isPoss = (t: Token | undefined): boolean => !!t && t.apos;

/** End of the object noun phrase from token i: nouns, modifiers, possessives and "of/by/from" attachments. */
function objectEnd(c: Ctx, i: number, end: number): number {
  const T = c.T;
  let e = i;
  while (
    e < end &&
    (OBJ_POS.has(T[e]!.pos) ||
      T[e]!.text === "," ||
      QUOTE.test(T[e]!.text) ||
      isPoss(T[e]) ||
      (LEX.objectPreps.has(T[e]!.norm) && e > i && e + 1 < end && OBJ_POS.has(T[e + 1]!.pos) && !isGerund(T[e + 1]!)))
  )
    e++;
  return e;
}

/** "accused X of arming Y", "blamed X for attacking Y": the act after the preposition is no part of the
 * object (its own object is the victim, not the accused). */
const isGerund = (t: Token): boolean => !t.cap && t.norm.length > 4 && t.norm.endsWith("ing");

/** Targets of the object [a,b): the agent after "by" when there is one ("the assault by X on Y" is X). */
function objectTargets(c: Ctx, k: number, a: number, b: number): string[] {
  for (let i = a; i < b; i++)
    if (LEX.agentPreps.has(c.T[i]!.norm)) {
      let e = i + 1;
      while (e < b && !LEX.objectPreps.has(c.T[e]!.norm)) e++;
      const agents = within(c, k, i + 1, e);
      if (agents.length) return agents.map(idOf);
    }
  // "accused TPLF chairman X": the owner of the accused person's title is not accused
  const ms = within(c, k, a, b);
  const owners = new Set(ms.flatMap((m) => (m.label === "Person" && m.affiliation?.ids ? m.affiliation.ids : [])));
  return ms.map(idOf).filter((id) => !owners.has(id));
}

function push(c: Ctx, out: Hit[], spec: RuleSpec, k: number, a: number, v: number, b: number, targets: string[]): void {
  const sources = actorsIn(c, k, a, b);
  if (!sources.length || !targets.length) return;
  const doubts: Doubt[] = hedged(c, k) ? ["hedged"] : [];
  const polarity = verbPolarity(c, a, v);
  for (const src of sources)
    for (const target of new Set(targets)) out.push({ spec, source: src.id, target, sent: k, doubts, polarity });
}

/** Polarity of the verb at v with its subject from a: a negation or hedge from the subject on ("Neither X nor Y
 * condemned", "X did not condemn"), but not one in an earlier coordinated clause ("X warned Y would not
 * return and accused Z"): the scan starts after the last conjunction or comma that follows a verb. */
function verbPolarity(c: Ctx, a: number, v: number): Polarity {
  const T = c.T;
  let from = a;
  let verbSeen = false;
  for (let i = a; i < v; i++) {
    const t = T[i]!;
    if (verbSeen && (t.pos === "CCONJ" || t.pos === "SCONJ" || t.text === ",")) from = i + 1;
    if (t.pos === "VERB") verbSeen = true;
  }
  return modality(c, from, v);
}

/** "...,” X said: "this reckless behaviour by the Houthis"": a statement calling an actor's doing
 * unacceptable condemns the actors just before the word or after "by" right behind it. */
function condemningWords(c: Ctx, k: number, out: Hit[]): void {
  const T = c.T;
  for (const att of findAttributions(c, k)) {
    const [a, b] = att.targets;
    for (let x = a; x < b; x++) {
      if (!LEX.condemnAdjectives.has(T[x]!.norm)) continue;
      const near = within(c, k, Math.max(a, x - 16), b).filter(
        (m) =>
          (m.label === "State" || m.label === "Institution") &&
          (m.tokEnd <= x || (m.tokStart <= x + 6 && LEX.agentPreps.has(T[m.tokStart - 1]?.norm ?? ""))) &&
          (m.tokEnd <= att.exclude[0] || m.tokStart >= att.exclude[1]),
      );
      const doubts: Doubt[] = hedged(c, k) ? ["hedged"] : [];
      for (const src of att.sources.filter((x) => x.label !== "Outlet"))
        for (const m of near)
          if (idOf(m) !== src.id)
            out.push({ spec: R.condemningWords, source: src.id, target: idOf(m), sent: k, doubts });
      break;
    }
  }
}

function scan(c: Ctx, out: Hit[]): void {
  const T = c.T;
  c.doc.sentences.forEach((s, k) => {
    condemningWords(c, k, out);
    const end = s.tokEnd;
    for (let v = s.tokStart; v < end; v++) {
      const t = T[v]!;
      // "called on / urged X to stop|release|withdraw ..."
      const d = phraseEnd(c, v, end, LEX.demandPhrases);
      if (d > 0) {
        let to = d;
        while (to < end && to < d + 8 && T[to]!.norm !== "to") to++;
        if (T[to]?.norm === "to" && LEX.demandStopVerbs.has(T[to + 1]?.norm ?? ""))
          push(c, out, R.demandStop, k, ...subjectSpanAt(c, v), within(c, k, d, to).map(idOf));
        continue;
      }
      const p = phraseEnd(c, v, end, LEX.condemnPhrases);
      // "the two sanctioned FSB hackers": a participle after a determiner or a number modifies a noun
      const attributive = T[v - 1]?.pos === "DET" || T[v - 1]?.pos === "NUM";
      const verb = p < 0 && t.pos === "VERB" && LEX.condemn.has(t.norm) && !attributive;
      if (p > 0 || verb) {
        let o = p > 0 ? p : v + 1;
        if (verb && LEX.blamePreps.has(T[o]?.norm ?? "")) o++; // "an attack he blamed on X"
        push(
          c,
          out,
          p > 0 ? R.condemnPhrase : R.condemnVerb,
          k,
          ...subjectSpanAt(c, v),
          objectTargets(c, k, o, objectEnd(c, o, end)),
        );
        continue;
      }
      // "the EU's condemnation of X", "US sanctions on X"
      if (LEX.condemnNouns.has(t.norm) && t.pos === "NOUN" && LEX.condemnNounPreps.has(T[v + 1]?.norm ?? "")) {
        let q = v;
        if (isPoss(T[q - 1])) q--;
        const owner = (c.bySent[k] ?? []).find((m) => m.tokEnd === q);
        if (!owner) continue;
        const o = v + 2;
        push(c, out, R.condemnNoun, k, owner.tokStart, v, owner.tokEnd, objectTargets(c, k, o, objectEnd(c, o, end)));
      }
    }
  });
}

/** [subject start, verb, subject end] for the verb at v: its own subject, else, for a verb with none, the
 * clause it hangs on: "X went further, accusing Y" and "X warned ... and accused Y" (the main subject),
 * "X, which has sanctioned Y" (the antecedent of the relative pronoun). */
function subjectSpanAt(c: Ctx, v: number): [number, number, number] {
  const T = c.T;
  const k = T[v]!.sent;
  const [a, b] = subjectSpan(c, v);
  if (actorsIn(c, k, a, b).length) return [a, v, b];
  const s0 = c.doc.sentences[k]!.tokStart;
  let j = v - 1;
  while (j > s0 && (T[j]!.pos === "AUX" || T[j]!.pos === "ADV" || T[j]!.pos === "PART")) j--;
  const participle = T[j]?.text === "," && T[v]!.norm.endsWith("ing");
  if (j > s0 && (participle || LEX.coordinators.has(T[j]!.norm))) {
    const [ma, mb] = mainSubject(c, k, v);
    return [ma, mb, Math.min(mb, j)];
  }
  if (j - 1 > s0 && LEX.relativePronouns.has(T[j]!.norm) && T[j - 1]!.text === ",") {
    const ante = (c.bySent[k] ?? []).find((m) => m.tokEnd === j - 1);
    if (ante) return [ante.tokStart, v, ante.tokEnd];
  }
  return [a, v, b];
}

export const CONDEMNED_RULES = rulesOf(R, scan);
