// Table tests for the generalisation rules: titles skip boilerplate, capitals used as cities,
// demonym-qualified bodies, apposition roles, parentheticals/temporal phrases, datelines, 'release'.
import { describe, expect, it } from "vitest";
import { extractArticle, newDoc, runStages, titleOf } from "../../../server/core/extraction/index.ts";

const entities = (text: string): string[] =>
  runStages(newDoc({ text }), "04-resolve")
    .entities.map((e) => `${e.label}:${e.name}`)
    .sort();

const claims = (text: string): string[] => {
  const d = extractArticle({ text });
  const name = (id: string): string => d.entities.find((e) => e.id === id)?.name ?? id;
  return [...new Set(d.claims.map((c) => `${name(c.source)} -${c.type}-> ${name(c.target)}`))].sort();
};

describe("article titles", () => {
  const table: Array<[string, string]> = [
    ["![](https://x.example/a.jpg) |\n|\nReal title here\nBody.", "Real title here"],
    ["\n# Heading title\nBody.", "Heading title"],
    ["Advertisement\nTitle after boilerplate\n", "Title after boilerplate"],
    ["Plain first line\nBody.", "Plain first line"],
  ];
  for (const [text, want] of table)
    it(`title: ${JSON.stringify(text.slice(0, 20))}`, () => expect(titleOf(text)).toBe(want));
});

describe("capital as city vs government", () => {
  const table: Array<[string, string[]]> = [
    ["The envoys met in Oslo on Monday.", ["Place:Oslo"]],
    ["In Lima, the ministers signed nothing.", ["Place:Lima"]],
    ["The move caused alarm in Oslo.", ["State:Norway"]],
    ["Oslo warned against escalation.", ["State:Norway"]],
    ["OSLO, May 3 (Reuters) - Talks resumed.", ["Outlet:Reuters", "Place:OSLO"]],
  ];
  for (const [text, want] of table) it(`capital: ${text}`, () => expect(entities(text)).toEqual(want));
});

describe("state-owned generic bodies are qualified", () => {
  it("Peru's Foreign Ministry -> Peruvian Foreign Ministry, surface kept as alias", () => {
    const d = runStages(newDoc({ text: "Peru's Foreign Ministry said it would respond." }), "04-resolve");
    const inst = d.entities.find((e) => e.label === "Institution")!;
    expect(inst.name).toBe("Peruvian Foreign Ministry");
    expect(inst.aliases).toContain("Foreign Ministry");
  });
  it("two countries' foreign ministries stay apart", () => {
    const got = entities("Peru's Foreign Ministry and Chile's Foreign Ministry disagreed.");
    expect(got).toContain("Institution:Peruvian Foreign Ministry");
    expect(got).toContain("Institution:Chilean Foreign Ministry");
  });
});

describe("relations: apposition roles, parentheticals, datelines", () => {
  const table: Array<[string, string[]]> = [
    [
      "Norway's foreign ministry spokeswoman, Ane Lindqvist, said Norway would help.",
      ["Ane Lindqvist -MEMBER_OF-> Norway", "Ane Lindqvist -SAID-> Norway"],
    ],
    ["Peruvian defence ministry spokesman Tomas Quispe spoke.", ["Tomas Quispe -MEMBER_OF-> Peru"]],
    ["Chile, which borders Peru, warned Bolivia.", ["Chile -SAID-> Bolivia"]],
    ["Peru's government on Tuesday accused Chile of lying.", ["Peru -CONDEMNED-> Chile", "Peru -SAID-> Chile"]],
    ["Troops entered Bolivia overnight, Chile said on Friday, as talks began in Lima.", ["Chile -SAID-> Bolivia"]],
    ["LIMA, May 3 (Reuters) - Peru accused Chile of spying.", ["Peru -CONDEMNED-> Chile", "Peru -SAID-> Chile"]],
    ["Peru said Chile would release 10 prisoners.", ["Peru -SAID-> Chile"]],
    ["Peru asked Chile for help.", ["Peru -SAID-> Chile"]],
  ];
  for (const [text, want] of table) it(`relations: ${text}`, () => expect(claims(text)).toEqual(want));
});
