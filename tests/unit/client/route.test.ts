// Table-driven tests of client/state/route and client/state/article: the hash-route
// codec round trip and splitting the article text around the evidence sentence.
import { describe, expect, it } from "vitest";
import { sentenceIndexOf, splitAt } from "../../../client/state/article/index.ts";
import { formatRoute, parseHash, parseSpan } from "../../../client/state/route/index.ts";
import type { Route } from "../../../client/state/route/index.ts";

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
