// Typing rules for capitalised runs (treaty/outlet/place/institution heads, title + name
// persons); used by stage 03 (role titles before a person: role-titles.ts).
import type { EntityLabel } from "../model/index.ts";
import type { Doc, Mention, Sentence, Token } from "./types.ts";
import { DEMONYM_BY_STATE, LEX } from "./lexicon.ts";
import { isCommonWord } from "./02-tokens.ts";
import { affiliationBefore, affiliationLabels, matchRole, ownerBeforeRun } from "./role-titles.ts";

function mk(doc: Doc, a: number, b: number, label: EntityLabel, canon?: string): Mention {
  const T = doc.tokens;
  const surface = doc.text.slice(T[a]!.start, T[b - 1]!.end);
  return {
    tokStart: a,
    tokEnd: b,
    start: T[a]!.start,
    end: T[b - 1]!.end,
    sent: T[a]!.sent,
    surface,
    label,
    canon: canon ?? surface,
    kind: "name",
  };
}

/** Words that make a capitalised run an organisation, place or treaty, never a person's name. */
const NOT_NAME_HEADS = [LEX.instHeads, LEX.outletHeads, LEX.placeHeads, LEX.treatyHeads];

/** "Qatar's Foreign Ministry" -> "Qatari Foreign Ministry": a generic body name (only common words) owned
 * by a state is qualified with the state's demonym, so bodies of different states never merge; the
 * surface form stays an alias. Demonym-led names ("Emirati Foreign Ministry") already follow this form. */
export function qualifyByOwner(doc: Doc, gaz: Mention[], a: number, m: Mention): void {
  const T = doc.tokens;
  if (!T[a - 1]?.poss) return;
  const owner = gaz.find((x) => x.tokEnd === a - 1 && x.label === "State");
  if (!owner || !m.surface.split(/\s+/).every((w) => isCommonWord(w) || LEX.connectors.has(w))) return;
  const adj = DEMONYM_BY_STATE.get(owner.canon);
  if (!adj) return;
  m.canon = `${adj} ${m.surface}`;
  m.extraAliases = [m.surface, `${owner.surface}'s ${m.surface}`];
}

/** The name without the first listed trailing words it ends with (after a space); the name itself if none. */
export function stripSuffix(name: string, suffixes: readonly string[]): string {
  for (const s of suffixes)
    if (name.length > s.length && name.endsWith(s) && /\s/.test(name[name.length - s.length - 1]!))
      return name.slice(0, name.length - s.length).trimEnd();
  return name;
}

/** The mentions of `ms` (in token order, as the gazetteer gives them) inside the tokens [a, b): a binary
 * search, so a sentence of many runs stays linear. */
export function mentionsIn(ms: readonly Mention[], a: number, b: number): Mention[] {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ms[mid]!.tokStart < a) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.tokStart < b; i++) if (ms[i]!.tokEnd <= b) out.push(ms[i]!);
  return out;
}

/** A head word inside the run [a,b) directly followed by a connector that is still in the run ("Ministry of"). */
function headBeforeConnector(T: Token[], a: number, b: number, heads: Set<string>, connectors: Set<string>): boolean {
  for (let q = a; q + 1 < b; q++)
    if (!T[q]!.punct && heads.has(T[q]!.text) && connectors.has(T[q + 1]!.text)) return true;
  return false;
}

