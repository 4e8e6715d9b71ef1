// Role titles before a person's name ("North Korean leader Kim", "Niger's military ruler, General X")
// and the State/Institution/Outlet owning them; used by stage 03 and the MEMBER_OF/SAID rules.
import type { EntityLabel } from "../model/index.ts";
import type { Doc, Mention, Token } from "./types.ts";
import { LEX } from "./lexicon.ts";

const hy = (t: Token): boolean => t.hyphen;

/** Longest role title starting at token i (modifiers like "former" allowed first); returns its end or -1. */
const ROLES_BY_FIRST = new Map<string, string[][]>();
for (const r of LEX.roles) {
  const list = ROLES_BY_FIRST.get(r[0]!) ?? [];
  list.push(r);
  ROLES_BY_FIRST.set(r[0]!, list);
}

export function matchRole(T: Token[], i: number, limit: number): number {
  let start = i;
  while (start < limit && LEX.roleModifiers.has(T[start]!.norm)) start++;
  return Math.max(matchRoleAt(T, start, limit), start > i ? matchRoleAt(T, i, limit) : -1);
}

function matchRoleAt(T: Token[], start: number, limit: number): number {
  let best = -1;
  if (start >= limit) return -1;
  for (const role of ROLES_BY_FIRST.get(T[start]!.norm) ?? []) {
    let k = start;
    let ok = true;
    for (const w of role) {
      while (k < limit && hy(T[k]!)) k++;
      if (k >= limit || T[k]!.norm !== w) {
        ok = false;
        break;
      }
      k++;
    }
    if (ok && k > best) best = k;
  }
  return best;
}

export const affiliationLabels = new Set<EntityLabel>(["State", "Institution", "Outlet"]);

/** Role title just before a person ("North Korean leader Kim", "dictator Kim"), also as an apposition
 * ("Hezbollah's secretary-general, Naim Qassem"), and its affiliation mention. */
export function findRoleBefore(doc: Doc, ms: Mention[], mi: number): void {
  const m = ms[mi]!;
  const T = doc.tokens;
  const comma = T[m.tokStart - 1]?.text === ",";
  for (let p = Math.max(0, m.tokStart - 6); p < m.tokStart; p++) {
    if (T[p]!.sent !== m.sent) continue;
    const e = matchRole(T, p, m.tokStart);
    if (e !== m.tokStart && !(comma && e === m.tokStart - 1)) continue;
    m.role = doc.text.slice(T[p]!.start, T[e - 1]!.end);
    // "Japanese Foreign Minister X and Defense Minister Y": a coordinated title shares the affiliation
    const prev = T[p - 1]?.norm === "and" ? ms.find((o) => o.tokEnd === p - 1 && o.label === "Person") : undefined;
    const aff = affiliationBefore(doc, ms, p) ?? (prev?.role ? prev.affiliation : undefined);
    if (aff) m.affiliation = aff;
    return;
  }
}

/** The State/Institution/Outlet mention owning a role that starts at token p: directly before it, before
 * a possessive, or before a few role-qualifying words ("Chinese foreign ministry spokeswoman",
 * "Niger's military ruler, General"). */
export function affiliationBefore(doc: Doc, ms: Mention[], p: number): Mention | undefined {
  const T = doc.tokens;
  let q = p;
  let commas = 0;
  for (let steps = 0; steps < 6 && q > 0; steps++) {
    if (T[q - 1]!.poss) q--;
    const aff = ms.find((o) => o.tokEnd === q && affiliationLabels.has(o.label) && !o.nested);
    if (aff) return aff;
    const t = T[q - 1]!;
    if (t.sent !== T[p]!.sent) return undefined;
    if (t.text === "," && commas++ === 0) {
      q--;
      continue;
    }
    if (t.punct || !/^(NOUN|ADJ|PROPN)$/.test(t.pos) || ms.some((o) => o.tokEnd === q)) return undefined;
    q--;
  }
  return undefined;
}

/** The owner of a title that opens a run at p, from before the run: "Niger's military ruler, General X" (a
 * role before a comma: an apposition naming the office), and
 * "Japanese Foreign Minister X and Defence Minister Y" (a coordinated title shares the first one's owner). */
export function ownerBeforeRun(doc: Doc, gaz: Mention[], extra: Mention[], p: number): Mention | undefined {
  const T = doc.tokens;
  const prev = T[p - 1];
  if (!prev || prev.sent !== T[p]!.sent) return undefined;
  if (prev.text === ",") {
    for (let r = Math.max(0, p - 6); r < p - 1; r++)
      if (T[r]!.sent === prev.sent && matchRole(T, r, p - 1) === p - 1) return affiliationBefore(doc, gaz, p);
    return undefined;
  }
  if (LEX.coordinators.has(prev.norm)) {
    const first = [...gaz, ...extra].find((o) => o.tokEnd === p - 1 && o.label === "Person" && o.role);
    return first?.affiliation;
  }
  return undefined;
}
