// Builds the extraction gazetteer once at load: states from world-countries plus the
// JSON lexicons (outlets, organisations, leaders, places, seats of power) in a token trie.
import countries from "world-countries";
import type { EntityLabel } from "../model/index.ts";
import type { MentionKind } from "./types.ts";
import { normToken } from "./02-tokens.ts";
import statesExtra from "./lexicons/states-extra.json" with { type: "json" };
import outlets from "./lexicons/outlets.json" with { type: "json" };
import orgs from "./lexicons/organisations.json" with { type: "json" };
import leaders from "./lexicons/leaders.json" with { type: "json" };
import places from "./lexicons/places.json" with { type: "json" };
import heads from "./lexicons/heads.json" with { type: "json" };
import titles from "./lexicons/titles.json" with { type: "json" };
import verbs from "./lexicons/verbs.json" with { type: "json" };

export interface GazEntry {
  label: EntityLabel;
  canon: string;
  kind: MentionKind;
  /** all-caps abbreviation: the text must be upper-case too */
  upper?: boolean;
  needsFull?: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazEntry;
}

const root: TrieNode = { next: new Map() };

/** Splits a phrase into the normalised words the token stream produces (possessive 's is a word). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .replace(/['’]s\b/g, " s")
    .split(/[\s\-‐–]+/)
    .map(normToken)
    .filter(Boolean);
}

function add(phrase: string, entry: GazEntry): void {
  const words = phraseWords(phrase);
  if (words.length === 0 || /[^\p{Script=Latin}\p{N}\s\-'’.&,()]/u.test(phrase)) return;
  let node = root;
  for (const w of words) {
    let n = node.next.get(w);
    if (!n) node.next.set(w, (n = { next: new Map() }));
    node = n;
  }
  const upper = /^[A-Z.&]{2,6}$/.test(phrase.replace(/\s/g, ""));
  if (!node.entry) node.entry = upper ? { ...entry, upper } : entry;
}

export const STATE_BY_CODE = new Map<string, string>();
const renamed = (statesExtra as unknown as { canonicalNames: Record<string, string> }).canonicalNames;
for (const c of countries) STATE_BY_CODE.set(c.cca2, renamed[c.cca2] ?? c.name.common);

function buildGazetteer(): void {
  // Specific lists first: the first entry for a phrase wins.
  for (const p of leaders.people as Array<{
    name: string;
    variants?: string[];
    short?: string[];
    ambiguous?: string[];
  }>) {
    for (const v of [p.name, ...(p.variants ?? [])]) add(v, { label: "Person", canon: p.name, kind: "name" });
    for (const v of p.short ?? []) add(v, { label: "Person", canon: p.name, kind: "short" });
    for (const v of p.ambiguous ?? []) add(v, { label: "Person", canon: p.name, kind: "short", needsFull: true });
  }
  for (const [name, ...aliases] of outlets.outlets as string[][]) {
    for (const v of [name!, ...aliases]) add(v, { label: "Outlet", canon: name!.replace(/^The /, ""), kind: "name" });
  }
  for (const [name, ...aliases] of orgs.organisations as string[][]) {
    for (const v of [name!, ...aliases]) add(v, { label: "Institution", canon: name!, kind: "name" });
  }
  for (const [name, ...aliases] of places.places as string[][]) {
    for (const v of [name!, ...aliases]) add(v, { label: "Place", canon: name!, kind: "name" });
  }
  const extra = statesExtra as unknown as {
    altNames: Record<string, string[]>;
    demonyms: Record<string, string[]>;
    seatsOfPower: Record<string, string>;
    historicalStates: string[][];
  };
  for (const [name, ...alts] of extra.historicalStates)
    for (const n of [name!, ...alts]) add(n, { label: "State", canon: name!, kind: "name" });
  for (const [code, names] of Object.entries(extra.altNames)) {
    const canon = STATE_BY_CODE.get(code);
    if (canon) for (const n of names) add(n, { label: "State", canon, kind: n.length <= 6 ? "abbr" : "name" });
  }
  for (const [seat, code] of Object.entries(extra.seatsOfPower)) {
    const canon = STATE_BY_CODE.get(code);
    if (canon) add(seat, { label: "State", canon, kind: "seat" });
  }
  for (const c of countries) {
    const canon = STATE_BY_CODE.get(c.cca2)!;
    const label: EntityLabel = c.independent ? "State" : "Place";
    add(canon, { label, canon, kind: "name" });
    add(c.name.official, { label, canon, kind: "name" });
    for (const a of c.altSpellings)
      if (a.length > 3 && !a.includes(",") && !a.includes("(")) add(a, { label, canon, kind: "name" });
    for (const a of c.altSpellings) if (/^[A-Z]{3}$/.test(a) && a !== c.cca3) add(a, { label, canon, kind: "abbr" });
  }
  for (const [code, names] of Object.entries(extra.demonyms)) {
    const canon = STATE_BY_CODE.get(code);
    if (canon) for (const n of names) add(n, { label: "State", canon, kind: "demonym" });
  }
  for (const c of countries) {
    if (!c.independent) continue;
    const dem = c.demonyms?.eng;
    for (const d of new Set([dem?.m, dem?.f]))
      if (d && d.length > 3) add(d, { label: "State", canon: STATE_BY_CODE.get(c.cca2)!, kind: "demonym" });
    for (const cap of c.capital ?? []) {
      add(cap, { label: "State", canon: STATE_BY_CODE.get(c.cca2)!, kind: "capital" });
      add(cap.replace(/ D\.C\.$/, ""), { label: "State", canon: STATE_BY_CODE.get(c.cca2)!, kind: "capital" });
    }
  }
}
buildGazetteer();

/** Adjective for each state's canonical name ("Qatar" -> "Qatari"), used to qualify generic body names. */
export const DEMONYM_BY_STATE = new Map<string, string>();
for (const c of countries) {
  const d = c.demonyms?.eng?.m;
  const canon = STATE_BY_CODE.get(c.cca2);
  if (d && canon && c.independent) DEMONYM_BY_STATE.set(canon, d);
}
for (const [code, names] of Object.entries((statesExtra as { demonyms: Record<string, string[]> }).demonyms)) {
  const canon = STATE_BY_CODE.get(code);
  const adj = names.find((n) => !/s$/.test(n) && !n.includes("."));
  if (canon && adj) DEMONYM_BY_STATE.set(canon, adj);
}

