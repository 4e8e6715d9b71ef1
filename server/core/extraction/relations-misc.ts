// CONDEMNED (condemn/denounce/sanction/accuse verbs and their objects), MEMBER_OF (titles
// and appositions "X, a senior researcher at Y"), PARTY_TO ("Treaty between A and B").
import type { EntityLabel } from "../model/index.ts";
import type { RawClaim } from "./types.ts";
import { LEX } from "./lexicon.ts";
import { matchRole } from "./mention-rules.ts";
import { actorsIn, hedged, idOf, subjectSpan, within, type Ctx } from "./context.ts";

const OBJ_POS = new Set(["DET", "ADJ", "PROPN", "NOUN", "CCONJ", "NUM", "PART"]);

const CONDEMN_FIRST = new Set(LEX.condemnPhrases.map((p) => p[0]!));

export function condemnClaims(c: Ctx, raw: RawClaim[]): void {
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
      const conf = hedged(c, k) ? 0.6 : 0.8;
      for (const src of sources)
        for (const m of within(c, k, objStart, e))
          raw.push({
            type: "CONDEMNED",
            source: src.id,
            target: idOf(m),
            sent: k,
            confidence: conf,
            rule: "condemn-verb",
          });
    }
  });
}

export function memberClaims(c: Ctx, raw: RawClaim[]): void {
  const T = c.T;
  for (const ms of c.bySent) {
    for (const m of ms) {
      if (m.label !== "Person") continue;
      if (m.role && m.affiliation?.ids?.[0])
        raw.push({
          type: "MEMBER_OF",
          source: idOf(m),
          target: m.affiliation.ids[0],
          sent: m.sent,
          confidence: 0.9,
          rule: "title-affiliation",
          role: m.role,
        });
      // apposition: "X (…), a senior researcher at Y" / "X, who long headed Y"
      let i = m.tokEnd;
      if (T[i]?.text === "(") while (i < T.length && T[i]!.text !== ")" && T[i]!.sent === m.sent) i++;
      if (T[i]?.text === ")") i++;
      if (T[i]?.text !== ",") continue;
      i++;
      const end = c.doc.sentences[m.sent]!.tokEnd;
      let role: string | undefined;
      let from = -1;
      const owner = /^(the)$/.test(T[i]?.norm ?? "") ? ms.find((x) => x.tokStart === i + 1 && x.possessive) : undefined;
      if (owner && owner.label !== "Person") {
        // "Kaja Kallas, the EU's foreign policy chief,"
        for (let r0 = owner.tokEnd + 1; r0 <= owner.tokEnd + 3 && r0 < end; r0++) {
          const r = matchRole(T, r0, end);
          if (r > 0 && (T[r]?.text === "," || T[r]?.pos === "PUNCT")) {
            raw.push({
              type: "MEMBER_OF",
              source: idOf(m),
              target: idOf(owner),
              sent: m.sent,
              confidence: 0.85,
              rule: "apposition-possessive-role",
              role: c.doc.text.slice(T[owner.tokEnd + 1]!.start, T[r - 1]!.end),
            });
            break;
          }
        }
      } else if (/^(a|an|the)$/.test(T[i]?.norm ?? "")) {
        const r = matchRole(T, i + 1, end);
        if (r > 0 && LEX.affiliationPreps.has(T[r]?.norm ?? "")) {
          role = c.doc.text.slice(T[i + 1]!.start, T[r - 1]!.end);
          from = r + 1;
        }
      } else if (T[i]?.norm === "who") {
        let j = i + 1;
        if (T[j]?.pos === "ADV") j++;
        if (LEX.headVerbs.has(T[j]?.norm ?? "")) {
          role = "head";
          from = j + 1;
        }
      }
      if (!role || from < 0) continue;
      while (T[from]?.pos === "DET") from++;
      const aff = ms.find(
        (x) => x.tokStart === from && (x.label === "Institution" || x.label === "State" || x.label === "Outlet"),
      );
      if (aff)
        raw.push({
          type: "MEMBER_OF",
          source: idOf(m),
          target: idOf(aff),
          sent: m.sent,
          confidence: 0.85,
          rule: "apposition-role",
          role,
        });
    }
  }
}

const SIGN_VERBS = /^(signed|ratified|concluded|joined)$/;
/** a treaty as subject binding its parties: "The 1951 treaty commits A and B to ..." */
const BIND_VERBS = /^(commits|committed|binds|bound|obliges|obliged|obligates|requires)$/;
/** words that end the list of signatories ("... by A and B in May 2023 under AU mediation") */
const PARTY_STOP = /^(in|on|under|at|after|before|during|to|with|which|who|that)$/;

export function partyClaims(c: Ctx, raw: RawClaim[]): void {
  const T = c.T;
  c.bySent.forEach((ms, k) => {
    for (const tr of ms) {
      if (tr.label !== "Treaty") continue;
      if (T[tr.tokEnd]?.norm === "between" || T[tr.tokEnd]?.norm === "with") {
        let e = tr.tokEnd + 1;
        while (
          e < c.doc.sentences[k]!.tokEnd &&
          (T[e]!.pos !== "PUNCT" || T[e]!.text === "’" || T[e]!.text === "-") &&
          T[e]!.pos !== "VERB"
        )
          e++;
        for (const p of within(c, k, tr.tokEnd + 1, e))
          if (p.label === "State" || p.label === "Institution")
            raw.push({
              type: "PARTY_TO",
              source: idOf(p),
              target: idOf(tr),
              sent: k,
              confidence: 0.85,
              rule: "treaty-between",
            });
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
        while (e < sEnd && !/^[,;:()]$/.test(T[e]!.text) && !PARTY_STOP.test(T[e]!.norm) && T[e]!.pos !== "VERB") e++;
        for (const p of within(c, k, from, e))
          if ((p.label === "State" || p.label === "Institution") && !p.nested)
            raw.push({
              type: "PARTY_TO",
              source: idOf(p),
              target: idOf(tr),
              sent: k,
              confidence: 0.8,
              rule: "treaty-signed-by",
            });
      }
      // A non-person actor that signed the treaty is a party to it.
      const partyTo = (p: { id: string; label: EntityLabel }, rule: string): void => {
        if (p.label !== "Person")
          raw.push({ type: "PARTY_TO", source: p.id, target: idOf(tr), sent: k, confidence: 0.8, rule });
      };
      for (let v = c.doc.sentences[k]!.tokStart; v < tr.tokStart; v++) {
        if (!SIGN_VERBS.test(T[v]!.norm)) continue;
        // "Together with A and B, C signed X": the partners in the intro phrase are parties too
        const s0 = c.doc.sentences[k]!.tokStart;
        if (/^(together|along)$/.test(T[s0]!.norm) && T[s0 + 1]?.norm === "with") {
          let e = s0 + 2;
          while (e < v && T[e]!.text !== ",") e++;
          for (const p of actorsIn(c, k, s0 + 2, e)) partyTo(p, "signed-together-with");
        }
        for (const p of actorsIn(c, k, ...subjectSpan(c, v))) partyTo(p, "signed-treaty");
      }
    }
  });
}
