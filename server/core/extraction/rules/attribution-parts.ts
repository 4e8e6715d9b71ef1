// Attribution helpers: multiword cue phrases, negation before a verb, and the speaker of a sentence-final
// attribution after a quotation ("...,” X, a spokeswoman for Y, said at a briefing").
import type { ClaimType, EntityLabel } from "../../model/index.ts";
import { LEX } from "../lexicon.ts";
import { matchRole } from "../role-titles.ts";
import type { Mention } from "../types.ts";
import { actorsIn, isSpacedDash, phraseEnd, type Ctx } from "../context.ts";
import type { RuleSpec } from "./rule.ts";

/** End of the first listed cue phrase that starts at token i, or -1. */
export function phraseAt(c: Ctx, i: number, end: number, phrases: string[][]): number {
  return phraseEnd(c, i, end, phrases, true);
}

export const negatedBetween = (c: Ctx, a: number, b: number): boolean =>
  c.T.slice(a, b).some((t) => LEX.negations.has(t.norm));

/** After the cue, only a short adjunct to the sentence end ("at a news briefing", "in televised comments"). */
export function adjunctTail(c: Ctx, a: number, end: number): boolean {
  const rest = c.T.slice(a, end).filter((t) => !t.punct);
  if (!rest.length || rest.length > 6) return false;
  if (rest[0]!.pos !== "ADP" && !LEX.notActorHeads.has(rest[0]!.norm)) return false;
  return !rest.some((t) => t.pos === "VERB" || t.pos === "AUX" || t.norm === "that");
}

const APPOSITION_OPENERS = LEX.appositionOpeners;

/** The speaker of a final attribution whose verb follows an apposition ("X, a spokeswoman for Y, said",
 * "X, whose country ..., said"): the chunk before the apposition; returns its start and actors. */
export function speakerBefore(
  c: Ctx,
  k: number,
  v: number,
): [number, Array<{ id: string; label: EntityLabel }>] | undefined {
  const T = c.T;
  const s0 = c.doc.sentences[k]!.tokStart;
  let b = v;
  // "was quoted as saying"
  while (b > s0 && (T[b - 1]!.pos === "AUX" || T[b - 1]!.pos === "ADV" || LEX.quotingFillers.has(T[b - 1]!.norm))) b--;
  const chunkStart = (e: number): number => {
    let a = e;
    while (a > s0 && !/^[,”"]$/.test(T[a - 1]!.text)) a--;
    return a;
  };
  let e = T[b - 1]?.text === "," ? b - 1 : b;
  let a = chunkStart(e);
  if (e !== b && (APPOSITION_OPENERS.has(T[a]?.norm ?? "") || matchRole(T, a, e) > 0) && T[a - 1]?.text === ",") {
    e = a - 1;
    a = chunkStart(e);
  }
  if (a <= s0 + 1 || e - a > 8) return undefined;
  const sources = actorsIn(c, k, a, e);
  return sources.length ? [a, sources] : undefined;
}

export const claimType = (label: EntityLabel, report: boolean): ClaimType =>
  label === "Outlet" || (label === "Institution" && report) ? "REPORTED" : "SAID";

export const spanText = (c: Ctx, [a, b]: [number, number]): string =>
  a < b && c.T[a] && c.T[b - 1] ? c.doc.text.slice(c.T[a]!.start, c.T[b - 1]!.end) : "";

/** First token after a sentence's dateline ("MANILA, June 18 (Asahi Shimbun) - ..."), else its first token: the
 * place, date and agency of the dateline are no part of what the sentence states. */
export function afterDateline(c: Ctx, k: number): number {
  const s = c.doc.sentences[k]!;
  const first = c.T[s.tokStart]!;
  const caps = first.text.length >= 3 && first.text === first.text.toUpperCase() && /\p{L}/u.test(first.text);
  if (!caps || !/^[,/]$/.test(c.T[s.tokStart + 1]?.text ?? "")) return s.tokStart;
  for (let j = s.tokStart + 2; j < Math.min(s.tokEnd, s.tokStart + 14); j++) if (isSpacedDash(c, j)) return j + 1;
  return s.tokStart;
}

/** True when one of the phrases occurs inside the token range [a, b). */
export function anyPhrase(c: Ctx, [a, b]: [number, number], phrases: readonly string[][]): boolean {
  for (let i = a; i < b; i++) if (phraseEnd(c, i, b, phrases) > 0) return true;
  return false;
}

const VENUE_NP = new Set(["DET", "ADJ", "NOUN", "NUM"]);

/** "X told a media briefing in Beijing", "said in Kyiv": the place where the words were spoken is no
 * target; only a short lower-case addressee may stand between the cue (ending at exclude[1]) and "in/at". */
export function isVenue(c: Ctx, m: Mention, exclude: [number, number] | undefined): boolean {
  if (!exclude || m.label !== "Place") return false;
  const p = m.tokStart - 1;
  if (!LEX.venuePreps.has(c.T[p]?.norm ?? "") || p < exclude[1] || p - exclude[1] > 4) return false;
  return c.T.slice(exclude[1], p).every((t) => VENUE_NP.has(t.pos) && !t.cap);
}

export interface Attribution {
  sent: number;
  sources: Array<{ id: string; label: EntityLabel }>;
  /** token range whose mentions are the targets */
  targets: [number, number];
  exclude: [number, number];
  reportVerb: boolean;
  rule: RuleSpec;
  /** "X quoted Y": the quoted person speaks the following quotation */
  quoted?: Mention;
  /** extra target ids (the speaker, for the outlet a statement was told to) */
  also?: string[];
}

/** "said on its Telegram channel", "in a statement carried by WAM", "told the BBC": the outlet that carried
 * the words is how they were said, not what they are about. */
export function isChannel(c: Ctx, m: Mention): boolean {
  if (m.label !== "Outlet") return false;
  let p = m.tokStart - 1;
  while (p >= 0 && (c.T[p]!.pos === "DET" || LEX.ownerPronouns.has(c.T[p]!.norm) || c.T[p]!.pos === "ADJ")) p--;
  const w = c.T[p]?.norm ?? "";
  return LEX.channelPreps.has(w) || LEX.tellVerbs.has(w);
}
