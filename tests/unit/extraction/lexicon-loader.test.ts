// Lexicon loader: files are checked by their zod schema, entries are normalised like tokens, and an
// entry that can never meet the token stream is refused with a typed error.
import { describe, expect, it } from "vitest";
import {
  LexiconError,
  TitlesSchema,
  normSet,
  parseLexicon,
  phraseList,
  textSet,
} from "../../../server/core/extraction/lexicon-schema.ts";
import { LEX } from "../../../server/core/extraction/lexicon.ts";

describe("lexicon loader", () => {
  it("normalises entries the way tokens are normalised", () => {
    expect([...normSet("t", ["Reportedly", "Déclaration", "n't"])]).toEqual(["reportedly", "declaration", "nt"]);
    expect(phraseList("t", ["Lodged a * protest with"])).toEqual([["lodged", "a", "*", "protest", "with"]]);
  });

  const never: Array<[string, () => unknown]> = [
    ["a hyphenated word against one token", () => normSet("verbs.statementNouns", ["op-ed"])],
    ["two words against one token", () => normSet("verbs.troopNouns", ["special forces"])],
    ["a connector phrase against a head", () => textSet("heads.place", ["Republic of"])],
    ["a phrase opened by the wildcard", () => phraseList("verbs.condemnPhrases", ["* sanctions on"])],
  ];
  for (const [what, load] of never)
    it(`refuses ${what}`, () => {
      expect(load).toThrow(LexiconError);
    });

  it("refuses a file of the wrong shape, naming it", () => {
    expect(() => parseLexicon("titles.json", TitlesSchema, { roles: "president" })).toThrow(LexiconError);
    expect(() => parseLexicon("titles.json", TitlesSchema, { roles: "president" })).toThrow(/titles\.json/);
  });

  it("loads every shipped lexicon (the module would have thrown otherwise)", () => {
    expect(LEX.condemn.has("condemned")).toBe(true);
    expect(LEX.months.has("september")).toBe(true);
    expect(LEX.roleModifiers.has("ex")).toBe(true);
  });
});
