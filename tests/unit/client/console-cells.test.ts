// Table-driven tests of the console's cell rendering: scalars, nodes `(:Label name)`,
// relationships `[:TYPE]`, paths with their directions, lists, maps, and the error caret.
import { describe, expect, it } from "vitest";
import type { QueryCell, QueryNode, QueryRel } from "../../../server/core/model/types.ts";
import { cellTag, cellText, cellTitle } from "../../../client/console/cell-text.ts";
import { errorPointer } from "../../../client/console/results-view.ts";

const node = (id: string, labels: string[], properties: Record<string, unknown> = {}): QueryNode => ({
  id,
  labels,
  properties,
});
const rel = (type: string, source: string, target: string): QueryRel => ({
  id: `${source}-${type}-${target}`,
  type,
  source,
  target,
  properties: { confidence: 0.8 },
});
const choe = node("p1", ["Entity", "Person"], { name: "Choe Son Hui" });
const russia = node("s1", ["Entity", "State"], { name: "Russia" });
const us = node("s2", ["State"], { name: "United States" });

describe("cellText", () => {
  it.each<[string, QueryCell, string]>([
    ["null", null, "null"],
    ["true", true, "true"],
    ["integer", 42, "42"],
    ["float", 0.75, "0.75"],
    ["top-level string as is", "El País", "El País"],
    ["markup stays text", "<img src=x onerror=alert(1)>", "<img src=x onerror=alert(1)>"],
    ["node with labels and name", { $node: choe }, "(:Entity:Person Choe Son Hui)"],
    ["node with a title", { $node: node("a1", ["Article"], { title: "Kursk" }) }, "(:Article Kursk)"],
    ["node without name: id", { $node: node("#12", []) }, "(#12)"],
    ["relationship", { $rel: rel("SAID", "p1", "s1") }, "[:SAID]"],
    [
      "path forwards",
      { $path: { nodes: [choe, russia], rels: [rel("SAID", "p1", "s1")] } },
      "(:Entity:Person Choe Son Hui)-[:SAID]->(:Entity:State Russia)",
    ],
    [
      "path with a backwards step",
      { $path: { nodes: [choe, russia, us], rels: [rel("SAID", "p1", "s1"), rel("CONDEMNED", "s2", "s1")] } },
      "(:Entity:Person Choe Son Hui)-[:SAID]->(:Entity:State Russia)<-[:CONDEMNED]-(:State United States)",
    ],
    ["single-node path", { $path: { nodes: [us], rels: [] } }, "(:State United States)"],
    ["list quotes strings", ["a", 1, null], '["a", 1, null]'],
    ["list of nodes", [{ $node: us }, { $node: russia }], "[(:State United States), (:Entity:State Russia)]"],
    ["empty list", [], "[]"],
    ["map", { name: "x", n: [1, 2] }, '{name: "x", n: [1, 2]}'],
    ["map with odd keys", { "a b": 1 }, "{`a b`: 1}"],
    ["empty map", {}, "{}"],
    ["a map with a $node key and others is a map", { $node: 1, other: 2 }, "{`$node`: 1, other: 2}"],
    ["nested map with a node", { who: { $node: us } }, "{who: (:State United States)}"],
  ])("%s", (_what, cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});

describe("cellTag and cellTitle", () => {
  it.each<[QueryCell, ReturnType<typeof cellTag>]>([
    [{ $node: us }, "node"],
    [{ $rel: rel("SAID", "a", "b") }, "rel"],
    [{ $path: { nodes: [], rels: [] } }, "path"],
    [{ $node: "not an object" }, null],
    [{ a: 1 }, null],
    [[1], null],
    ["s", null],
    [null, null],
  ])("cellTag(%j) is %s", (cell, expected) => {
    expect(cellTag(cell)).toBe(expected);
  });

  it.each<[QueryCell, string]>([
    [{ $node: us }, '(:State United States) {name: "United States"}'],
    [{ $rel: rel("SAID", "a", "b") }, "[:SAID] {confidence: 0.8}"],
    [[1, "x"], '[1, "x"]'],
  ])("cellTitle(%j)", (cell, expected) => {
    expect(cellTitle(cell)).toBe(expected);
  });
});

describe("errorPointer", () => {
  it.each<[string, number, number, string | null]>([
    ["MATCH (n)\nRETURN n.name AS x,, 1", 2, 20, "RETURN n.name AS x,, 1\n                   ^"],
    ["RETURN 1", 1, 1, "RETURN 1\n^"],
    ["RETURN 1", 1, 99, "RETURN 1\n        ^"],
    ["RETURN 1", 3, 1, null],
  ])("%j at %i:%i", (query, line, column, expected) => {
    expect(errorPointer(query, line, column)).toBe(expected);
  });
});
