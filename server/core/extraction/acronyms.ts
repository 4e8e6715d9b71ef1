// Acronyms defined in the article bind within it and beat the gazetteer: "Philippine Coast Guard (PCG)"
// makes every "PCG" that body, and "AFP" after "Armed Forces of the Philippines" is the army, not the agency.
import type { EntityLabel } from "../model/index.ts";
import type { Doc, Mention, Token } from "./types.ts";
import { LEX } from "./lexicon.ts";

const DEFINABLE = new Set<EntityLabel>(["Institution", "State", "Outlet", "Place", "Treaty"]);
const ACRONYM = /^[A-Z][A-Za-z]{1,9}$/;

const isAcronym = (t: Token | undefined): boolean =>
  !!t && ACRONYM.test(t.text) && t.text.replace(/[^A-Z]/g, "").length >= 2;

/** True when the acronym's letters appear in order in the name, the first one starting it. */
function fitsName(acronym: string, name: string): boolean {
  const a = acronym.toLowerCase();
  const n = name.toLowerCase().replace(/[^a-z ]/g, "");
  if (n[0] !== a[0]) return false;
  let i = 0;
  for (const ch of n) if (ch === a[i]) i++;
  return i === a.length;
}

/** Initials of a multiword name's capitalised words ("Armed Forces of the Philippines" -> "AFP"). */
function initials(m: Mention): string {
  const words = m.surface.split(/[\s\-‐–]+/).filter((w) => w && !LEX.connectors.has(w) && /^\p{Lu}/u.test(w));
  return words.length >= 2 ? words.map((w) => w[0]!.toUpperCase()).join("") : "";
}

/** Returns the mentions with article-defined acronyms bound to their full names. */
export function bindAcronyms(doc: Doc, ms: Mention[]): Mention[] {
  const T = doc.tokens;
  const defs = new Map<string, Mention>();
  for (const m of ms) {
    if (!DEFINABLE.has(m.label) || m.nested || m.kind === "abbr") continue;
    const x = T[m.tokEnd + 1];
    if (T[m.tokEnd]?.text === "(" && T[m.tokEnd + 2]?.text === ")" && isAcronym(x) && fitsName(x!.text, m.surface))
      defs.set(x!.text, m);
  }
  for (const m of ms) {
    if (m.label !== "Institution" || m.nested) continue;
    const ini = initials(m);
    if (ini.length >= 2 && !defs.has(ini)) defs.set(ini, m);
  }
  if (!defs.size) return ms;
  const at = new Map<number, Mention>();
  for (const m of ms) if (m.tokEnd === m.tokStart + 1) at.set(m.tokStart, m);
  const covered = new Set<number>();
  for (const m of ms) for (let i = m.tokStart; i < m.tokEnd; i++) covered.add(i);
  const out = ms.slice();
  for (let i = 0; i < T.length; i++) {
    const t = T[i]!;
    const def = isAcronym(t) && t.text === t.text.toUpperCase() ? defs.get(t.text) : undefined;
    if (!def) continue;
    const bound: Mention = {
      tokStart: i,
      tokEnd: i + 1,
      start: t.start,
      end: t.end,
      sent: t.sent,
      surface: t.text,
      label: def.label,
      canon: def.canon,
      kind: "abbr",
    };
    const old = at.get(i);
    if (old) out[out.indexOf(old)] = { ...old, label: def.label, canon: def.canon, kind: "abbr", needsFull: false };
    else if (!covered.has(i)) out.push(bound);
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}