export function classifyRun(
  doc: Doc,
  s: Sentence,
  a: number,
  b: number,
  gaz: Mention[],
  covered: Map<number, Mention>,
  extra: Mention[],
  loose: number[],
): void {
  const T = doc.tokens;
  const words = T.slice(a, b).filter((t) => !t.punct);
  if (words.length === 0) return;
  const uncovered = T.slice(a, b).some((t, k) => !t.punct && !covered.has(a + k));
  const inner = mentionsIn(gaz, a, b);
  // Title + name inside the run: "North Korean Foreign Minister Choe Son Hui".
  for (let p = a; p < b - 1; p++) {
    if (covered.has(p)) continue;
    let q = matchRole(T, p, b);
    if (q < 0 || q >= b || q <= p) continue;
    for (let r = matchRole(T, q, b); r > q && r < b; r = matchRole(T, q, b)) q = r; // "Prime Minister Sheikh"
    const apposed = p === a && !T[p - 1]?.poss ? ownerBeforeRun(doc, gaz, extra, p) : undefined;
    const aff =
      [...inner].reverse().find((m) => m.tokEnd <= p && affiliationLabels.has(m.label)) ??
      (p === a && T[p - 1]?.poss ? affiliationBefore(doc, gaz, p) : apposed);
    const role = doc.text.slice(T[p]!.start, T[q - 1]!.end);
    /** the owner right before the role, or before its possessive ("Italy's Prime Minister"), or apposed */
    const adjoins = (x: Mention): boolean => x.tokEnd === p || (x.tokEnd === p - 1 && T[p - 1]!.poss) || x === apposed;
    const named = gaz.find((m) => m.tokStart === q && m.label === "Person");
    if (named) {
      named.role = role;
      named.affiliation = aff && adjoins(aff) ? aff : undefined;
      return;
    }
    // "President of the Republic", "President of ECOWAS Commission": a title, not a person; the body
    // after "of" is the institution
    if (LEX.connectors.has(T[q]!.text)) {
      if (p === a && q + 1 < b) classifyRun(doc, s, q + 1, b, gaz, covered, extra, loose);
      return;
    }
    const nameToks = T.slice(q, b).filter((t) => !t.punct && !LEX.connectors.has(t.text));
    if (
      nameToks.length >= 1 &&
      nameToks.length <= 4 &&
      !nameToks.some((t) => NOT_NAME_HEADS.some((h) => h.has(t.text))) &&
      !T.slice(q, b).some((_, k) => covered.has(q + k)) &&
      !s.headline
    ) {
      const m = mk(doc, q, b, "Person");
      m.role = role;
      if (aff && adjoins(aff)) m.affiliation = aff;
      extra.push(m);
      return;
    }
  }
  const last = T[b - 1]!.text;
  const next = T[b];
  // "Zaporizhzhia region", "Moscow region": a known city or place followed by a place noun
  const whole = inner.length === 1 && inner[0]!.tokStart === a && inner[0]!.tokEnd === b ? inner[0]! : undefined;
  if (
    whole &&
    (whole.label === "Place" || whole.kind === "capital") &&
    next &&
    next.sent === T[a]!.sent &&
    LEX.regionNouns.has(next.text)
  ) {
    whole.nested = true;
    extra.push(mk(doc, a, b + 1, "Place"));
    return;
  }
  if (!uncovered || s.headline) return;
  const prev = T[a - 1];
  // "the container ship Contship Ono": a vessel's name is no person and no actor
  if (prev && prev.sent === T[a]!.sent && LEX.vesselCues.has(prev.norm)) return;
  // "World War II", "the G20 Summit": events are no entities
  if (words.some((w) => LEX.eventHeads.has(w.text))) return;
  // "Cabo Delgado", "Mount Hermon": a place named with a geographic prefix
  if (words.length >= 2 && LEX.placePrefixes.has(words[0]!.text) && !inner.length) {
    extra.push(mk(doc, a, b, "Place"));
    return;
  }
  // "NGO ALIMA", "the shipping firm X": an organisation named after its cue word
  if (words.length >= 2 && LEX.orgCues.has(T[a]!.norm) && T[a]!.cap && !covered.has(a + 1)) {
    extra.push(mk(doc, a + 1, b, "Institution"));
    return;
  }
  if (
    prev &&
    prev.sent === T[a]!.sent &&
    LEX.orgCues.has(prev.norm) &&
    !T.slice(a, b).some((_, k) => covered.has(a + k))
  ) {
    extra.push(mk(doc, a, b, "Institution"));
    return;
  }
  let label: EntityLabel | undefined;
  let end = b;
  const compass = words.length === 2 && LEX.compass.has(words[0]!.norm) && inner.length === 1 ? inner[0]! : undefined;
  if (compass && compass.tokStart === a + 1 && compass.kind !== "demonym" && /^(Place|State)$/.test(compass.label))
    label = "Place"; // "North Darfur", "Port Sudan": a region or city named after a place or state
  else if (words.length >= 3 && last === "Agency" && LEX.agencyModifiers.has(words[words.length - 2]!.text))
    label = "Outlet"; // "Ethiopian News Agency"
  else if (LEX.treatyHeads.has(last) && words.length >= 2) {
    label = "Treaty";
    // "Resolution 1701", "Protocol 2": a number right after the head belongs to the name
    if (next && next.sent === T[a]!.sent && /^[0-9]+$/.test(next.text)) end = b + 1;
  } else if (headBeforeConnector(T, a, b, LEX.treatyHeads, LEX.treatyNameConnectors))
    label = "Treaty"; // "Convention on the Law of the Sea", "Treaty of Amity"
  else if (LEX.outletHeads.has(last) && words.length >= 2) label = "Outlet";
  else if (prev && prev.sent === T[a]!.sent && LEX.outletCueBefore.has(prev.norm)) label = "Outlet";
  else if (next && next.sent === T[a]!.sent && LEX.outletCueAfter.has(next.norm) && !LEX.reportingNouns.has(next.norm))
    label = "Outlet";
  // a head of both kinds ("Front") names a place only after a compass word ("Eastern Front", not "Polisario Front")
  else if (
    LEX.placeHeads.has(last) &&
    words.length >= 2 &&
    (!LEX.instHeads.has(last) || LEX.compass.has(words[0]!.norm))
  )
    label = "Place";
  else if (headBeforeConnector(T, a, b, LEX.placeHeads, LEX.placeNameConnectors))
    label = "Place"; // "Line of Actual Control"
  else if (next && next.sent === T[a]!.sent && LEX.placeLower.has(next.norm) && next.text === next.norm) {
    label = "Place";
    // "Shire city" is Shire; "Kursk region" keeps its noun
    end = LEX.genericPlaceNouns.has(next.text) ? b : b + 1;
  } else if (words.length < 2) {
    label = undefined;
  } else if (LEX.instHeads.has(last) || headBeforeConnector(T, a, b, LEX.instHeads, LEX.institutionNameConnectors)) {
    const lead = inner.find((m) => m.tokStart === a && m.label === "State");
    const rest = T.slice(lead ? lead.tokEnd : a, b).filter((t) => !t.punct);
    if (!(lead && rest.every((t) => LEX.militaryGeneric.has(t.norm)) && rest.length > 1)) label = "Institution";
  }
  if (label) {
    const m = mk(doc, a, end, label);
    if (label === "Outlet") m.canon = stripSuffix(m.surface, [...LEX.outletPlatforms]);
    const lead = inner.find((x) => x.tokStart === a && x.label === "State" && x.kind === "demonym");
    if (lead && lead.tokEnd < end) m.extraAliases = [doc.text.slice(T[lead.tokEnd]!.start, T[end - 1]!.end)];
    if (label === "Institution" && !lead) qualifyByOwner(doc, gaz, a, m);
    for (const x of inner) x.nested = true;
    for (const x of gaz) if (x.tokStart < a && x.tokEnd > a) return; // overlaps a longer gazetteer name
    extra.push(m);
    return;
  }
  if (inner.length > 0) return;
  const ok =
    !s.headline &&
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (t) =>
        !/[0-9]/.test(t.text) &&
        !LEX.stopCaps.has(t.text) &&
        !LEX.instHeads.has(t.text) &&
        !LEX.outletHeads.has(t.text),
    ) &&
    !words.every((t) => isCommonWord(t.text));
  if (ok) extra.push(mk(doc, a, b, "Person"));
  else if (words.length === 1 && !covered.has(a)) loose.push(a);
}
