// Low items of issue 19: the canonical JSON is byte-stable whatever order the store returned the
// claims and entities in, and the CSV formula guard leaves plain (negative) numbers alone.
import { describe, expect, it } from "vitest";
import { csvCell } from "../../../server/export/csv.ts";
import { toCanonicalJson } from "../../../server/export/json.ts";
import { hostileBundle } from "../../fixtures/export-bundle.ts";

describe("canonical JSON order", () => {
  it("gives the same bytes for the same content in another storage order", () => {
    const b = hostileBundle();
    const tie = b.claims[0]!;
    // two claims tied on (type, article, start): only a total order separates them
    const twin = { ...tie, id: `${tie.id}-twin`, target: `${tie.target}-z` };
    const one = { ...b, claims: [tie, twin, ...b.claims.slice(1)] };
    const two = { ...b, claims: [...b.claims.slice(1).reverse(), twin, tie], nodes: [...b.nodes].reverse() };
    expect(toCanonicalJson(two)).toBe(toCanonicalJson(one));
  });
});

describe("CSV formula guard", () => {
  it.each([
    ["-54.79", "-54.79"],
    [-54.79, "-54.79"],
    ["+3", "+3"],
    ["1e-5", "1e-5"],
    ["=1+2", "'=1+2"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ["\t=1", "'\t=1"],
  ])("%s becomes %s", (input, out) => {
    expect(csvCell(input)).toBe(out);
  });
});
