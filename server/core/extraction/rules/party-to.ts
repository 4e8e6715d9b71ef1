// PARTY_TO: states and institutions party to a treaty ("the Treaty between A and B", "signed by A and B",
// "A and B signed the Z", "the Z commits A and B").
import type { EntityLabel } from "../../model/index.ts";
import { LEX } from "../lexicon.ts";
import { actorsIn, idOf, subjectSpan, within, type Ctx } from "../context.ts";
import { rulesOf, specs, type Hit, type RuleSpec } from "./rule.ts";

const R = specs({
  treatyBetween: ["treaty-between", "PARTY_TO", 0.85],
  treatySignedBy: ["treaty-signed-by", "PARTY_TO", 0.85],
  signedTogetherWith: ["signed-together-with", "PARTY_TO", 0.8],
  signedTreaty: ["signed-treaty", "PARTY_TO", 0.8],
  signedForOffice: ["signed-for-office", "PARTY_TO", 0.6],
});

const SIGN_VERBS = { test: (w: string): boolean => LEX.signVerbs.has(w) };
/** a treaty as subject binding its parties: "The 1951 treaty commits A and B to ..." */
const BIND_VERBS = { test: (w: string): boolean => LEX.bindVerbs.has(w) };
/** words that end the list of signatories ("... by A and B in May 2023 under AU mediation") */
const PARTY_STOP = { test: (w: string): boolean => LEX.partyStops.has(w) };

const isActor = (label: EntityLabel): boolean => label === "State" || label === "Institution";

function scan(c: Ctx, out: Hit[]): void {
  const T = c.T;
  c.bySent.forEach((ms, k) => {
    for (const tr of ms) {
      if (tr.label !== "Treaty") continue;
      if (T[tr.tokEnd]?.norm === "between" || T[tr.tokEnd]?.norm === "with") {
        let e = tr.tokEnd + 1;
        while (
          e < c.doc.sentences[k]!.tokEnd &&
          (T[e]!.pos !== "PUNCT" || T[e]!.apos || T[e]!.hyphen) &&
          T[e]!.pos !== "VERB"
        )
          e++;
        for (const p of within(c, k, tr.tokEnd + 1, e))
          if (p.label === "State" || p.label === "Institution")
            out.push({ spec: R.treatyBetween, source: idOf(p), target: idOf(tr), sent: k });
      }
      const sEnd = c.doc.sentences[k]!.tokEnd;
      // "<treaty>, signed in Pretoria by A and B" / "<treaty> commits A and B to ..."
      let v = tr.tokEnd;
      if (T[v]?.text === ",") v++;
      const signedAfter = v < sEnd && SIGN_VERBS.test(T[v]!.norm);
      if (signedAfter || (v === tr.tokEnd && v < sEnd && BIND_VERBS.test(T[v]!.norm))) {
        let from = v + 1;
        if (signedAfter) {
          while (from < sEnd && from < v + 10 && T[from]!.norm !== "by" && !/^[,;:]$/.test(T[from]!.text)) from++;
          from = T[from]?.norm === "by" ? from + 1 : sEnd;
        }
        let e = from;
        for (;;) {
          while (e < sEnd && !/^[,;:()]$/.test(T[e]!.text) && !PARTY_STOP.test(T[e]!.norm) && T[e]!.pos !== "VERB") e++;
          // "A and Tigray's ruling party, the TPLF (TPLF), which ...": a name in apposition is a party too
          const apposed = T[e]?.text === "," ? ms.find((x) => x.tokStart === e + 1 && isActor(x.label)) : undefined;
          if (!apposed) break;
          e = apposed.tokEnd;
          if (T[e]?.text === "(" && T[e + 2]?.text === ")") e += 3;
        }
        for (const p of within(c, k, from, e))
          if ((p.label === "State" || p.label === "Institution") && !p.nested)
            out.push({ spec: R.treatySignedBy, source: idOf(p), target: idOf(tr), sent: k });
      }
      // A non-person actor that signed the treaty is a party to it.
      const partyTo = (p: { id: string; label: EntityLabel }, spec: RuleSpec): void => {
        if (p.label !== "Person") out.push({ spec, source: p.id, target: idOf(tr), sent: k });
      };
      for (let v = c.doc.sentences[k]!.tokStart; v < tr.tokStart; v++) {
        if (!SIGN_VERBS.test(T[v]!.norm)) continue;
        // a verb signs the first treaty after it only ("signed the declaration with a pen ... the Treaty")
        if (ms.some((x) => x.label === "Treaty" && x.tokStart > v && x.tokStart < tr.tokStart && x.canon !== tr.canon))
          continue;
        // "Together with A and B, C signed X": the partners in the intro phrase are parties too
        const s0 = c.doc.sentences[k]!.tokStart;
        if (LEX.accompanyAdverbs.has(T[s0]!.norm) && T[s0 + 1]?.norm === "with") {
          let e = s0 + 2;
          while (e < v && T[e]!.text !== ",") e++;
          for (const p of actorsIn(c, k, s0 + 2, e)) partyTo(p, R.signedTogetherWith);
        }
        const subj = actorsIn(c, k, ...subjectSpan(c, v));
        for (const p of subj) partyTo(p, R.signedTreaty);
        // "European Commission chief X, who signed the declaration": X signs for the body of his office
        const rel = T[v - 1]?.norm === "who" && T[v - 2]?.text === "," ? ms.find((m) => m.tokEnd === v - 2) : undefined;
        const signers = new Set(subj.filter((p) => p.label === "Person").map((p) => p.id));
        if (rel?.label === "Person") signers.add(idOf(rel));
        for (const m of c.doc.mentions) {
          const office = m.affiliation?.ids?.[0];
          if (office && m.ids?.[0] && signers.has(m.ids[0]) && m.affiliation?.label !== "Place")
            out.push({ spec: R.signedForOffice, source: office, target: idOf(tr), sent: k });
        }
      }
    }
  });
}

export const PARTY_TO_RULES = rulesOf(R, scan);
