// Checks of the project's own files that a new user relies on: docker-compose.yml is
// valid YAML with a Neo4j service, the schema file splits into statements, and the
// README starts with the two commands.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../../server/cli/client-build.ts";
import { schemaStatements, splitCypher } from "../../server/store/schema.ts";

describe("project files", () => {
  it("docker-compose.yml is valid YAML with a neo4j:5 service", () => {
    const doc = parse(fs.readFileSync(path.join(ROOT, "docker-compose.yml"), "utf8"));
    expect(doc.services.neo4j.image).toMatch(/^neo4j:5/);
  });

  it.each([
    ["// c\nRETURN 1;\n\nRETURN 2;", ["RETURN 1", "RETURN 2"]],
    ["RETURN 1", ["RETURN 1"]],
    ["// only a comment\n", []],
  ])("splitCypher(%j)", (src, expected) => {
    expect(splitCypher(src)).toEqual(expected);
  });

  it("cypher/schema.cypher indexes the ids of entities and articles", () => {
    const stmts = schemaStatements();
    expect(stmts.some((s) => /\(n:Entity\) ON \(n\.id\)/.test(s))).toBe(true);
    expect(stmts.some((s) => /\(n:Article\) ON \(n\.id\)/.test(s))).toBe(true);
  });

  it("the README starts with the two commands", () => {
    const head = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").split("\n").slice(0, 12).join("\n");
    expect(head).toContain("npm install && npm start");
    expect(head).toContain("npm test");
  });
});
