// The Neo4j adapter's pure conversions, on the driver's real value classes: Integers and
// temporals to plain values, parameters to Integers, nodes/relationships/paths to query cells,
// driver errors to kgx errors, and which schema statements Neo4j runs.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { KgxError, QueryRefused, QueryTimeout, StoreUnavailable } from "../../server/core/errors.ts";
import { lineColumn, refused, toKgxError, userPosition } from "../../server/store/neo4j/neo4j-errors.ts";
import { neo4jSchemaStatements } from "../../server/store/neo4j/neo4j-schema.ts";
import { toCells, toParams, toPlain, unresolvedEnds } from "../../server/store/neo4j/neo4j-values.ts";

const { Node, Relationship, Path, PathSegment, Point } = neo4j.types;

const nk = new Node(
  neo4j.int(1),
  ["Entity", "State"],
  { id: "state:nk", name: "North Korea", mentions: neo4j.int(4) },
  "4:x:1",
);
const us = new Node(neo4j.int(2), ["Entity", "State"], { id: "state:us", name: "United States" }, "4:x:2");
const bare = new Node(neo4j.int(3), ["Thing"], { name: "no id" }, "4:x:3");
const condemned = new Relationship(
  neo4j.int(10),
  neo4j.int(2),
  neo4j.int(1),
  "CONDEMNED",
  { id: "c1", sentence: neo4j.int(1), confidence: 0.9 },
  "5:x:10",
  "4:x:2",
  "4:x:1",
);
const toBare = new Relationship(neo4j.int(11), neo4j.int(1), neo4j.int(3), "LINKS", {}, "5:x:11", "4:x:1", "4:x:3");

describe("neo4j values: plain", () => {
  it.each([
    ["an Integer", neo4j.int(42), 42],
    ["a negative Integer", neo4j.int(-7), -7],
    ["a bigint", 9n, 9],
    ["a list of Integers", [neo4j.int(1), neo4j.int(2)], [1, 2]],
    ["a map", { n: neo4j.int(3), s: "x", f: 0.5, b: true, z: null }, { n: 3, s: "x", f: 0.5, b: true, z: null }],
    ["a Date", new neo4j.types.Date(2024, 6, 1), "2024-06-01"],
    ["a Point", new Point(neo4j.int(4326), 1.5, 2.5), { srid: 4326, x: 1.5, y: 2.5 }],
    ["undefined", undefined, null],
  ])("%s", (_what, value, expected) => {
    expect(toPlain(value)).toEqual(expected);
  });

  it("a node keeps labels and plain properties", () => {
    expect(toPlain(nk)).toEqual({
      labels: ["Entity", "State"],
      properties: { id: "state:nk", name: "North Korea", mentions: 4 },
    });
  });
});

