// Table-driven tests of the console's `:param` commands and Cypher-literal parser, and a
// property check that neither ever throws on arbitrary text (an error result instead).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseLiteral } from "../../../client/console/cypher-literal.ts";
import type { Literal } from "../../../client/console/cypher-literal.ts";
import {
  applyParamCommand,
  isConsoleCommand,
  parseParamCommand,
  type ParamCommand,
} from "../../../client/console/param-command.ts";

describe("parseLiteral", () => {
  it.each<[string, Literal]>([
    ["42", 42],
    ["-7", -7],
    ["3.25", 3.25],
    ["1e3", 1000],
    ["-2.5E-1", -0.25],
    [".5", 0.5],
    ["0x1F", 31],
    ["'single'", "single"],
    ['"double"', "double"],
    ["'it\\'s'", "it's"],
    ['"a\\nb\\t\\"c\\""', 'a\nb\t"c"'],
    ["'\\u00e9t\\u00e9'", "été"],
    ["'Choe Son Hui'", "Choe Son Hui"],
    ['"El País"', "El País"],
    ["true", true],
    ["FALSE", false],
    ["null", null],
    ["[]", []],
    ["[1, 'a', [true, null]]", [1, "a", [true, null]]],
    ["{}", {}],
    ["{a: 1, `b c`: 'x', 'd': [2]}", { a: 1, "b c": "x", d: [2] }],
    ['{"json": {"nested": [1.5]}}', { json: { nested: [1.5] } }],
    ["  42 ; ", 42],
    ["[1, // a comment\n 2]", [1, 2]],
  ])("parses %j", (src, expected) => {
    expect(parseLiteral(src)).toEqual({ ok: true, value: expected });
  });

  it.each<[string, RegExp]>([
    ["", /expected a value/],
    ["'open", /unterminated string/],
    ["[1, 2", /expected ',' or '\]'/],
    ["{a 1}", /expected ':'/],
    ["{a: 1,}", /expected a key/],
    ["[1,]", /unexpected '\]'/],
    ["1 + 2", /unexpected '\+' after the value/],
    ["foo", /only literals are allowed/],
    ["-", /expected a number/],
    ["1e999", /out of range/],
    ["'\\q'", /bad escape/],
    ["[".repeat(200), /nesting too deep/],
  ])("refuses %j", (src, message) => {
    const r = parseLiteral(src);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe("parseParamCommand", () => {
  it.each<[string, ParamCommand]>([
    [":param x => 42", { kind: "set", values: { x: 42 }, replace: false }],
    [':param name => "Choe Son Hui"', { kind: "set", values: { name: "Choe Son Hui" }, replace: false }],
    [":param name: 'Russia'", { kind: "set", values: { name: "Russia" }, replace: false }],
    [":PARAM limit=>10;", { kind: "set", values: { limit: 10 }, replace: false }],
    [":param `odd name` => [1, 2]", { kind: "set", values: { "odd name": [1, 2] }, replace: false }],
    [":param m => {a: 1, b: {c: null}}", { kind: "set", values: { m: { a: 1, b: { c: null } } }, replace: false }],
    [":param {a: 1, b: 'x'}", { kind: "set", values: { a: 1, b: "x" }, replace: false }],
    [":params {a: 1}", { kind: "set", values: { a: 1 }, replace: true }],
    [":params", { kind: "list" }],
    [":param", { kind: "list" }],
    ["  :params list ", { kind: "list" }],
    [":param clear", { kind: "clear" }],
    [":params CLEAR", { kind: "clear" }],
    [":param clear => 1", { kind: "set", values: { clear: 1 }, replace: false }],
  ])("%j", (src, expected) => {
    expect(parseParamCommand(src)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    [":help", /unknown command ':help'/],
    [":paramx => 1", /unknown command/],
    [":param 1x => 2", /expected a parameter name/],
    [":param x 42", /expected '=>' after the name 'x'/],
    [":param x =>", /expected a value for 'x'/],
    [":param x => 1 + 1", /bad value for 'x'.*after the value/],
    [":param x => rand()", /only literals/],
    [":param [1, 2]", /expected a parameter name/],
    [":params {a: }", /bad parameter map/],
  ])("refuses %j", (src, message) => {
    const r = parseParamCommand(src);
    expect(r.kind).toBe("error");
    if (r.kind === "error") expect(r.message).toMatch(message);
  });

  it.each<[string, boolean]>([
    [":param x => 1", true],
    ["  :params", true],
    ["MATCH (n) RETURN n", false],
    ["MATCH (n:Person) RETURN n", false],
  ])("isConsoleCommand(%j) is %s", (src, expected) => {
    expect(isConsoleCommand(src)).toBe(expected);
  });

  it.each<[Record<string, Literal>, string, Record<string, Literal>]>([
    [{ a: 1 }, ":param b => 2", { a: 1, b: 2 }],
    [{ a: 1 }, ":param a => 'x'", { a: "x" }],
    [{ a: 1 }, ":param {b: 2}", { a: 1, b: 2 }],
    [{ a: 1 }, ":params {b: 2}", { b: 2 }],
    [{ a: 1 }, ":param clear", {}],
    [{ a: 1 }, ":params", { a: 1 }],
    [{ a: 1 }, ":param x =>", { a: 1 }],
  ])("applies to %j: %j", (before, src, after) => {
    expect(applyParamCommand(before, parseParamCommand(src))).toEqual(after);
  });

  it("never throws on arbitrary text, and returns a known result kind", () => {
    const kinds = new Set(["set", "list", "clear", "error"]);
    const text = fc.oneof(
      fc.string(),
      fc.string().map((s) => `:param ${s}`),
      fc.string().map((s) => `:param x => ${s}`),
      fc.stringMatching(/^:params? [\w{}[\]'":=>,.\- \\]*$/),
    );
    fc.assert(
      fc.property(text, (s) => {
        expect(kinds.has(parseParamCommand(s).kind)).toBe(true);
        const lit = parseLiteral(s);
        expect(typeof lit.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips any JSON value through the literal parser", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
        const json = JSON.stringify(v);
        expect(parseLiteral(json)).toEqual({ ok: true, value: JSON.parse(json) });
      }),
      { numRuns: 500 },
    );
  });
});
