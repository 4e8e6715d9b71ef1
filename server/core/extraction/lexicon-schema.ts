// Lexicon loading: every data file is parsed with its zod schema, every entry normalised the way tokens
// are, and an entry that can never match the token stream ("op-ed" against one token) is an error.
import { z } from "zod";
import { normToken, tokenTexts } from "./02-tokens.ts";

export class LexiconError extends Error {
  constructor(message: string) {
    super(`extraction: lexicon ${message}`);
    this.name = "LexiconError";
  }
}

const words = z.array(z.string().trim().min(1));
const names = z.array(z.array(z.string().trim().min(1)).min(1));
const about = z.string().optional();

export const HeadsSchema = z.object({
  _about: about,
  institution: words,
  treaty: words,
  place: words,
  placeLower: words,
  connectors: words,
  militaryGeneric: words,
  stopCaps: words,
  vesselCues: words,
  orgCues: words,
  placePrefixes: words,
  possessiveInName: words,
  eventHeads: words,
});
export const OutletsSchema = z.object({
  notAfterOf: words,
  _about: about,
  outlets: names,
  heads: words,
  cueBefore: words,
  cueAfter: words,
  nominals: words,
  genericSuffixes: words,
  platforms: words,
  agencyModifiers: words,
});
export const NamesSchema = z.object({ _about: about }).catchall(names);
export const LeadersSchema = z.object({
  _about: about,
  people: z.array(
    z.object({
      name: z.string().min(1),
      variants: words.optional(),
      short: words.optional(),
      ambiguous: words.optional(),
    }),
  ),
});
export const StatesExtraSchema = z.object({
  _about: about,
  demonyms: z.record(z.string(), words),
  notActorHeads: words,
  actorHeads: words,
  seatsOfPower: z.record(z.string(), z.string()),
  capitalPlaceCues: words,
  altNames: z.record(z.string(), words),
  historicalStates: names,
  canonicalNames: z.record(z.string(), z.string()),
  capitalStateBeforeIn: words,
  partlyRecognised: words,
});
export const TitlesSchema = z.object({
  _about: about,
  roles: words,
  modifiers: words,
  headVerbs: words,
  affiliationPreps: words,
});
export const CuesSchema = z.object({ _about: about }).catchall(words);
export const PhrasesSchema = z
  .object({
    _about: about,
    groupNominals: words,
    jointPossessions: words,
    boilerplateLines: words,
    unnamedTreaties: words,
  })
  .strict();
export const TimeSchema = z.object({ _about: about, timeWords: words, months: words });
const verbKeys = [
  "said",
  "saidPhrases",
  "reported",
  "reportedPhrases",
  "notSaid",
  "deploy",
  "troopNouns",
  "locPreps",
  "locVerbs",
  "deployBlockers",
  "condemn",
  "condemnPhrases",
  "negations",
  "hedges",
  "statementNouns",
  "releasedObjects",
  "demandPhrases",
  "demandStopVerbs",
  "condemnNouns",
  "condemnNounPreps",
  "condemnAdjectives",
  "agentPreps",
  "objectPreps",
  "hypotheticals",
  "operationVerbs",
  "operationNouns",
] as const;
export const VerbsSchema = z
  .object({ _about: about, irregular: z.record(z.string(), words) })
  .extend(Object.fromEntries(verbKeys.map((k) => [k, words])) as Record<(typeof verbKeys)[number], typeof words>)
  .strict();

/** Parses a lexicon file with its schema; a wrong shape is a LexiconError naming the file. */
export function parseLexicon<T extends z.ZodType>(file: string, schema: T, raw: unknown): z.infer<T> {
  const r = schema.safeParse(raw);
  if (!r.success)
    throw new LexiconError(`${file}: ${r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  return r.data;
}

function fail(where: string, bad: string[]): void {
  if (bad.length)
    throw new LexiconError(
      `${where}: entries that can never match one token: ${bad.map((b) => JSON.stringify(b)).join(", ")}`,
    );
}

/** Entries compared with one token's norm: each must be one token; stored normalised like tokens. */
export function normSet(where: string, entries: readonly string[]): Set<string> {
  const bad = entries.filter((e) => tokenTexts(e).length !== 1 || !normToken(e));
  fail(where, bad);
  return new Set(entries.map(normToken));
}

/** Entries compared with one token's text (case kept): each must be one token. */
export function textSet(where: string, entries: readonly string[]): Set<string> {
  fail(
    where,
    entries.filter((e) => tokenTexts(e).length !== 1),
  );
  return new Set(entries);
}

/** Multiword cues compared token by token ("*" is one optional word): each word normalised like tokens. */
export function phraseList(where: string, entries: readonly string[]): string[][] {
  const out: string[][] = [];
  const bad: string[] = [];
  for (const e of entries) {
    const p = e.split(/\s+/).flatMap((w) => (w === "*" ? ["*"] : tokenTexts(w).map(normToken)));
    if (p.length === 0 || p[0] === "*" || p.some((w) => !w)) bad.push(e);
    else out.push(p);
  }
  fail(where, bad);
  return out;
}

/** Trailing words of a name compared as written ("news agency" in "Fars news agency"), longest first. */
export function suffixList(where: string, entries: readonly string[]): string[] {
  phraseList(where, entries);
  return [...entries].map((e) => e.trim().replace(/\s+/g, " ")).sort((x, y) => y.length - x.length);
}
