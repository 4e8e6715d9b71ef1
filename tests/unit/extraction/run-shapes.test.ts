// Table tests for names typed by the shape of their capitalised run: compass and Port places, news agencies.
import { describe, expect, it } from "vitest";
import { extractedGraph as graph } from "../../support/extraction-graph.ts";

describe("place and outlet names from run shapes", () => {
  const table: Array<[string, string]> = [
    ["Fighting spread to North Peru overnight, aid workers said.", "Place:North Peru"],
    ["The ship docked at Port Chile on Friday.", "Place:Port Chile"],
    ["The figures were published by the Andean News Agency on Monday.", "Outlet:Andean News Agency"],
  ];
  for (const [text, want] of table) it(`run: ${text}`, () => expect(graph(text).entities).toContain(want));
  it("a demonym after a compass word stays a demonym", () => {
    expect(graph("North Korean troops crossed the river.").entities).toEqual(["State:North Korea"]);
  });
});

describe("a state's name before a body's name", () => {
  const text = "Talks opened. U.S. Central Command said the Houthis fired missiles.";
  it("qualifies the body (an alias with the state) and is no speaker itself", () => {
    const g = graph(text);
    expect(g.aliases.get("Central Command")).toContain("U.S. Central Command");
    expect(g.claims).toContain("Central Command -SAID-> Houthis");
    expect(g.claims.filter((c) => c.startsWith("United States -SAID->"))).toEqual([]);
  });
});

describe("a body's seat in its name", () => {
  it("is a country ('Integrated Office in Haiti'), never a city ('Contships Management in Athens')", () => {
    expect(graph("Talks opened. The United Nations Integrated Office in Haiti said so.").entities).toContain(
      "Institution:United Nations Integrated Office in Haiti",
    );
    expect(graph("Talks opened. Contships Management in Athens told Reuters the ship was safe.").entities).toEqual(
      expect.arrayContaining(["Institution:Contships Management", "Place:Athens"]),
    );
  });
});
