// Table-driven tests of client/state/filters: which nodes and edges (and edge parts)
// each filter leaves visible, including the article and outlet filters with and without
// articleIds; and which single claims they keep (the evidence panel), by the same rule.
import { describe, expect, it } from "vitest";
import type { EntityLabel } from "../../../server/core/model/labels.ts";
import { edgesFromClaims } from "../../../server/core/graph/export-bundle.ts";
import {
  claimPasses,
  computeVisibility,
  DEFAULT_FILTERS,
  isDefaultFilters,
  splitClaims,
  toggleIn,
} from "../../../client/state/filters/index.ts";
import type {
  ClaimFilterContext,
  FilterClaim,
  FilterEdge,
  FilterNode,
  FilterState,
} from "../../../client/state/filters/index.ts";
import { aggregatePairs } from "../../../client/state/graph/index.ts";
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

// Claims behind a small graph: us ↔ nk has CONDEMNED both ways and a SAID, like the seeds.
const KIND: Record<string, EntityLabel> = { kim: "Person", nk: "State", us: "State", wsj: "Outlet", kursk: "Place" };
type TestClaim = FilterClaim & { id: string };
const claim = (id: string, type: TestClaim["type"], st: string, article: string, confidence: number): TestClaim => {
  const [source, target] = st.split(">") as [string, string];
  return { id, type, source, target, article, confidence, sourceLabel: KIND[source], targetLabel: KIND[target] };
};
const claims: TestClaim[] = [
  claim("c1", "SAID", "kim>nk", "a1", 0.9),
  claim("c2", "SAID", "kim>nk", "a1", 0.5),
  claim("c3", "SAID", "kim>nk", "a2", 0.6),
  claim("c4", "MEMBER_OF", "kim>nk", "a1", 0.95),
  claim("c5", "CONDEMNED", "us>nk", "a2", 0.6),
  claim("c6", "SAID", "us>nk", "a3", 0.8),
  claim("c7", "CONDEMNED", "nk>us", "a3", 0.7),
  claim("c8", "REPORTED", "wsj>nk", "a2", 0.5),
  claim("c9", "DEPLOYED", "nk>kursk", "a2", 0.8),
  claim("c10", "DEPLOYED", "nk>kursk", "a3", 0.4),
];
const usNk = claims.filter((c) => [c.source, c.target].sort().join() === "nk,us");
const ctx = (hidden: string[], outletArticles: string[] | null = null): ClaimFilterContext => ({
  hiddenNodes: new Set(hidden),
  outletArticles: outletArticles && new Set(outletArticles),
});

describe("splitClaims (the evidence panel)", () => {
  it.each<[string, Partial<FilterState>, ClaimFilterContext | null, string[]]>([
    ["no filter: every claim", {}, null, ["c5", "c6", "c7"]],
    ["CONDEMNED only, both directions", { types: ["CONDEMNED"] }, null, ["c5", "c7"]],
    ["SAID and DEPLOYED", { types: ["SAID", "DEPLOYED"] }, null, ["c6"]],
    ["types none", { types: [] }, null, []],
    ["confidence ≥ 0.7 is per claim", { minConfidence: 0.7 }, null, ["c6", "c7"]],
    ["confidence ≥ 0.7 and CONDEMNED", { minConfidence: 0.7, types: ["CONDEMNED"] }, null, ["c7"]],
    ["article a3", { article: "a3" }, null, ["c6", "c7"]],
    ["article nobody cites", { article: "zz" }, null, []],
    ["outlet us: the claims us makes", { outlet: "us" }, null, ["c5", "c6"]],
    ["outlet wsj: its articles, from the graph", { outlet: "wsj" }, ctx([], ["a2"]), ["c5"]],
    ["outlet wsj without the graph's answer", { outlet: "wsj" }, null, []],
    ["labels without State hide both ends", { labels: ["Person", "Outlet"] }, null, []],
    ["labels with State", { labels: ["State"] }, null, ["c5", "c6", "c7"]],
    ["minimum claims: the graph hid us", { minClaims: 5 }, ctx(["us"]), []],
    ["minimum claims: the graph kept both", { minClaims: 2 }, ctx([]), ["c5", "c6", "c7"]],
    ["minimum claims without the graph: not applied", { minClaims: 5 }, null, ["c5", "c6", "c7"]],
  ])("%s", (_name, patch, context, shown) => {
    const split = splitClaims(usNk, f(patch), context);
    expect(split.shown.map((c) => c.id)).toEqual(shown);
    expect(split.hidden.map((c) => c.id)).toEqual(usNk.map((c) => c.id).filter((id) => !shown.includes(id)));
  });

  it("claimPasses agrees with splitClaims", () => {
    const filters = f({ types: ["CONDEMNED"] });
    expect(usNk.map((c) => claimPasses(c, filters))).toEqual([true, false, true]);
  });
});

