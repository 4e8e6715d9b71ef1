// Builds the extraction gazetteer once at load: states from world-countries plus the
// JSON lexicons (outlets, organisations, leaders, places, seats of power) in a token trie.
import countries from "world-countries";
import type { EntityLabel } from "../model/index.ts";
import type { MentionKind } from "./types.ts";
import { normToken } from "./02-tokens.ts";
import statesExtraRaw from "./lexicons/states-extra.json" with { type: "json" };
import outletsRaw from "./lexicons/outlets.json" with { type: "json" };
import orgsRaw from "./lexicons/organisations.json" with { type: "json" };
import leadersRaw from "./lexicons/leaders.json" with { type: "json" };
import placesRaw from "./lexicons/places.json" with { type: "json" };
import headsRaw from "./lexicons/heads.json" with { type: "json" };
import titlesRaw from "./lexicons/titles.json" with { type: "json" };
import verbsRaw from "./lexicons/verbs.json" with { type: "json" };
import timeRaw from "./lexicons/time.json" with { type: "json" };
import cuesRaw from "./lexicons/cues.json" with { type: "json" };
import phrasesRaw from "./lexicons/phrases.json" with { type: "json" };
import {
  CuesSchema,
  HeadsSchema,
  LeadersSchema,
  NamesSchema,
  OutletsSchema,
  PhrasesSchema,
  StatesExtraSchema,
  TimeSchema,
  TitlesSchema,
  VerbsSchema,
  LexiconError,
  normSet,
  parseLexicon,
  phraseList,
  suffixList,
  textSet,
} from "./lexicon-schema.ts";

const statesExtra = parseLexicon("states-extra.json", StatesExtraSchema, statesExtraRaw);
const outlets = parseLexicon("outlets.json", OutletsSchema, outletsRaw);
const orgs = parseLexicon("organisations.json", NamesSchema, orgsRaw);
const leaders = parseLexicon("leaders.json", LeadersSchema, leadersRaw);
const places = parseLexicon("places.json", NamesSchema, placesRaw);
const heads = parseLexicon("heads.json", HeadsSchema, headsRaw);
const titles = parseLexicon("titles.json", TitlesSchema, titlesRaw);
const verbs = parseLexicon("verbs.json", VerbsSchema, verbsRaw);
const time = parseLexicon("time.json", TimeSchema, timeRaw);
const cues = parseLexicon("cues.json", CuesSchema, cuesRaw);
const phrases = parseLexicon("phrases.json", PhrasesSchema, phrasesRaw);
/** one closed word class of cues.json (it must exist) */
const cue = (k: string): Set<string> => {
  const xs = cues[k];
  if (!Array.isArray(xs)) throw new LexiconError(`cues.json: no list ${k}`);
  return normSet(`cues.${k}`, xs);
};

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
const renamed = statesExtra.canonicalNames;
for (const c of countries) STATE_BY_CODE.set(c.cca2, renamed[c.cca2] ?? c.name.common);

