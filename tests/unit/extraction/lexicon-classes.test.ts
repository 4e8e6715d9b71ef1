// Table tests of the word classes moved out of the code into lexicons (cues.json, phrases.json, outlets.json):
// each row is an input and what the class makes of it, so an emptied or broken list fails here.
import { describe, expect, it } from "vitest";
import { isBoilerplateLine, extractArticle, toCanonical } from "../../../server/core/extraction/index.ts";
import { stripSuffix } from "../../../server/core/extraction/mention-rules.ts";
import { LEX } from "../../../server/core/extraction/lexicon.ts";
import {
  LexiconError,
  PhrasesSchema,
  parseLexicon,
  suffixList,
} from "../../../server/core/extraction/lexicon-schema.ts";

function claims(text: string): string[] {
  const g = toCanonical(extractArticle({ text }));
  const name = (id: string): string => g.entities.find((e) => e.id === id)?.name ?? id;
  return g.relations.map((r) => `${r.type} ${name(r.source)} -> ${name(r.target)}`);
}

describe("word classes from the lexicons", () => {
  const boilerplate: Array<[string, boolean]> = [
    ["Skip to main content", true],
    ["SKIP TO CONTENT", true],
    ["| Sign in |", true],
    ["## Home", true],
    ["Advertisement", true],
    ["Homeland security", false],
    ["Share prices fell", false],
  ];
  for (const [line, want] of boilerplate)
    it(`boilerplateLines: ${JSON.stringify(line)} is ${want ? "" : "not "}boilerplate`, () => {
      expect(isBoilerplateLine(line)).toBe(want);
    });

  const suffixes: Array<[string, readonly string[], string]> = [
    ["Fars news agency", LEX.outletGenericSuffixes, "Fars"],
    ["Mehr news", LEX.outletGenericSuffixes, "Mehr"],
    ["Fars News Agency", LEX.outletGenericSuffixes, "Fars News Agency"],
    ["Rybar Telegram", [...LEX.outletPlatforms], "Rybar"],
    ["Telegram", [...LEX.outletPlatforms], "Telegram"],
    ["Dailyx", LEX.outletGenericSuffixes, "Dailyx"],
  ];
  for (const [name, list, want] of suffixes)
    it(`suffixes: ${name} -> ${want}`, () => {
      expect(stripSuffix(name, list)).toBe(want);
    });

  it("suffix lists are longest first", () => {
    expect(LEX.outletGenericSuffixes.indexOf("news agency")).toBeLessThan(LEX.outletGenericSuffixes.indexOf("agency"));
    expect(suffixList("t", ["agency", "news agency"])).toEqual(["news agency", "agency"]);
  });

  it("group nominals resolve to the pair named before them (groupNominals)", () => {
    expect(LEX.groupNominals).toContainEqual(["both", "sides"]);
    expect(claims("Serbia and Kosovo met in Brussels. Both sides condemned Albania.")).toEqual(
      expect.arrayContaining(["CONDEMNED Serbia -> Albania", "CONDEMNED Kosovo -> Albania"]),
    );
  });

  it("closed classes hold their words, normalised", () => {
    expect(LEX.coreferablePronouns.has("their")).toBe(true);
    expect(LEX.articles.has("the")).toBe(true);
    expect(LEX.institutionNameConnectors.has("for")).toBe(true);
    expect(LEX.agencyModifiers.has("Press")).toBe(true);
  });

  it("phrases.json refuses an unknown list and an entry that can never match", () => {
    const ok = { groupNominals: [], jointPossessions: [], boilerplateLines: [], unnamedTreaties: [] };
    expect(() => parseLexicon("phrases.json", PhrasesSchema, { ...ok, typo: [] })).toThrow(LexiconError);
    expect(() => suffixList("outlets.genericSuffixes", ["* news"])).toThrow(LexiconError);
  });
});
