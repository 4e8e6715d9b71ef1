// Table tests for PARTY_TO patterns: "signed by", "Together with", "<treaty> commits A and B".
import { describe, expect, it } from "vitest";
import { extractedGraph as graph } from "../../support/extraction-graph.ts";

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

describe("an agreement the article describes without naming it", () => {
  const text =
    "Talks opened. The truce follows a May 3 peace accord signed by Peru's government and the rebel movement, " +
    "Shining Path Front (SPF), which ended the war. The fragile peace agreement holds.";
  it("is one Treaty, named by its first description, with the others as aliases", () => {
    const g = graph(text);
    expect(g.entities.filter((e) => e.startsWith("Treaty:"))).toEqual(["Treaty:peace accord"]);
    expect(g.aliases.get("peace accord")).toEqual(expect.arrayContaining(["peace agreement"]));
  });
  it("takes the signatories, including a name in apposition", () => {
    expect(graph(text).claims.filter((c) => c.includes("PARTY_TO"))).toEqual([
      "Peru -PARTY_TO-> peace accord",
      "Shining Path Front -PARTY_TO-> peace accord",
    ]);
  });
  it("gives nothing when the article names a treaty, or without a determiner", () => {
    expect(
      graph("Talks opened. Peru signed the Andean Water Treaty. A peace deal was signed by Chile.").entities,
    ).toEqual(expect.not.arrayContaining(["Treaty:peace deal"]));
    expect(graph("Talks opened. Peace deal talks were held by Chile.").entities).toEqual(["State:Chile"]);
  });
});
