// Table-driven tests of client/state/route and client/state/article: the hash-route
// codec round trip, the graph view (filters, camera) a link keeps, and splitting the
// article text around the evidence sentence.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cameraArb, filtersArb } from "../../support/view-arbitraries.ts";
import { sentenceIndexOf, splitAt } from "../../../client/state/article/index.ts";
import { DEFAULT_FILTERS, isDefaultFilters } from "../../../client/state/filters/index.ts";
import type { FilterState } from "../../../client/state/filters/index.ts";
import { formatRoute, NO_KEPT_VIEW, parseHash, parseSpan } from "../../../client/state/route/index.ts";
import type { KeptView, Route } from "../../../client/state/route/index.ts";
import { decodeGraphHash } from "../../../client/state/view-state/index.ts";

describe("parseHash", () => {
  it.each<[string, Route]>([
    ["", { view: "graph", entity: null }],
    ["#/", { view: "graph", entity: null }],
    ["#/nonsense/x", { view: "graph", entity: null }],
    ["#/entity/e1", { view: "graph", entity: "e1" }],
    ["#/entity/", { view: "graph", entity: null }],
    ["#/entity/a%2Fb%20c", { view: "graph", entity: "a/b c" }],
    ["#/entity/%E0%A4%A", { view: "graph", entity: null }],
    ["#/article/a1", { view: "article", id: "a1", span: null, from: null }],
    ["#/article/a1?s=10-42", { view: "article", id: "a1", span: [10, 42], from: null }],
    ["#/article/a1?s=10-42&from=e%201", { view: "article", id: "a1", span: [10, 42], from: "e 1" }],
    ["#/article/a1?s=42-10", { view: "article", id: "a1", span: null, from: null }],
    ["#/article/a1?s=x", { view: "article", id: "a1", span: null, from: null }],
  ])("%j", (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });
});

describe("formatRoute", () => {
  it.each<[Route, string]>([
    [{ view: "graph", entity: null }, "#/"],
    [{ view: "graph", entity: "a/b c" }, "#/entity/a%2Fb%20c"],
    [{ view: "article", id: "a1", span: null, from: null }, "#/article/a1"],
    [{ view: "article", id: "a1", span: [3, 9], from: "e1" }, "#/article/a1?s=3-9&from=e1"],
  ])("%j → %s", (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseHash(hash)).toEqual(route);
  });

  it("round-trips awkward ids", () => {
    for (const id of ["<img src=x onerror=alert(1)>", "a?b=c&d", "#frag", "ünï cödé", "100%"]) {
      const route: Route = { view: "article", id, span: [0, 1], from: id };
      expect(parseHash(formatRoute(route))).toEqual(route);
      expect(parseHash(formatRoute({ view: "graph", entity: id }))).toEqual({ view: "graph", entity: id });
    }
  });
});

const keep = (filters: Partial<FilterState>, camera: KeptView["camera"] = null): KeptView => ({
  filters: { ...DEFAULT_FILTERS, ...filters },
  camera,
});
const condemned = keep({ types: ["CONDEMNED"] });
const cam = { x: 0.5, y: 0.25, ratio: 1.5 };

