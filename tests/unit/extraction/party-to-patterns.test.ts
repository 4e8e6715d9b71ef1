// Table tests for PARTY_TO patterns: "signed by", "Together with", "<treaty> commits A and B".
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/core/extraction/index.ts";

const graph = (text: string): { entities: string[]; claims: string[]; aliases: Map<string, string[]> } => {
  const d = extractArticle({ text });
  const name = (id: string): string => d.entities.find((e) => e.id === id)?.name ?? id;
  return {
    entities: d.entities.map((e) => `${e.label}:${e.name}`).sort(),
    claims: [...new Set(d.claims.map((c) => `${name(c.source)} -${c.type}-> ${name(c.target)}`))].sort(),
    aliases: new Map(d.entities.map((e) => [e.name, e.aliases])),
  };
};

describe("PARTY_TO patterns", () => {
  const table: Array<[string, string[]]> = [
    [
      "The Quito Declaration, signed in Lima in May by Peru and Chile, ended the dispute.",
      ["Chile -PARTY_TO-> Quito Declaration", "Peru -PARTY_TO-> Quito Declaration"],
    ],
    [
      "Together with Chile and Bolivia, Peru signed the Andean Water Charter in March.",
      [
        "Bolivia -PARTY_TO-> Andean Water Charter",
        "Chile -PARTY_TO-> Andean Water Charter",
        "Peru -PARTY_TO-> Andean Water Charter",
      ],
    ],
    [
      "The Pacific Defence Treaty commits Peru and Chile to defend each other.",
      ["Chile -PARTY_TO-> Pacific Defence Treaty", "Peru -PARTY_TO-> Pacific Defence Treaty"],
    ],
  ];
  for (const [text, want] of table)
    it(`party: ${text}`, () => expect(graph(text).claims.filter((c) => c.includes("PARTY_TO"))).toEqual(want));
});
