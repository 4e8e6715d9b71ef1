// DEPLOYED: troops of a state located or sent somewhere ("8,000 North Korean soldiers are
// stationed in Russia's Kursk region", "Russia deployed troops to X"), with the troop count.
import type { Mention } from "../types.ts";
import { LEX } from "../lexicon.ts";
import { matchRole } from "../role-titles.ts";
import { hedged, idOf, modality, subjectSpan, within, type Ctx } from "../context.ts";
import { rulesOf, specs, type Doubt, type Hit } from "./rule.ts";

const R = specs({
  troopsLocated: ["troops-located", "DEPLOYED", 0.55],
  deployVerb: ["deploy-verb", "DEPLOYED", 0.8],
  operation: ["military-operation", "DEPLOYED", 0.7],
});

const CHAIN = new Set(["ADJ", "NUM", "CCONJ", "PART"]);

/** State/institution mentions pre-modifying the troop noun at t, and a count if given. */
function troopOwners(c: Ctx, k: number, t: number): [Mention[], string | undefined, number] {
  const T = c.T;
  const ms = c.bySent[k] ?? [];
  const owners: Mention[] = [];
  let count: string | undefined;
  let j = t - 1;
  const stop = c.doc.sentences[k]!.tokStart;
  while (j >= stop) {
    const m = ms.find((x) => x.tokEnd === j + 1 && (x.label === "State" || x.label === "Institution"));
    if (m) {
      owners.push(m);
      j = m.tokStart - 1;
      continue;
    }
    const tok = T[j]!;
    if (CHAIN.has(tok.pos) || tok.text === "," || LEX.troopModifiers.has(tok.norm) || tok.apos) {
      if (tok.pos === "NUM" && /[0-9]/.test(tok.text) && !count) count = tok.text;
      j--;
      continue;
    }
    break;
  }
  // an institution named by the troop noun itself ("810th Marine Infantry Brigade")
  const inst = ms.find((x) => x.label === "Institution" && x.tokEnd === t + 1);
  if (inst) owners.push(inst);
  // "soldiers from the DPRK" / "troops of X" / "the first contingent of the Multinational Security Support"
  if (!owners.length && LEX.troopOriginPreps.has(T[t + 1]?.norm ?? "")) {
    const m = ms.find(
      (x) =>
        (x.label === "State" || (x.label === "Institution" && T[t + 2]?.pos === "DET")) &&
        x.tokStart >= t + 2 &&
        x.tokStart <= t + 3,
    );
    if (m) owners.push(m);
  }
  // "Eritrea ... and its troops' presence in Tigray": the owner pronoun takes the nearest state before it
  if (!owners.length && j >= stop && LEX.ownerPronouns.has(T[j]!.norm)) {
    const m = ms.filter((x) => x.label === "State" && x.tokEnd <= j && !x.nested && !x.possessive).pop();
    // the statement's mood is that of the pronoun's clause ("was not a party ..., and its troops' presence")
    if (m) return [[m], count, j];
  }
  return [owners, count, c.doc.sentences[k]!.tokStart];
}

