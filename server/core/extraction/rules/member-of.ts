// MEMBER_OF: a person's office or affiliation from a title before the name ("Italy's Prime Minister X",
// "Lithuanian President X") or an apposition after it ("X, a senior researcher at Y", "X, who heads Y").
import { LEX } from "../lexicon.ts";
import { matchRole } from "../role-titles.ts";
import { idOf, type Ctx } from "../context.ts";
import type { Mention } from "../types.ts";
import { rulesOf, specs, type Hit } from "./rule.ts";

const R = specs({
  titleAffiliation: ["title-affiliation", "MEMBER_OF", 0.95],
  appositionPossessive: ["apposition-possessive-role", "MEMBER_OF", 0.85],
  appositionRole: ["apposition-role", "MEMBER_OF", 0.85],
  roleOfBefore: ["role-of-before", "MEMBER_OF", 0.8],
  parenState: ["paren-state", "MEMBER_OF", 0.8],
  fromOrg: ["from-organisation", "MEMBER_OF", 0.7],
});

/** Start of the title right before a person's name ("Dr." in "Dr. Omar Touray"), else the name's start. */
function titleStart(c: Ctx, m: Mention): number {
  const s0 = c.doc.sentences[m.sent]!.tokStart;
  for (let r = Math.max(s0, m.tokStart - 4); r < m.tokStart; r++)
    if (matchRole(c.T, r, m.tokStart) === m.tokStart) return r;
  return m.tokStart;
}

function scan(c: Ctx, out: Hit[]): void {
  const T = c.T;
  for (const ms of c.bySent) {
    for (const m of ms) {
      if (m.label !== "Person") continue;
      if (m.role && m.affiliation?.ids?.[0])
        out.push({
          spec: R.titleAffiliation,
          source: idOf(m),
          target: m.affiliation.ids[0],
          sent: m.sent,
          role: m.role,
        });
      // "President of the Islamic Azad University Mohammad Tehranchi": role, "of", the body, then the name
      // and with a comma: "the elected President of Niger, Mohamed Bazoum"
      // and with a title kept out of the name: "President of ECOWAS Commission, Dr. Omar Touray"
      const lead = m.role ? titleStart(c, m) : m.tokStart;
      const body = ms.find(
        (x) =>
          (x.tokEnd === lead || (x.tokEnd === lead - 1 && T[x.tokEnd]?.text === ",")) &&
          (x.label === "Institution" || x.label === "State"),
      );
      if (body) {
        let q = body.tokStart - 1;
        // "the head of Egypt's General Intelligence Service": the owner's possessive opens the body
        const owner = T[q]?.poss ? ms.find((x) => x.tokEnd === q && x.label === "State") : undefined;
        if (owner) q = owner.tokStart - 1;
        if (T[q]?.pos === "DET") q--;
        if (T[q]?.norm === "of") {
          for (let p = Math.max(c.doc.sentences[m.sent]!.tokStart, q - 5); p < q; p++)
            if (matchRole(T, p, q) === q) {
              out.push({
                spec: R.roleOfBefore,
                source: idOf(m),
                target: idOf(body),
                sent: m.sent,
                role: c.doc.text.slice(T[p]!.start, T[q - 1]!.end),
              });
              break;
            }
        }
      }
      // "Uhuru Kenyatta (Kenya)": a state in brackets right after a name
      if (T[m.tokEnd]?.text === "(" && T[m.tokEnd + 2]?.text === ")") {
        const st = ms.find((x) => x.tokStart === m.tokEnd + 1 && x.tokEnd === m.tokEnd + 2 && x.label === "State");
        if (st) out.push({ spec: R.parenState, source: idOf(m), target: idOf(st), sent: m.sent });
      }
      // "John Ocheibi from the NGO ALIMA"
      if (T[m.tokEnd]?.norm === "from") {
        let q = m.tokEnd + 1;
        while (T[q] && (T[q]!.pos === "DET" || LEX.orgCues.has(T[q]!.norm)) && q < m.tokEnd + 4) q++;
        const org = ms.find((x) => x.tokStart === q && (x.label === "Institution" || x.label === "Outlet"));
        if (org) out.push({ spec: R.fromOrg, source: idOf(m), target: idOf(org), sent: m.sent });
      }
      // apposition: "X (…), a senior researcher at Y" / "X, who long headed Y"
      let i = m.tokEnd;
      if (T[i]?.text === "(") while (i < T.length && T[i]!.text !== ")" && T[i]!.sent === m.sent) i++;
      if (T[i]?.text === ")") i++;
      if (T[i]?.text !== ",") continue;
      i++;
      const end = c.doc.sentences[m.sent]!.tokEnd;
      let role: string | undefined;
      let from = -1;
      const owner = T[i]?.norm === "the" ? ms.find((x) => x.tokStart === i + 1 && x.possessive) : undefined;
      if (owner && owner.label !== "Person") {
        // "Kaja Kallas, the EU's foreign policy chief,"
        for (let r0 = owner.tokEnd + 1; r0 <= owner.tokEnd + 3 && r0 < end; r0++) {
          const r = matchRole(T, r0, end);
          if (r > 0 && (T[r]?.text === "," || T[r]?.pos === "PUNCT")) {
            out.push({
              spec: R.appositionPossessive,
              source: idOf(m),
              target: idOf(owner),
              sent: m.sent,
              role: c.doc.text.slice(T[owner.tokEnd + 1]!.start, T[r - 1]!.end),
            });
            break;
          }
        }
      } else if (LEX.articles.has(T[i]?.norm ?? "") || matchRole(T, i, end) > 0) {
        // "X, the head of Y" and, without an article, "X, former head of Y", "X, commander of the Y"
        const r0 = LEX.articles.has(T[i]!.norm) ? i + 1 : i;
        const r = matchRole(T, r0, end);
        if (r > 0 && LEX.affiliationPreps.has(T[r]?.norm ?? "")) {
          role = c.doc.text.slice(T[r0]!.start, T[r - 1]!.end);
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
      if (aff) out.push({ spec: R.appositionRole, source: idOf(m), target: idOf(aff), sent: m.sent, role });
    }
  }
}

export const MEMBER_OF_RULES = rulesOf(R, scan);
