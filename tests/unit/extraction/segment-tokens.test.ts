// Table tests for stages 01-segment and 02-tokens: sentence boundaries (glued, quoted,
// abbreviations, headlines) and token offsets.
import { describe, expect, it } from "vitest";
import { newDoc, runStages } from "../../../server/core/extraction/index.ts";

const sentences = (text: string): string[] => {
  const d = runStages(newDoc({ text }), "01-segment");
  return d.sentences.map((s) => text.slice(s.start, s.end));
};

describe("01-segment", () => {
  const table: Array<[string, string[]]> = [
    ["One. Two.", ["One.", "Two."]],
    ["soldiers from the DPRK.İt is noted.", ["soldiers from the DPRK.", "İt is noted."]],
    ["in Kursk.Meanwhile, troops came.", ["in Kursk.", "Meanwhile, troops came."]],
    ["U.S. troops arrived. They stayed.", ["U.S. troops arrived.", "They stayed."]],
    ["Mr. Smith said so. Then left.", ["Mr. Smith said so.", "Then left."]],
    ["He said “no.” She agreed.", ["He said “no.”", "She agreed."]],
    ["It was “war.”Despite that, calm.", ["It was “war.”", "Despite that, calm."]],
    ["Title Line\n\nBody one. Body two.", ["Title Line", "Body one.", "Body two."]],
    ["visit toutiao.com/article now.", ["visit toutiao.com/article now."]],
    ["", []],
  ];
  for (const [text, want] of table) it(`segment: ${JSON.stringify(text)}`, () => expect(sentences(text)).toEqual(want));

  it("segment: marks title-case lines as headlines", () => {
    const d = runStages(
      newDoc({ text: "Rising Nuclear Tensions on the Korean Peninsula\nThe troops said nothing." }),
      "01-segment",
    );
    expect(d.sentences.map((s) => s.headline)).toEqual([true, false]);
  });
});

describe("02-tokens", () => {
  const table: Array<[string, string[]]> = [
    ["Kim Jong-un’s army", ["Kim", "Jong", "-", "un", "’s", "army"]],
    ["El País , said", ["El", "País", ",", "said"]],
    ["DPRK.İt is", ["DPRK", ".", "İ", "t", "is"]],
  ];
  for (const [text, want] of table)
    it(`tokens: ${text}`, () => {
      const d = runStages(newDoc({ text }), "02-tokens");
      expect(d.tokens.map((t) => text.slice(t.start, t.end))).toEqual(d.tokens.map((t) => t.text));
      expect(
        d.tokens
          .map((t) => t.text)
          .join("|")
          .replace("İ|t", "İt"),
      ).toBe(want.join("|").replace("İ|t", "İt"));
    });
});
