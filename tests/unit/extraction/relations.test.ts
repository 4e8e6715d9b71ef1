// Table tests for stages 05-relations and 06-evidence: each row is a text and the claims
// expected as "Source -TYPE-> Target" strings (exact set).
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/core/extraction/index.ts";

const claims = (text: string): string[] => {
  const d = extractArticle({ text });
  const name = (id: string): string => d.entities.find((e) => e.id === id)?.name ?? id;
  return [...new Set(d.claims.map((c) => `${name(c.source)} -${c.type}-> ${name(c.target)}`))].sort();
};

describe("05-relations", () => {
  const table: Array<[string, string[]]> = [
    ["Pyongyang pledged support to Russia.", ["North Korea -SAID-> Russia"]],
    ["The Kremlin said Ukraine attacked.", ["Russia -SAID-> Ukraine"]],
    [
      "Neither Choe nor Lavrov confirmed the deployment of North Korean soldiers to Russia.",
      ["North Korea -DEPLOYED-> Russia"],
    ],
    [
      "According to Reuters, 8,000 North Korean soldiers are stationed in Russia’s Kursk region.",
      [
        "North Korea -DEPLOYED-> Kursk region",
        "North Korea -DEPLOYED-> Russia",
        "Reuters -REPORTED-> Kursk region",
        "Reuters -REPORTED-> North Korea",
        "Reuters -REPORTED-> Russia",
      ],
    ],
    [
      "The United States condemned North Korea’s actions.",
      ["United States -CONDEMNED-> North Korea", "United States -SAID-> North Korea"],
    ],
    ["Japan imposed sanctions on Iran.", ["Japan -CONDEMNED-> Iran"]],
    ["Russian Foreign Minister Sergey Lavrov met reporters.", ["Sergey Lavrov -MEMBER_OF-> Russia"]],
    [
      "Hong Min, a senior researcher at the Korea Institute for National Unification, spoke.",
      ["Hong Min -MEMBER_OF-> Korea Institute for National Unification"],
    ],
    [
      "The Baltic Security Treaty between Estonia and Latvia holds.",
      ["Estonia -PARTY_TO-> Baltic Security Treaty", "Latvia -PARTY_TO-> Baltic Security Treaty"],
    ],
    [
      "Germany helped Poland, the Financial Times reports.",
      ["Financial Times -REPORTED-> Germany", "Financial Times -REPORTED-> Poland"],
    ],
    ["American experts expressed concern about China.", []],
    ["The Chinese government fears Japan.", []],
    ["France deployed 2,000 troops to Estonia.", ["France -DEPLOYED-> Estonia"]],
  ];
  for (const [text, want] of table) it(`relations: ${text}`, () => expect(claims(text)).toEqual(want));

  it("relations: a quoted paragraph after 'X quoted Y:' is Y's statement", () => {
    const text = 'A reporter from Reuters quoted Ana Torvik, an analyst:\n\n"Russia will not stop in Ukraine."';
    expect(claims(text)).toContain("Ana Torvik -SAID-> Russia");
  });
});

describe("06-evidence", () => {
  it("evidence: offsets slice the sentence, quotes are kept, hedges lower confidence", () => {
    const text = "Intro line\n\nChoe Son Hui said “Russia will win.” Troops may have been sent to Russia by the DPRK.";
    const d = extractArticle({ text });
    for (const c of d.claims) expect(text.slice(c.start, c.end)).toBe(c.evidence);
    const said = d.claims.find((c) => c.type === "SAID");
    expect(said?.quote).toBe("“Russia will win.”");
    expect(d.article.title).toBe("Intro line");
  });
});
