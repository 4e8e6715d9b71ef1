// The URL view-state codec: table-driven cases, and fast-check properties:
// decode(encode(x)) == x, and decode never throws on arbitrary strings.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cameraArb, filtersArb } from "../../support/view-arbitraries.ts";
import { DEFAULT_FILTERS } from "../../../client/state/filters/index.ts";
import {
  decodeGraphHash,
  DEFAULT_VIEW,
  encodeGraphHash,
  roundCamera,
  viewBehindArticle,
} from "../../../client/state/view-state/index.ts";
import type { GraphViewState } from "../../../client/state/view-state/index.ts";

describe("decodeGraphHash", () => {
  it.each<[string, Partial<GraphViewState>]>([
    ["", {}],
    ["#/", {}],
    ["#/article/a1?s=1-2", {}],
    ["#/entity/e1", { entity: "e1" }],
    ["#/?t=CONDEMNED", { filters: { ...DEFAULT_FILTERS, types: ["CONDEMNED"] } }],
    ["#/?t=", { filters: { ...DEFAULT_FILTERS, types: [] } }],
    ["#/?t=BOGUS,SAID", { filters: { ...DEFAULT_FILTERS, types: ["SAID"] } }],
    ["#/?c=0.5&m=3&i=1", { filters: { ...DEFAULT_FILTERS, minConfidence: 0.5, minClaims: 3, hideIsolated: true } }],
    ["#/?c=7&m=-1", {}],
    ["#/?v=0.5,0.25,1.5", { camera: { x: 0.5, y: 0.25, ratio: 1.5 } }],
    ["#/?v=1,2,0", {}],
    ["#/?v=a,b", {}],
    [
      "#/entity/x?e=a%00b&l=Person",
      { entity: "x", edge: "a\u0000b", filters: { ...DEFAULT_FILTERS, labels: ["Person"] } },
    ],
  ])("%j", (hash, expected) => {
    expect(decodeGraphHash(hash)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });
});

describe("encodeGraphHash", () => {
  it.each<[Partial<GraphViewState>, string]>([
    [{}, "#/"],
    [{ entity: "a/b" }, "#/entity/a%2Fb"],
    [{ filters: { ...DEFAULT_FILTERS, types: ["CONDEMNED"] } }, "#/?t=CONDEMNED"],
    [{ entity: "e", camera: { x: 0.5, y: 0.5, ratio: 1 } }, "#/entity/e?v=0.5%2C0.5%2C1"],
  ])("%j → %s", (v, hash) => {
    expect(encodeGraphHash({ ...DEFAULT_VIEW, ...v })).toBe(hash);
  });

  it("rounds the camera to 4 decimals", () => {
    expect(roundCamera({ x: 0.123456, y: -1.00004, ratio: 0 })).toEqual({ x: 0.1235, y: -1, ratio: 0.0001 });
  });
});

describe("viewBehindArticle (a page opened on an article)", () => {
  it.each<[string, Partial<GraphViewState>]>([
    ["#/article/a1?s=1-2", {}],
    ["#/article/a1?from=e1", { entity: "e1" }],
    [
      "#/article/a1?s=1-2&from=e1&t=CONDEMNED&v=0.5,0.25,1.5",
      { entity: "e1", filters: { ...DEFAULT_FILTERS, types: ["CONDEMNED"] }, camera: { x: 0.5, y: 0.25, ratio: 1.5 } },
    ],
    // A graph hash is its own view, edge included.
    ["#/entity/x?e=a%00b&t=SAID", { entity: "x", edge: "a\u0000b", filters: { ...DEFAULT_FILTERS, types: ["SAID"] } }],
  ])("%j", (hash, expected) => {
    expect(viewBehindArticle(hash)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });
});

const id = fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 });
const viewArb: fc.Arbitrary<GraphViewState> = fc.record({
  entity: fc.option(id, { nil: null }),
  edge: fc.option(id, { nil: null }),
  filters: filtersArb(id),
  camera: cameraArb,
});

describe("view-state codec properties", () => {
  it("decode(encode(x)) == x", () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        expect(decodeGraphHash(encodeGraphHash(v))).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });

  it("decode never throws on arbitrary strings", () => {
    const junk = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ maxLength: 80 }).map((s) => `#/entity/${s}?${s}`),
      fc
        .array(fc.constantFrom("#", "/", "?", "&", "=", "%", "e", "t", "v", ",", "entity", "%E0%A4", "1", "-"), {
          maxLength: 40,
        })
        .map((a) => a.join("")),
    );
    fc.assert(
      fc.property(junk, (s) => {
        const v = decodeGraphHash(s);
        expect(v.filters.minConfidence).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