/** Place/State mentions after token t introduced by a locative preposition or verb, before any blocker. */
function locations(c: Ctx, k: number, t: number, owners: Mention[]): Mention[] {
  const T = c.T;
  const end = Math.min(c.doc.sentences[k]!.tokEnd, t + 22);
  const out: Mention[] = [];
  const ms = within(c, k, t + 1, end).filter((m) => m.label === "Place" || m.label === "State");
  for (let i = t + 1; i < end; i++) {
    const tok = T[i]!;
    if (LEX.deployBlockers.has(tok.norm) || /^[;:—–]$/.test(tok.text) || LEX.clauseBreaks.has(tok.norm)) break;
    if (out.length && (tok.pos === "VERB" || tok.pos === "AUX")) break;
    if (tok.pos === "VERB" && (LEX.said.has(tok.norm) || LEX.reported.has(tok.norm) || LEX.condemn.has(tok.norm)))
      break;
    const m = ms.find((x) => x.tokStart === i);
    if (!m) continue;
    if (owners.some((o) => idOf(o) === idOf(m))) continue;
    if (m.possessive && LEX.behalfNouns.has(T[m.tokEnd + 1]?.norm ?? "")) continue;
    let p = i - 1;
    while (
      p > t &&
      (T[p]!.pos === "DET" ||
        T[p]!.pos === "ADJ" ||
        (T[p]!.pos === "NOUN" && !T[p]!.cap && p > t + 1 && T[p - 1]!.pos === "DET") ||
        T[p]!.apos ||
        out.some((o) => o.tokEnd === p + 1))
    ) {
      const o = out.find((x) => x.tokEnd === p + 1);
      p = o ? o.tokStart - 1 : p - 1;
    }
    const pw = T[p]?.norm ?? "";
    // "an ambush near Kidal", "massed near the border": nearness is no presence
    if (LEX.proximityPreps.has(pw)) {
      i = m.tokEnd - 1;
      continue;
    }
    if (LEX.locPreps.has(pw) || LEX.locVerbs.has(pw) || (pw === "of" && LEX.locVerbs.has(T[p - 1]?.norm ?? "")))
      out.push(m);
    i = m.tokEnd - 1;
  }
  return out;
}

/** The troop noun at t heads its phrase ("troops", not "troop movements"), and no role follows it. */
function isTroopHead(c: Ctx, k: number, t: number, end: number): boolean {
  const next = c.T[t + 1];
  if (next && next.sent === k && (next.pos === "NOUN" || next.pos === "PROPN") && !LEX.troopNouns.has(next.norm))
    return false;
  return matchRole(c.T, t + 1, end) < 0;
}

function scan(c: Ctx, out: Hit[]): void {
  c.doc.sentences.forEach((s, k) => {
    const doubts: Doubt[] = hedged(c, k) ? ["hedged"] : [];
    for (let t = s.tokStart; t < s.tokEnd; t++) {
      const tok = c.T[t]!;
      if (
        LEX.troopNouns.has(tok.norm) &&
        (tok.pos === "NOUN" || tok.pos === "PROPN") &&
        isTroopHead(c, k, t, s.tokEnd)
      ) {
        const [owners, count, clause] = troopOwners(c, k, t);
        if (!owners.length) continue;
        for (const o of owners)
          for (const m of locations(c, k, t, owners)) {
            out.push({
              spec: R.troopsLocated,
              source: idOf(o),
              target: idOf(m),
              sent: k,
              doubts,
              count,
              polarity: modality(c, clause, t),
            });
          }
      } else if (LEX.operationVerbs.has(tok.norm) && tok.pos === "VERB") {
        // "Azerbaijan launched a military operation in X", "the PLA held drills around X"
        let n = t + 1;
        while (n < s.tokEnd && n <= t + 5 && !LEX.operationNouns.has(c.T[n]!.norm)) n++;
        if (n >= s.tokEnd || n > t + 5) continue;
        const [a, b] = subjectSpan(c, t);
        const owners = within(c, k, a, b).filter(
          (m) => (m.label === "State" || m.label === "Institution") && !m.nested,
        );
        const polarity = modality(c, a, t);
        for (const o of owners)
          for (const m of locations(c, k, n, owners))
            out.push({ spec: R.operation, source: idOf(o), target: idOf(m), sent: k, doubts, polarity });
      } else if (LEX.deploy.has(tok.norm) && tok.pos === "VERB") {
        const [a, b] = subjectSpan(c, t);
        const polarity = modality(c, a, t);
        const owners = within(c, k, a, b).filter(
          (m) => (m.label === "State" || m.label === "Institution") && !m.nested,
        );
        if (!owners.length) continue;
        const hasTroops = c.T.slice(t + 1, Math.min(s.tokEnd, t + 8)).some((x) => LEX.troopNouns.has(x.norm));
        if (!hasTroops && !LEX.stationVerbs.has(tok.norm)) continue;
        for (const o of owners)
          for (const m of locations(c, k, t, owners))
            out.push({ spec: R.deployVerb, source: idOf(o), target: idOf(m), sent: k, doubts, polarity });
      }
    }
  });
}

export const DEPLOYED_RULES = rulesOf(R, scan);