/** Longest gazetteer match starting at word index i of `words` (norms); returns [length in words, entry]. */
export function matchAt(words: string[], i: number): [number, GazEntry] | undefined {
  let node: TrieNode | undefined = root;
  let best: [number, GazEntry] | undefined;
  for (let k = i; k < words.length && node; k++) {
    node = node.next.get(words[k]!);
    if (node?.entry) best = [k - i + 1, node.entry];
  }
  return best;
}

const set = (xs: string[]): Set<string> => new Set(xs);
/** Expands base verb forms into regular inflections (plus listed irregulars). */
function inflect(bases: string[]): Set<string> {
  const out = new Set<string>();
  const irr = verbs.irregular as Record<string, string[]>;
  for (const b of bases) {
    out.add(b);
    for (const f of irr[b] ?? []) out.add(f);
    const stem = b.endsWith("e") ? b.slice(0, -1) : b;
    if (/[^aeiou]y$/.test(b)) out.add(b.slice(0, -1) + "ies").add(b.slice(0, -1) + "ied");
    else out.add(/(s|sh|ch|x|z)$/.test(b) ? b + "es" : b + "s").add(stem + "ed");
    out.add(stem + "ing");
    if (/[^aeiou][aeiou][pt]$/.test(b) && b.length <= 4) out.add(b + b.slice(-1) + "ed").add(b + b.slice(-1) + "ing");
  }
  return out;
}

export const LEX = {
  instHeads: set(heads.institution),
  treatyHeads: set(heads.treaty),
  placeHeads: set(heads.place),
  placeLower: set(heads.placeLower),
  connectors: set(heads.connectors),
  militaryGeneric: set(heads.militaryGeneric),
  stopCaps: set(heads.stopCaps),
  vesselCues: set(heads.vesselCues),
  orgCues: set(heads.orgCues.map(normToken)),
  outletHeads: set(outlets.heads),
  outletCueBefore: set(outlets.cueBefore),
  outletCueAfter: set(outlets.cueAfter),
  outletNominals: outlets.nominals.map((n) => n.split(" ")),
  roles: titles.roles.map((r) => phraseWords(r)),
  roleModifiers: set(titles.modifiers),
  headVerbs: set(titles.headVerbs),
  affiliationPreps: set(titles.affiliationPreps),
  notActorHeads: set((statesExtra as { notActorHeads: string[] }).notActorHeads),
  actorHeads: set((statesExtra as { actorHeads: string[] }).actorHeads),
  capitalPlaceCues: set((statesExtra as { capitalPlaceCues: string[] }).capitalPlaceCues),
  capitalStateBeforeIn: set((statesExtra as { capitalStateBeforeIn: string[] }).capitalStateBeforeIn),
  timeWords: set(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year weekend morning evening night".split(
      " ",
    ),
  ),
  months: set(
    "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(
      " ",
    ),
  ),
  said: inflect(verbs.said),
  saidPhrases: verbs.saidPhrases.map((p) => p.split(" ")),
  reported: inflect(verbs.reported),
  releasedObjects: set(verbs.releasedObjects),
  reportedPhrases: verbs.reportedPhrases.map((p) => p.split(" ")),
  notSaid: inflect(verbs.notSaid),
  deploy: inflect(verbs.deploy),
  deployNouns: set(verbs.deployNouns),
  troopNouns: set(verbs.troopNouns),
  operationVerbs: set(verbs.operationVerbs),
  operationNouns: set(verbs.operationNouns),
  locPreps: set(verbs.locPreps),
  locVerbs: set(verbs.locVerbs),
  deployBlockers: set(verbs.deployBlockers),
  condemn: inflect(verbs.condemn),
  condemnPhrases: verbs.condemnPhrases.map((p) => p.split(" ")),
  demandPhrases: verbs.demandPhrases.map((p) => p.split(" ")),
  demandStopVerbs: set(verbs.demandStopVerbs),
  condemnNouns: set(verbs.condemnNouns),
  condemnNounPreps: set(verbs.condemnNounPreps),
  agentPreps: set(verbs.agentPreps),
  objectPreps: set(verbs.objectPreps),
  hypotheticals: set(verbs.hypotheticals),
  negations: set(verbs.negations),
  statementNouns: set(verbs.statementNouns),
  hedges: set(verbs.hedges),
};