function buildGazetteer(): void {
  // Specific lists first: the first entry for a phrase wins.
  for (const p of leaders.people) {
    for (const v of [p.name, ...(p.variants ?? [])]) add(v, { label: "Person", canon: p.name, kind: "name" });
    for (const v of p.short ?? []) add(v, { label: "Person", canon: p.name, kind: "short" });
    for (const v of p.ambiguous ?? []) add(v, { label: "Person", canon: p.name, kind: "short", needsFull: true });
  }
  for (const [name, ...aliases] of outlets.outlets) {
    for (const v of [name!, ...aliases]) add(v, { label: "Outlet", canon: name!.replace(/^The /, ""), kind: "name" });
  }
  for (const [name, ...aliases] of orgs.organisations ?? []) {
    for (const v of [name!, ...aliases]) add(v, { label: "Institution", canon: name!, kind: "name" });
  }
  for (const [name, ...aliases] of places.places ?? []) {
    for (const v of [name!, ...aliases]) add(v, { label: "Place", canon: name!, kind: "name" });
  }
  const extra = statesExtra;
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
    const label: EntityLabel = c.independent || extra.partlyRecognised.includes(c.cca2) ? "State" : "Place";
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
    if (!c.independent && !extra.partlyRecognised.includes(c.cca2)) continue;
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
for (const [code, names] of Object.entries(statesExtra.demonyms)) {
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
  instHeads: textSet("heads.institution", heads.institution),
  treatyHeads: textSet("heads.treaty", heads.treaty),
  placeHeads: textSet("heads.place", heads.place),
  placeLower: normSet("heads.placeLower", heads.placeLower),
  connectors: textSet("heads.connectors", heads.connectors),
  militaryGeneric: normSet("heads.militaryGeneric", heads.militaryGeneric),
  stopCaps: textSet("heads.stopCaps", heads.stopCaps),
  vesselCues: normSet("heads.vesselCues", heads.vesselCues),
  orgCues: normSet("heads.orgCues", heads.orgCues),
  placePrefixes: textSet("heads.placePrefixes", heads.placePrefixes),
  possessiveInName: textSet("heads.possessiveInName", heads.possessiveInName),
  eventHeads: textSet("heads.eventHeads", heads.eventHeads),
  outletHeads: textSet("outlets.heads", outlets.heads),
  outletCueBefore: normSet("outlets.cueBefore", outlets.cueBefore),
  outletCueAfter: normSet("outlets.cueAfter", outlets.cueAfter),
  outletNotAfterOf: normSet("outlets.notAfterOf", outlets.notAfterOf),
  outletNominals: phraseList("outlets.nominals", outlets.nominals),
  outletGenericSuffixes: suffixList("outlets.genericSuffixes", outlets.genericSuffixes),
  outletPlatforms: textSet("outlets.platforms", outlets.platforms),
  agencyModifiers: textSet("outlets.agencyModifiers", outlets.agencyModifiers),
  groupNominals: phraseList("phrases.groupNominals", phrases.groupNominals),
  jointPossessions: phraseList("phrases.jointPossessions", phrases.jointPossessions),
  unnamedTreaties: phraseList("phrases.unnamedTreaties", phrases.unnamedTreaties),
  boilerplateLines: new Set(phraseList("phrases.boilerplateLines", phrases.boilerplateLines).map((p) => p.join(" "))),
  roles: titles.roles.map((r) => phraseWords(r)),
  roleModifiers: normSet("titles.modifiers", titles.modifiers),
  headVerbs: normSet("titles.headVerbs", titles.headVerbs),
  affiliationPreps: normSet("titles.affiliationPreps", titles.affiliationPreps),
  notActorHeads: normSet("states-extra.notActorHeads", statesExtra.notActorHeads),
  actorHeads: normSet("states-extra.actorHeads", statesExtra.actorHeads),
  capitalPlaceCues: normSet("states-extra.capitalPlaceCues", statesExtra.capitalPlaceCues),
  capitalStateBeforeIn: normSet("states-extra.capitalStateBeforeIn", statesExtra.capitalStateBeforeIn),
  timeWords: normSet("time.timeWords", time.timeWords),
  months: normSet("time.months", time.months),
  said: inflect(verbs.said),
  saidPhrases: phraseList("verbs.saidPhrases", verbs.saidPhrases),
  reported: inflect(verbs.reported),
  releasedObjects: normSet("verbs.releasedObjects", verbs.releasedObjects),
  reportedPhrases: phraseList("verbs.reportedPhrases", verbs.reportedPhrases),
  notSaid: inflect(verbs.notSaid),
  deploy: inflect(verbs.deploy),
  troopNouns: normSet("verbs.troopNouns", verbs.troopNouns),
  operationVerbs: normSet("verbs.operationVerbs", verbs.operationVerbs),
  operationNouns: normSet("verbs.operationNouns", verbs.operationNouns),
  locPreps: normSet("verbs.locPreps", verbs.locPreps),
  locVerbs: normSet("verbs.locVerbs", verbs.locVerbs),
  deployBlockers: normSet("verbs.deployBlockers", verbs.deployBlockers),
  condemn: inflect(verbs.condemn),
  condemnPhrases: phraseList("verbs.condemnPhrases", verbs.condemnPhrases),
  demandPhrases: phraseList("verbs.demandPhrases", verbs.demandPhrases),
  demandStopVerbs: normSet("verbs.demandStopVerbs", verbs.demandStopVerbs),
  condemnNouns: normSet("verbs.condemnNouns", verbs.condemnNouns),
  condemnAdjectives: normSet("verbs.condemnAdjectives", verbs.condemnAdjectives),
  condemnNounPreps: normSet("verbs.condemnNounPreps", verbs.condemnNounPreps),
  agentPreps: normSet("verbs.agentPreps", verbs.agentPreps),
  objectPreps: normSet("verbs.objectPreps", verbs.objectPreps),
  hypotheticals: normSet("verbs.hypotheticals", verbs.hypotheticals),
  negations: normSet("verbs.negations", verbs.negations),
  statementNouns: normSet("verbs.statementNouns", verbs.statementNouns),
  hedges: normSet("verbs.hedges", verbs.hedges),
  temporalBefore: cue("temporalBefore"),
  temporalAfter: cue("temporalAfter"),
  parentheticalOpeners: cue("parentheticalOpeners"),
  troopModifiers: cue("troopModifiers"),
  clauseBreaks: cue("clauseBreaks"),
  behalfNouns: cue("behalfNouns"),
  stationVerbs: cue("stationVerbs"),
  signVerbs: cue("signVerbs"),
  bindVerbs: cue("bindVerbs"),
  partyStops: cue("partyStops"),
  tellVerbs: cue("tellVerbs"),
  ownerPronouns: cue("ownerPronouns"),
  beVerbs: cue("beVerbs"),
  tailConjunctions: cue("tailConjunctions"),
  regionNouns: cue("regionNouns"),
  compass: cue("compass"),
  treatyNouns: cue("treatyNouns"),
  hyphenModifiers: cue("hyphenModifiers"),
  placeBefore: cue("placeBefore"),
  placeNounsBeforeOf: cue("placeNounsBeforeOf"),
  genericPlaceNouns: cue("genericPlaceNouns"),
  coreferablePronouns: cue("coreferablePronouns"),
  relativePronouns: cue("relativePronouns"),
  nounPhrasePreps: cue("nounPhrasePreps"),
  relativeTimeModifiers: cue("relativeTimeModifiers"),
  articles: cue("articles"),
  appositionOpeners: cue("appositionOpeners"),
  quotingFillers: cue("quotingFillers"),
  venuePreps: cue("venuePreps"),
  blamePreps: cue("blamePreps"),
  troopOriginPreps: cue("troopOriginPreps"),
  accompanyAdverbs: cue("accompanyAdverbs"),
  passiveAgentPreps: cue("passiveAgentPreps"),
  passiveReportPreps: cue("passiveReportPreps"),
  treatyDeterminers: cue("treatyDeterminers"),
  vagueTreatyNouns: cue("vagueTreatyNouns"),
  treatyNameConnectors: cue("treatyNameConnectors"),
  placeNameConnectors: cue("placeNameConnectors"),
  institutionNameConnectors: cue("institutionNameConnectors"),
  reportingNouns: cue("reportingNouns"),
  coordinators: cue("coordinators"),
  channelPreps: cue("channelPreps"),
  proximityPreps: cue("proximityPreps"),
  indefiniteDeterminers: cue("indefiniteDeterminers"),
};
