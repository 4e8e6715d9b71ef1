// Table tests for stages 03-mentions and 04-resolve: states by name, demonym, capital,
// seat of power and abbreviation; persons with titles; outlets, institutions, treaties, places.
import { describe, expect, it } from "vitest";
import { newDoc, runStages } from "../../../server/core/extraction/index.ts";

const entities = (text: string): string[] =>
  runStages(newDoc({ text }), "04-resolve")
    .entities.map((e) => `${e.label}:${e.name}`)
    .sort();

describe("03-mentions + 04-resolve", () => {
  const table: Array<[string, string[]]> = [
    ["Pyongyang pledged support.", ["State:North Korea"]],
    ["The Kremlin said nothing.", ["State:Russia"]],
    ["North Korean soldiers arrived.", ["State:North Korea"]],
    ["The DPRK and the ROK met.", ["State:North Korea", "State:South Korea"]],
    ["The UK and the US agreed.", ["State:United Kingdom", "State:United States"]],
    ["Choe met officials during a visit to Moscow.", ["Place:Moscow"]],
    ["Kim Jong Un spoke. Later Kim Jong-un left. Kim smiled.", ["Person:Kim Jong-un"]],
    ["El País reported it. El Pais said more.", ["Outlet:El País"]],
    ["Xi met Putin.", ["Person:Vladimir Putin", "Person:Xi Jinping"]],
    ["Talks with Foreign Minister Ana Torvik were held in Oslo.", ["Person:Ana Torvik", "Place:Oslo"]],
    [
      "A senior researcher at the Nordic Institute for Peace Studies spoke.",
      ["Institution:Nordic Institute for Peace Studies"],
    ],
    [
      "They signed the Baltic Security Treaty between Estonia and Latvia.",
      ["State:Estonia", "State:Latvia", "Treaty:Baltic Security Treaty"],
    ],
    ["Troops were seen in the Zaporizhzhia region.", ["Place:Zaporizhzhia region"]],
    ["Fighting near Tarnow continued, and troops entered Tarnow.", ["Place:Tarnow"]],
    ["The Ukrainian Armed Forces advanced.", ["State:Ukraine"]],
    ["Tensions rose on the Korean Peninsula.", ["Place:Korean Peninsula"]],
    ["It was reported by the publication Gazeta Nova.", ["Outlet:Gazeta Nova"]],
    [
      "Officials at NATO and the IAEA disagreed.",
      ["Institution:International Atomic Energy Agency", "Institution:North Atlantic Treaty Organization"],
    ],
  ];
  for (const [text, want] of table) it(`mentions: ${text}`, () => expect(entities(text)).toEqual(want));

  it("mentions: counts every mention and keeps every surface form", () => {
    const d = runStages(newDoc({ text: "Kim Jong Un spoke. Kim Jong-un left. Kim smiled." }), "04-resolve");
    expect(d.entities[0]!.mentions).toBe(3);
    expect(d.entities[0]!.aliases.sort()).toEqual(["Kim", "Kim Jong Un", "Kim Jong-un"]);
  });
});
