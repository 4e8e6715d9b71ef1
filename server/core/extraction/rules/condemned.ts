// CONDEMNED: condemn/denounce/sanction/accuse verbs and phrases with their subject and object
// ("the EU condemned the escalation", "Britain sanctioned X", "lodged a protest with X").
import { LEX } from "../lexicon.ts";
import { actorsIn, hedged, idOf, subjectSpan, within, type Ctx } from "../context.ts";
import { rulesOf, specs, type Doubt, type Hit } from "./rule.ts";

const R = specs({
  condemnVerb: ["condemn-verb", "CONDEMNED", 0.8],
});

const OBJ_POS = new Set(["DET", "ADJ", "PROPN", "NOUN", "CCONJ", "NUM", "PART"]);

const CONDEMN_FIRST = new Set(LEX.condemnPhrases.map((p) => p[0]!));

function scan(c: Ctx, out: Hit[]): void {
  const T = c.T;
  c.doc.sentences.forEach((s, k) => {
    for (let v = s.tokStart; v < s.tokEnd; v++) {
      const t = T[v]!;
      let objStart = -1;
      if (CONDEMN_FIRST.has(t.norm))
        for (const p of LEX.condemnPhrases) {
          let i = v;
          let ok = true;
          for (const w of p) {
            if (w === "*") {
              if (T[i]?.pos === "ADJ") i++;
              continue;
            }
            if (T[i]?.norm !== w) {
              ok = false;
              break;
            }
            i++;
          }
          if (ok) objStart = i;
        }
      if (objStart < 0 && t.pos === "VERB" && LEX.condemn.has(t.norm)) objStart = v + 1;
      if (objStart < 0) continue;
      const [a, b] = subjectSpan(c, v);
      if (T.slice(a, v).some((x) => LEX.negations.has(x.norm))) continue;
      const sources = actorsIn(c, k, a, b);
      if (!sources.length) continue;
      let e = objStart;
      while (e < s.tokEnd && (OBJ_POS.has(T[e]!.pos) || T[e]!.text === "," || /^['’]s?$/.test(T[e]!.text))) e++;
      const doubts: Doubt[] = hedged(c, k) ? ["hedged"] : [];
      for (const src of sources)
        for (const m of within(c, k, objStart, e))
          out.push({ spec: R.condemnVerb, source: src.id, target: idOf(m), sent: k, doubts });
    }
  });
}

export const CONDEMNED_RULES = rulesOf(R, scan);
