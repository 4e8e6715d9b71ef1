// Cue matching over the token stream: multiword lexicon phrases ("lodged a * protest with") and the
// polarity (negation, hypothetical) of a claim's clause.
import type { Polarity } from "../model/index.ts";
import { LEX } from "./lexicon.ts";
import type { Ctx } from "./types.ts";

/** Polarity of a claim whose subject starts at a and whose verb is at v: a negation between them denies
 * it ("neither X nor Y confirmed"), a modal or hypothetical cue makes it hypothetical ("could deploy"). */
export function modality(c: Ctx, a: number, v: number): Polarity {
  let hypo = false;
  for (let i = a; i < v; i++) {
    const n = c.T[i]!.norm;
    if (LEX.negations.has(n)) return "denied";
    if (LEX.hypotheticals.has(n)) hypo = true;
  }
  return hypo ? "hypothetical" : "asserted";
}

const FIRST_WORDS = new WeakMap<readonly string[][], Set<string>>();

/** End token of the phrase (token norms, "*" one optional ADJ/DET) that starts at token i, or -1: of the
 * longest phrase that matches, or with `first` of the first one in the list. */
export function phraseEnd(c: Ctx, i: number, end: number, phrases: readonly string[][], first = false): number {
  let firsts = FIRST_WORDS.get(phrases);
  if (!firsts) FIRST_WORDS.set(phrases, (firsts = new Set(phrases.map((p) => p[0]!))));
  if (!firsts.has(c.T[i]!.norm)) return -1;
  let best = -1;
  for (const p of phrases) {
    let k = i;
    let ok = true;
    for (const w of p) {
      if (w === "*") {
        if (k < end && (c.T[k]!.pos === "ADJ" || c.T[k]!.pos === "DET")) k++;
        continue;
      }
      if (k >= end || c.T[k]!.norm !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok && first) return k;
    if (ok && k > best) best = k;
  }
  return best;
}
