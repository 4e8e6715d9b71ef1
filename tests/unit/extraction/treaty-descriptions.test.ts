// Table tests for treaty mentions: numbered and "on/of" names stay whole, and definite descriptions
// ("the 1962 treaty", "the Lima agreement") resolve to the article's named treaty (treaty-descriptions.ts).
import { describe, expect, it } from "vitest";
import { extractedGraph as graph } from "../../support/extraction-graph.ts";

describe("treaty names", () => {
  const table: Array<[string, string]> = [
    ["The envoy cited UN Security Council Resolution 2417 on Monday.", "Treaty:UN Security Council Resolution 2417"],
    [
      "Both claims are void under the Convention on Fishing Rights, the court said.",
      "Treaty:Convention on Fishing Rights",
    ],
    ["Talks revived the Treaty of Amity last year.", "Treaty:Treaty of Amity"],
  ];
  for (const [text, want] of table) it(`name: ${text}`, () => expect(graph(text).entities).toContain(want));
});

describe("treaty descriptions resolve to the named treaty", () => {
  it("'the 1962 treaty' and 'the defence pact' join the named treaty", () => {
    const g = graph(
      "Peru and Chile signed the Pacific Defence Treaty in 1962. The 1962 treaty binds both navies. " +
        'Ambassador Lena Vargo said the defence pact "still stands".',
    );
    expect(g.aliases.get("Pacific Defence Treaty")).toEqual(expect.arrayContaining(["1962 treaty", "defence pact"]));
    expect(g.claims).toContain("Lena Vargo -SAID-> Pacific Defence Treaty");
  });
  it("the place inside 'the Lima agreement' is not a separate actor", () => {
    const g = graph("The Andean Water Accord was signed last year. Ministers urged respect for the Lima agreement.");
    expect(g.aliases.get("Andean Water Accord")).toContain("Lima agreement");
    expect(g.entities).not.toContain("State:Peru");
  });
  it("no named treaty in the article: a description yields nothing", () => {
    expect(graph("Citing the bilateral partnership agreement, Peru defended its troops.").entities).toEqual([
      "State:Peru",
    ]);
  });
});
