// Table-driven tests of the console's schema completion: what is offered after `(n:`, `[r:`,
// `n.`, `{`, `$` and a plain word, and nothing inside strings, comments or commands.
import { describe, expect, it } from "vitest";
import { completeCypher, enclosingBracket, type Schema } from "../../../client/console/completion.ts";

const schema: Schema = {
  labels: ["Entity", "Person", "State", "Odd Label"],
  relationshipTypes: ["SAID", "CONDEMNED"],
  propertyKeys: ["name", "mentions", "confidence"],
};

type Expect = { from: number; kind: "labels" | "types" | "keys" | "params" | "words" } | null;

function kindOf(labels: string[]): Exclude<Expect, null>["kind"] {
  if (labels.includes("Person")) return "labels";
  if (labels.includes("SAID")) return "types";
  if (labels.includes("mentions")) return "keys";
  if (labels.includes("MATCH")) return "words";
  return "params";
}

describe("completeCypher", () => {
  it.each<[string, Expect]>([
    ["MATCH (n:", { from: 9, kind: "labels" }],
    ["MATCH (n:Pe", { from: 9, kind: "labels" }],
    ["MATCH (:", { from: 8, kind: "labels" }],
    ["MATCH (n:Entity:St", { from: 16, kind: "labels" }],
    ["MATCH (n)-[r:", { from: 13, kind: "types" }],
    ["MATCH (n)-[:SA", { from: 12, kind: "types" }],
    ["MATCH (n)-[:SAID|CON", { from: 17, kind: "types" }],
    ["MATCH (n)-[:SAID|:CON", { from: 18, kind: "types" }],
    ["MATCH (n) RETURN n.", { from: 19, kind: "keys" }],
    ["MATCH (n) WHERE n.men", { from: 18, kind: "keys" }],
    ["MATCH (n {", { from: 10, kind: "keys" }],
    ["MATCH (n {na", { from: 10, kind: "keys" }],
    ["MATCH (n {name: 'x', me", { from: 21, kind: "keys" }],
    ["MATCH (n) WHERE n.name = $", { from: 26, kind: "params" }],
    ["MATCH (n) WHERE n.name = $na", { from: 26, kind: "params" }],
    ["MAT", { from: 0, kind: "words" }],
    ["MATCH (n) RET", { from: 10, kind: "words" }],
    ["MATCH (n) RETURN co", { from: 17, kind: "words" }],
    ["MATCH (n) WHERE n.name = 'Pe", null],
    ['MATCH (n) WHERE n.name = "a:', null],
    ["// a comment MA", null],
    [":param x => 1", null],
    ["RETURN 1", null],
    ["MATCH (n) ", null],
    ["RETURN 12e", null],
  ])("%j", (before, expected) => {
    const r = completeCypher(before, schema, ["name", "limit"]);
    if (expected === null) return expect(r).toBeNull();
    expect(r).not.toBeNull();
    expect({ from: r!.from, kind: kindOf(r!.options.map((o) => o.label)) }).toEqual(expected);
  });

  it("quotes names that are not identifiers", () => {
    const r = completeCypher("MATCH (n:", schema);
    expect(r!.options.find((o) => o.label === "Odd Label")?.apply).toBe("`Odd Label`");
    expect(r!.options.find((o) => o.label === "Person")?.apply).toBeUndefined();
  });

  it("offers the current parameter names after $", () => {
    expect(completeCypher("RETURN $", schema, ["name", "limit"])!.options.map((o) => o.label)).toEqual([
      "name",
      "limit",
    ]);
  });
});

describe("enclosingBracket", () => {
  it.each<[string, ReturnType<typeof enclosingBracket>]>([
    ["MATCH (n", "("],
    ["MATCH (n)-[r", "["],
    ["MATCH (n {a: [1, 2], b", "{"],
    ["MATCH (n)", null],
    ["MATCH (n {name: '(", null],
    ["MATCH (n {name: '(' ", "{"],
    ["RETURN [x IN range(1, 3) | x", "["],
  ])("%j", (before, expected) => {
    expect(enclosingBracket(before)).toBe(expected);
  });
});
