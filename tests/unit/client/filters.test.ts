// Table-driven tests of client/state/filters: which nodes and edges (and edge parts)
// each filter leaves visible, including the article and outlet filters with and without articleIds.
import { describe, expect, it } from "vitest";
import { computeVisibility, DEFAULT_FILTERS, isDefaultFilters, toggleIn } from "../../../client/state/filters/index.ts";
import type { FilterEdge, FilterNode, FilterState } from "../../../client/state/filters/index.ts";
import type { PairPart } from "../../../client/state/graph/index.ts";

const part = (
  type: PairPart["type"],
  count: number,
  conf: number,
  forward = true,
  articleIds?: string[],
): PairPart => ({
  type,
  count,
  articles: articleIds?.length ?? 1,
  maxConfidence: conf,
  forward,
  ...(articleIds ? { articleIds } : {}),
});

const nodes: FilterNode[] = [
  { id: "kim", kind: "Person" },
  { id: "nk", kind: "State" },
  { id: "us", kind: "State" },
  { id: "wsj", kind: "Outlet" },
  { id: "kursk", kind: "Place" },
  { id: "lonely", kind: "Person" },
];
const edges: FilterEdge[] = [
  {
    id: "kim-nk",
    source: "kim",
    target: "nk",
    parts: [part("SAID", 3, 0.9, true, ["a1"]), part("MEMBER_OF", 1, 0.95, true, ["a1"])],
  },
  { id: "us-nk", source: "us", target: "nk", parts: [part("CONDEMNED", 2, 0.6, true, ["a2"])] },
  { id: "wsj-nk", source: "wsj", target: "nk", parts: [part("REPORTED", 1, 0.5, true, ["a2"])] },
  { id: "nk-kursk", source: "nk", target: "kursk", parts: [part("DEPLOYED", 5, 0.8, true, ["a2", "a3"])] },
];
const f = (patch: Partial<FilterState>): FilterState => ({ ...DEFAULT_FILTERS, ...patch });

describe("computeVisibility", () => {
  it.each<[string, Partial<FilterState>, string[], string[]]>([
    ["no filter", {}, ["kim-nk", "us-nk", "wsj-nk", "nk-kursk"], []],
    ["CONDEMNED only", { types: ["CONDEMNED"] }, ["us-nk"], []],
    ["types none", { types: [] }, [], []],
    ["confidence ≥ 0.7", { minConfidence: 0.7 }, ["kim-nk", "nk-kursk"], []],
    ["labels: no State", { labels: ["Person", "Outlet", "Place"] }, [], ["nk", "us"]],
    ["hide isolated", { hideIsolated: true }, ["kim-nk", "us-nk", "wsj-nk", "nk-kursk"], ["lonely"]],
    ["min claims 3", { minClaims: 3 }, ["kim-nk", "nk-kursk"], ["us", "wsj", "lonely"]],
    ["article a2", { article: "a2" }, ["us-nk", "wsj-nk", "nk-kursk"], ["kim", "lonely"]],
    ["outlet wsj (its articles)", { outlet: "wsj" }, ["us-nk", "wsj-nk", "nk-kursk"], ["kim", "lonely"]],
  ])("%s", (_name, patch, visibleEdges, hidden) => {
    const v = computeVisibility(nodes, edges, f(patch));
    expect([...v.visibleEdges.keys()].sort()).toEqual([...visibleEdges].sort());
    expect([...v.hiddenNodes].sort()).toEqual([...hidden].sort());
  });

  it("keeps only the parts that pass", () => {
    const v = computeVisibility(nodes, edges, f({ types: ["SAID"] }));
    expect(v.visibleEdges.get("kim-nk")!.map((p) => p.type)).toEqual(["SAID"]);
    expect(v.claims.get("nk")).toBe(3);
  });

  it("falls back to the article's entities when edges carry no articleIds", () => {
    const bare = edges.map((e) => ({ ...e, parts: e.parts.map(({ articleIds: _a, ...p }) => p) }));
    const pending = computeVisibility(nodes, bare, f({ article: "a1" }));
    expect(pending.visibleEdges.size).toBe(0);
    const v = computeVisibility(nodes, bare, f({ article: "a1" }), { articleEntities: new Set(["kim", "nk"]) });
    expect([...v.visibleEdges.keys()]).toEqual(["kim-nk"]);
    const outlet = computeVisibility(nodes, bare, f({ outlet: "wsj" }));
    expect([...outlet.visibleEdges.keys()]).toEqual(["wsj-nk"]);
  });
});

describe("toggleIn / isDefaultFilters", () => {
  const U = ["A", "B", "C"] as const;
  it.each<[readonly string[] | null, string, string[] | null]>([
    [null, "B", ["A", "C"]],
    [["A", "C"], "B", null],
    [["A"], "A", []],
    [[], "C", ["C"]],
  ])("%j toggle %s → %j", (list, v, expected) => {
    expect(toggleIn(list, v, U)).toEqual(expected);
  });
  it("detects the defaults", () => {
    expect(isDefaultFilters(DEFAULT_FILTERS)).toBe(true);
    expect(isDefaultFilters(f({ hideIsolated: true }))).toBe(false);
    expect(isDefaultFilters(f({ types: [] }))).toBe(false);
  });
});