describe("neo4j values: parameters", () => {
  it("sends whole numbers as Integers, fractions as floats, and lists with a fraction all as floats", () => {
    const p = toParams({
      limit: 25,
      c: 0.5,
      ids: ["a"],
      offsets: [0, 12, 40],
      mixed: [1, 0.5],
      nested: { n: 2 },
    }) as Record<string, unknown>;
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.c).toBe(0.5);
    expect(p.ids).toEqual(["a"]);
    expect((p.offsets as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
    expect(p.mixed).toEqual([1, 0.5]);
    expect(neo4j.isInt((p.nested as Record<string, unknown>).n)).toBe(true);
    expect(toParams(2 ** 60)).toBe(2 ** 60);
  });
});

describe("neo4j values: query cells", () => {
  it("tags nodes and relationships, naming ends by their id property or #elementId", () => {
    const out = toCells([
      [us, condemned, nk, "x", neo4j.int(2)],
      [bare, toBare, nk, null, [neo4j.int(1)]],
    ]);
    expect(out.rows[0]).toEqual([
      { $node: { id: "state:us", labels: ["Entity", "State"], properties: { id: "state:us", name: "United States" } } },
      {
        $rel: {
          id: "c1",
          type: "CONDEMNED",
          source: "state:us",
          target: "state:nk",
          properties: { id: "c1", sentence: 1, confidence: 0.9 },
        },
      },
      {
        $node: {
          id: "state:nk",
          labels: ["Entity", "State"],
          properties: { id: "state:nk", name: "North Korea", mentions: 4 },
        },
      },
      "x",
      2,
    ]);
    expect(out.rows[1]?.[0]).toMatchObject({ $node: { id: "#4:x:3", labels: ["Thing"] } });
    expect(out.rows[1]?.[1]).toMatchObject({ $rel: { id: "#5:x:11", source: "state:nk", target: "#4:x:3" } });
    expect(out.graph.nodes.map((n) => n.id).sort()).toEqual(["#4:x:3", "state:nk", "state:us"]);
    expect(out.graph.edges.map((e) => e.id).sort()).toEqual(["#5:x:11", "c1"]);
  });

  it("converts a path into its nodes and relationships, in order", () => {
    const path = new Path(us, bare, [new PathSegment(us, condemned, nk), new PathSegment(nk, toBare, bare)]);
    const out = toCells([[path]]);
    const cell = out.rows[0]?.[0] as { $path: { nodes: Array<{ id: string }>; rels: Array<{ id: string }> } };
    expect(cell.$path.nodes.map((n) => n.id)).toEqual(["state:us", "state:nk", "#4:x:3"]);
    expect(cell.$path.rels.map((r) => r.id)).toEqual(["c1", "#5:x:11"]);
    expect(out.graph.nodes).toHaveLength(3);
    expect(out.graph.edges).toHaveLength(2);
  });

  it("names the ends of a lone relationship from the look-up, and leaves it out of the graph", () => {
    expect(unresolvedEnds([[condemned]]).sort()).toEqual(["4:x:1", "4:x:2"]);
    expect(unresolvedEnds([[condemned, us, { n: nk }]])).toEqual([]);
    const out = toCells([[condemned]], new Map([["4:x:2", "state:us"]]));
    expect(out.rows[0]?.[0]).toMatchObject({ $rel: { source: "state:us", target: "#4:x:1" } });
    expect(out.graph).toEqual({ nodes: [], edges: [] });
  });

  it("keeps maps and lists of graph elements as maps and lists of cells", () => {
    const out = toCells([[{ who: [us], n: neo4j.int(1) }]]);
    expect(out.rows[0]?.[0]).toEqual({ who: [{ $node: expect.objectContaining({ id: "state:us" }) }], n: 1 });
  });
});

describe("neo4j errors", () => {
  const err = (code: string, message: string, position?: { line: number; column: number; offset: number }) =>
    new neo4j.Neo4jError(message, code, "42001", "syntax", {
      OPERATION: "",
      OPERATION_CODE: "0",
      CURRENT_SCHEMA: "/",
      ...(position ? { _position: position } : {}),
    });

  const syntax = (message: string, position?: { line: number; column: number; offset: number }) =>
    refused(
      err("Neo.ClientError.Statement.SyntaxError", message, position),
      "EXPLAIN\n",
      "MATCH (n)\nRETURN n.x AS x,, 1",
    );

  it.each([
    ["counted from the start of EXPLAIN", { line: 3, column: 17, offset: 34 }],
    ["counted from the start of the statement", { line: 2, column: 17, offset: 26 }],
  ])("puts a syntax error on the user's line and column, %s", (_how, position) => {
    const e = syntax("Invalid input ','", position);
    expect(e).toBeInstanceOf(QueryRefused);
    expect([e.line, e.column]).toEqual([2, 17]);
  });

  it("reads the position from the message when there is no diagnostic record, and rewrites it", () => {
    const e = syntax("Invalid input ',' (line 3, column 17 (offset: 34))");
    expect([e.line, e.column]).toEqual([2, 17]);
    expect(e.message).toBe("query: Invalid input ',' (line 2, column 17)");
    expect(syntax("Unknown function 'f'").line).toBeUndefined();
  });

  it.each([
    [neo4j.error.SERVICE_UNAVAILABLE, StoreUnavailable],
    [neo4j.error.SESSION_EXPIRED, StoreUnavailable],
    ["Neo.ClientError.Security.Unauthorized", StoreUnavailable],
    ["Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", QueryTimeout],
    ["Neo.ClientError.Statement.ArithmeticError", KgxError],
  ])("%s becomes %o", (code, cls) => {
    const e = toKgxError(err(code, "boom\nmore"), "bolt://db:7687");
    expect(e).toBeInstanceOf(cls);
    if (cls === StoreUnavailable) expect(e.message).toContain("bolt://db:7687");
  });

  it("takes the driver's own no-connection errors (no code) for an unreachable server, without the pool's status", () => {
    for (const msg of [
      "Connection acquisition timed out in 4000 ms. Pool status: Active conn count = 0, Idle conn count = 0.",
      "Failed to establish connection in 4000ms",
    ]) {
      const e = toKgxError(err("N/A", msg), "bolt://db:7687");
      expect(e).toBeInstanceOf(StoreUnavailable);
      expect(e.message).toBe(`store: cannot reach Neo4j at bolt://db:7687: ${msg.replace(/\. Pool status:.*$/, "")}`);
    }
    expect(toKgxError(err("N/A", "Something else"), "bolt://db:7687")).not.toBeInstanceOf(StoreUnavailable);
  });
});

describe("neo4j schema", () => {
  it("drops and skips the indexes a uniqueness constraint covers, keeps the rest", () => {
    const out = neo4jSchemaStatements([
      "CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)",
      "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    ]);
    expect(out).toEqual([
      "DROP INDEX entity_id IF EXISTS",
      "CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
      "CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name)",
    ]);
  });

  it("the shared schema file gives Neo4j constraints on entity, article, correction and redirect ids and no conflicting index", () => {
    const out = neo4jSchemaStatements();
    expect(out.filter((s) => /REQUIRE n\.id IS UNIQUE/.test(s))).toHaveLength(4);
    expect(out.some((s) => /^CREATE INDEX .* ON \(n\.id\)/.test(s))).toBe(false);
  });
});

describe("neo4j error positions", () => {
  it("tells a whole-text offset from a statement offset by checking both against the text", () => {
    expect(userPosition({ line: 3, column: 17, offset: 34 }, "EXPLAIN\n", "MATCH (n)\nRETURN n.x AS x,, 1")).toEqual({
      line: 2,
      column: 17,
      offset: 26,
    });
    expect(userPosition({ line: 1, column: 4, offset: 3 }, "EXPLAIN\n", "RETRN 1")).toEqual({
      line: 1,
      column: 4,
      offset: 3,
    });
    expect(lineColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2, offset: 4 });
  });
});
