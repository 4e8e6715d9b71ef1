// Table-driven tests of client/state/selection: focus (hover over selection), node and
// edge roles around the focus, and claims grouped by type for the side panel.
import { describe, expect, it } from "vitest";
import type { ClaimType } from "../../../server/core/model/labels.ts";
import type { ClaimWithContext } from "../../../server/core/model/types.ts";
import {
  EMPTY_SELECTION,
  claimDirection,
  edgeRole,
  focusOf,
  groupClaimsByType,
  nodeRole,
  withHovered,
  quoteText,
  withSelected,
} from "../../../client/state/selection/index.ts";

const claim = (id: string, type: ClaimType, confidence = 0.5, article = "a1", sentence = 0): ClaimWithContext => ({
  id,
  type,
  source: "s",
  target: "t",
  article,
  sentence,
  start: 0,
  end: 10,
  evidence: "…",
  confidence,
  rule: "test",
  sourceName: "S",
  targetName: "T",
  sourceLabel: "Person",
  targetLabel: "State",
  articleTitle: "A",
});

describe("focus", () => {
  it.each([
    [{ hovered: null, selected: null }, null],
    [{ hovered: "a", selected: null }, "a"],
    [{ hovered: null, selected: "b" }, "b"],
    [{ hovered: "a", selected: "b" }, "a"],
  ])("focusOf(%j) = %j", (state, expected) => {
    expect(focusOf(state)).toBe(expected);
  });

  it.each([
    ["x", null, "none"],
    ["a", "a", "focus"],
    ["n", "a", "neighbour"],
    ["x", "a", "dimmed"],
  ] as const)("nodeRole(%s, focus %s) = %s", (node, focus, expected) => {
    expect(nodeRole(node, focus, new Set(["n"]))).toBe(expected);
  });

  it.each([
    ["a", "b", null, "none"],
    ["a", "b", "a", "neighbour"],
    ["a", "b", "b", "neighbour"],
    ["a", "b", "c", "dimmed"],
  ] as const)("edgeRole(%s→%s, focus %s) = %s", (s, t, focus, expected) => {
    expect(edgeRole(s, t, focus)).toBe(expected);
  });

  it("returns the same state object when nothing changes", () => {
    const s = withSelected(EMPTY_SELECTION, "a");
    expect(withSelected(s, "a")).toBe(s);
    expect(withHovered(s, null)).toBe(s);
    expect(withHovered(s, "b")).toEqual({ hovered: "b", selected: "a" });
  });
});

describe("claims", () => {
  it.each([
    ["s", "out"],
    ["t", "in"],
  ] as const)("claimDirection for %s = %s", (entity, expected) => {
    expect(claimDirection({ source: "s", target: "t" }, entity)).toBe(expected);
  });

  it.each<[string, ClaimWithContext[], Array<[ClaimType, string[]]>]>([
    ["nothing", [], []],
    [
      "types in model order",
      [claim("1", "CONDEMNED"), claim("2", "SAID"), claim("3", "PARTY_TO")],
      [
        ["SAID", ["2"]],
        ["CONDEMNED", ["1"]],
        ["PARTY_TO", ["3"]],
      ],
    ],
    [
      "most confident first, then article and sentence",
      [
        claim("1", "SAID", 0.5, "a2", 0),
        claim("2", "SAID", 0.9),
        claim("3", "SAID", 0.5, "a1", 7),
        claim("4", "SAID", 0.5, "a1", 2),
      ],
      [["SAID", ["2", "4", "3", "1"]]],
    ],
  ])("groupClaimsByType: %s", (_, claims, expected) => {
    expect(groupClaimsByType(claims).map((g) => [g.type, g.claims.map((c) => c.id)])).toEqual(expected);
  });
});

describe("quoteText", () => {
  it.each([
    ["invincible military comradeship", "“invincible military comradeship”"],
    ["“invincible”", "“invincible”"],
    ['"very close ties,"', "“very close ties,”"],
    ["« sacred struggle »", "“sacred struggle”"],
    ["it's the soldiers'", "“it's the soldiers'”"],
    ["“”", ""],
  ])("%j → %j", (q, expected) => {
    expect(quoteText(q)).toBe(expected);
  });
});
