// Every Cypher statement the Neo4j adapter can send, and every .cypher file under cypher/,
// checked with Neo4j's own Cypher 5 parser and semantic analysis (no server needed).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type * as LanguageSupport from "@neo4j-cypher/language-support";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { CLAIM_TYPES, ENTITY_LABELS } from "../../server/core/model/labels.ts";
import { CLEAR_STEPS } from "../../server/store/neo4j/index.ts";
import { neo4jSchemaStatements } from "../../server/store/neo4j/neo4j-schema.ts";
import { ENDS_QUERY, EXPLAIN_PREFIX } from "../../server/store/neo4j/neo4j-user-query.ts";
import { schemaStatements, splitCypher } from "../../server/store/schema.ts";
import { createClaims, Q } from "../../server/store/statements.ts";
import { R } from "../../server/store/read-statements.ts";
import { articleWrites } from "../fixtures/write-statements.ts";
import { createEntityNodes, CQ } from "../../server/store/corrections-statements.ts";
import { COUNT_BY_TYPE } from "../../server/store/start-view.ts";

// The package's one-file CommonJS build, loaded by Node itself: its ESM build has extension-less imports, so
// Vitest would transform its 22 MB of compiled Neo4j front end (17 s of transform and a slower run).
const { lintCypherQuery, testData } = createRequire(import.meta.url)(
  "@neo4j-cypher/language-support",
) as typeof LanguageSupport;
type DbSchema = LanguageSupport.DbSchema;

/** Neo4j 5's built-in functions and procedures (from the package's recorded schema), so misspelt names fail too. */
const SCHEMA: DbSchema = {
  functions: testData.mockSchema.functions,
  procedures: testData.mockSchema.procedures,
  defaultLanguage: "CYPHER 5",
};

/** The linter's error for a $parameter the schema does not declare (this release has no isNotParamError). */
const UNDECLARED_PARAM = /^Parameter \$\S+ is not defined\.$/;

/** The errors Neo4j's linter finds in `query`; undeclared $parameters are fine (they come at run time). */
function cypherErrors(query: string): string[] {
  // 2.0.0-next.20, the last release for Node 20 (later ones need Node 22 or 24), answers the diagnostics as a list.
  return lintCypherQuery(query, SCHEMA)
    .map((d) => ({ ...d, message: typeof d.message === "string" ? d.message : d.message.value }))
    .filter((d) => d.severity === 1 && !UNDECLARED_PARAM.test(d.message))
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

function cypherFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? cypherFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]))
    .filter((f) => f.endsWith(".cypher"))
    .sort();
}

const statements: Array<[string, string]> = [
  ...Object.entries(Q).map(([k, q]): [string, string] => [`Q.${k}`, q]),
  ...Object.entries(R).map(([k, q]): [string, string] => [`R.${k}`, q]),
  ...articleWrites(),
  ...CLAIM_TYPES.map((t): [string, string] => [`createClaims(${t})`, createClaims(t)]),
  ...Object.entries(CQ).map(([k, q]): [string, string] => [`CQ.${k}`, q]),
  ...ENTITY_LABELS.map((l): [string, string] => [`createEntityNodes(${l})`, createEntityNodes(l)]),
  ["COUNT_BY_TYPE", COUNT_BY_TYPE],
  ["ENDS_QUERY", ENDS_QUERY],
  ...CLEAR_STEPS.map((q, i) => [`CLEAR_STEPS[${i}]`, q] as [string, string]),
  ...neo4jSchemaStatements().map((s, i): [string, string] => [`neo4j schema #${i + 1}`, s]),
  ...schemaStatements().map((s, i): [string, string] => [`schema.cypher #${i + 1}`, s]),
];

const CYPHER_DIR = path.join(ROOT, "cypher");
const files = cypherFiles(CYPHER_DIR);
const fileStatements: Array<[string, string]> = files.flatMap((f) =>
  splitCypher(fs.readFileSync(f, "utf8")).map((s, i): [string, string] => [`${path.relative(ROOT, f)} #${i + 1}`, s]),
);

describe("Neo4j Cypher syntax, without a server", () => {
  it("catches a syntax error, a semantic error and a misspelt function (the check works)", () => {
    expect(cypherErrors("MATCH (n:Entity RETURN n")[0]).toMatch(/^1:17 Invalid input 'RETURN'/);
    expect(cypherErrors("MATCH (n) RETURN m")).toEqual([expect.stringMatching(/Variable `m` not defined/)]);
    expect(cypherErrors("MATCH (n) RETURN colect(n)")).toHaveLength(1);
    expect(cypherErrors("MATCH (n)\nRETURN n.name AS x,, 1")[0]).toMatch(/^2:/);
    expect(cypherErrors("MATCH (n) WHERE n.id IN $ids RETURN n")).toEqual([]);
  });

  it("finds the schema file and every .cypher file under cypher/", () => {
    expect(files).toContain(path.join(CYPHER_DIR, "schema.cypher"));
    expect(fileStatements.length).toBeGreaterThanOrEqual(schemaStatements().length);
  });

  it.each(statements)("%s is valid Cypher 5", (_name, query) => {
    expect(cypherErrors(query)).toEqual([]);
  });

  it.each(statements.filter(([, q]) => !/^(CREATE|DROP) /.test(q)))("EXPLAIN-wrapped %s is valid", (_n, query) => {
    expect(cypherErrors(EXPLAIN_PREFIX + query)).toEqual([]);
  });

  it.each(fileStatements)("%s is valid Cypher 5", (_name, query) => {
    expect(cypherErrors(query)).toEqual([]);
  });

  it("saved queries under cypher/queries start with a // comment", () => {
    for (const f of files.filter((x) => x.includes(`${path.sep}queries${path.sep}`))) {
      expect(fs.readFileSync(f, "utf8").trimStart().startsWith("//"), path.relative(ROOT, f)).toBe(true);
    }
  });
});