describe("the panel and the graph apply one rule", () => {
  // The drawn graph aggregates the same claims as the server does, then merges pairs.
  const pairs = aggregatePairs(edgesFromClaims(claims));
  const graphNodes: FilterNode[] = Object.entries(KIND).map(([id, kind]) => ({ id, kind }));
  const graphEdges: FilterEdge[] = pairs.map((p) => ({
    id: p.key,
    source: p.source,
    target: p.target,
    parts: p.parts,
  }));
  const partKey = (type: string, forward: boolean) => `${forward ? ">" : "<"}${type}`;

  // One criterion on single claims at a time (type and labels are uniform within a part):
  // an edge part is drawn exactly when at least one of its claims passes.
  it.each<[string, Partial<FilterState>]>([
    ["no filter", {}],
    ["CONDEMNED", { types: ["CONDEMNED"] }],
    ["SAID, confidence ≥ 0.85", { types: ["SAID"], minConfidence: 0.85 }],
    ["confidence ≥ 0.7", { minConfidence: 0.7 }],
    ["article a1", { article: "a1" }],
    ["article a3, DEPLOYED", { article: "a3", types: ["DEPLOYED"] }],
    ["outlet wsj", { outlet: "wsj" }],
    ["outlet kim", { outlet: "kim" }],
    ["min claims 4", { minClaims: 4 }],
    ["labels: no Place", { labels: ["Person", "State", "Outlet"] }],
  ])("%s", (_name, patch) => {
    const filters = f(patch);
    const vis = computeVisibility(graphNodes, graphEdges, filters);
    for (const e of graphEdges) {
      const drawn = (vis.visibleEdges.get(e.id) ?? []).map((p) => partKey(p.type, p.forward));
      const between = claims.filter((c) => new Set([c.source, c.target, e.source, e.target]).size === 2);
      const shown = splitClaims(between, filters, vis).shown.map((c) => partKey(c.type, c.source === e.source));
      expect([...new Set(shown)].sort(), e.id).toEqual([...drawn].sort());
    }
  });

  it("combined criteria: the panel never shows a claim the graph hides, and can be stricter", () => {
    // kim → nk SAID: c1 is confident (a1), c3 is from a2: the part passes both, no claim does.
    const filters = f({ article: "a2", minConfidence: 0.7 });
    const vis = computeVisibility(graphNodes, graphEdges, filters);
    for (const e of graphEdges) {
      const drawn = new Set((vis.visibleEdges.get(e.id) ?? []).map((p) => partKey(p.type, p.forward)));
      const between = claims.filter((c) => new Set([c.source, c.target, e.source, e.target]).size === 2);
      for (const c of splitClaims(between, filters, vis).shown)
        expect(drawn).toContain(partKey(c.type, c.source === e.source));
    }
    const kimNk = claims.filter((c) => c.source === "kim");
    expect(vis.visibleEdges.has(graphEdges.find((e) => e.source === "kim")!.id)).toBe(true);
    expect(splitClaims(kimNk, filters, vis).shown).toEqual([]);
  });
});