describe("routes keep the graph view (filters, camera)", () => {
  it.each<[Route, string]>([
    [{ view: "graph", entity: "e1", keep: condemned }, "#/entity/e1?t=CONDEMNED"],
    [{ view: "graph", entity: null, keep: keep({ minConfidence: 0.5, minClaims: 2 }) }, "#/?c=0.5&m=2"],
    [
      { view: "graph", entity: "e 1", keep: keep({ labels: ["Person", "State"], hideIsolated: true }, cam) },
      "#/entity/e%201?l=Person%2CState&i=1&v=0.5%2C0.25%2C1.5",
    ],
    [
      { view: "article", id: "a1", span: [3, 9], from: "e1", keep: keep({ types: ["CONDEMNED"] }, cam) },
      "#/article/a1?s=3-9&from=e1&t=CONDEMNED&v=0.5%2C0.25%2C1.5",
    ],
    [
      { view: "article", id: "a1", span: null, from: null, keep: keep({ article: "a&b", outlet: "o/1", types: [] }) },
      "#/article/a1?t=&a=a%26b&o=o%2F1",
    ],
  ])("%j ↔ %s", (route, hash) => {
    expect(formatRoute(route)).toBe(hash);
    expect(parseHash(hash)).toEqual(route);
  });

  it.each<[string, Route]>([
    // Nothing to keep: the default view, written as no query at all.
    ["#/entity/e1", { view: "graph", entity: "e1" }],
    // The selected edge is the graph view's own, not something a link keeps.
    ["#/entity/e1?e=a%00b", { view: "graph", entity: "e1" }],
    ["#/?e=a%00b&t=SAID", { view: "graph", entity: null, keep: keep({ types: ["SAID"] }) }],
    // Malformed values fall back to the defaults, known keys still make a kept view.
    ["#/article/a1?c=7&v=1,2,0", { view: "article", id: "a1", span: null, from: null, keep: NO_KEPT_VIEW }],
    [
      "#/article/a1?from=e1&t=BOGUS,SAID",
      { view: "article", id: "a1", span: null, from: "e1", keep: keep({ types: ["SAID"] }) },
    ],
  ])("parseHash(%j)", (hash, expected) => {
    expect(parseHash(hash)).toEqual(expected);
  });

  it("a default kept view adds nothing to the link", () => {
    expect(formatRoute({ view: "graph", entity: "e1", keep: NO_KEPT_VIEW })).toBe("#/entity/e1");
    expect(formatRoute({ view: "article", id: "a1", span: [1, 2], from: null, keep: NO_KEPT_VIEW })).toBe(
      "#/article/a1?s=1-2",
    );
  });

  it("article and back: the graph gets the filters and camera the first link kept", () => {
    const there = parseHash(
      formatRoute({ view: "article", id: "a1", span: [3, 9], from: "e1", keep: keep({ types: ["CONDEMNED"] }, cam) }),
    );
    expect(there.view).toBe("article");
    if (there.view !== "article") return;
    const back = formatRoute({ view: "graph", entity: there.from, keep: there.keep });
    expect(decodeGraphHash(back)).toEqual({ entity: "e1", edge: null, filters: condemned.filters, camera: cam });
  });

  const id = fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 });
  const keptArb: fc.Arbitrary<KeptView> = fc.record({ filters: filtersArb(id), camera: cameraArb });

  const routeArb: fc.Arbitrary<Route> = fc.oneof(
    fc.record({ view: fc.constant("graph" as const), entity: fc.option(id, { nil: null }), keep: keptArb }),
    fc.record({
      view: fc.constant("article" as const),
      id,
      span: fc.option(
        fc.tuple(fc.nat(1000), fc.nat(1000)).map(([a, b]) => [a, a + b] as [number, number]),
        {
          nil: null,
        },
      ),
      from: fc.option(id, { nil: null }),
      keep: keptArb,
    }),
  );

  it("parseHash(formatRoute(r)) == r, a default kept view reading back as none", () => {
    fc.assert(
      fc.property(routeArb, (route) => {
        const { keep: kept, ...bare } = route;
        const expected = kept && isDefaultFilters(kept.filters) && !kept.camera ? bare : route;
        expect(parseHash(formatRoute(route))).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe("article text", () => {
  it.each<[string | null, [number, number] | null]>([
    ["1-3", [1, 3]],
    ["0-0", [0, 0]],
    ["3-1", null],
    ["-1-3", null],
    [null, null],
    ["99999999999999999999-1", null],
  ])("parseSpan(%j)", (s, expected) => {
    expect(parseSpan(s)).toEqual(expected);
  });

  it.each<[string, [number, number] | null, [string, string, string]]>([
    ["Hello. World.", [7, 13], ["Hello. ", "World.", ""]],
    ["Hello. World.", null, ["Hello. World.", "", ""]],
    ["Hello.", [3, 100], ["Hel", "lo.", ""]],
    ["Hello.", [100, 200], ["Hello.", "", ""]],
  ])("splitAt(%j, %j)", (text, span, expected) => {
    expect(splitAt(text, span)).toEqual(expected);
  });

  it.each<[[number, number] | null, number]>([
    [[0, 5], 0],
    [[7, 13], 1],
    [[50, 60], -1],
    [null, -1],
  ])("sentenceIndexOf(%j) = %d", (span, expected) => {
    expect(
      sentenceIndexOf(
        [
          [0, 6],
          [7, 13],
        ],
        span,
      ),
    ).toBe(expected);
  });
});
