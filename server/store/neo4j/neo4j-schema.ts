// The schema statements Neo4j runs on start: cypher/schema.cypher, less the indexes that a
// uniqueness constraint in it already provides (Neo4j refuses both on one property).
import { schemaStatements } from "../schema.ts";

const CONSTRAINT = /^CREATE CONSTRAINT\b.*\bFOR \((\w+):(\w+)\) REQUIRE \1\.(\w+) IS (?:NODE )?UNIQUE$/is;
const INDEX = /^CREATE (?:RANGE )?INDEX (\w+) (?:IF NOT EXISTS )?FOR \((\w+):(\w+)\) ON \(\2\.(\w+)\)$/is;

/**
 * For each index a constraint covers, a DROP INDEX … IF EXISTS first (a database made before
 * the constraint existed has the plain index, which would block it), then the file's other statements.
 */
export function neo4jSchemaStatements(statements: string[] = schemaStatements()): string[] {
  const unique = new Set<string>();
  for (const s of statements) {
    const m = CONSTRAINT.exec(s.replace(/\s+/g, " "));
    if (m) unique.add(`${m[2]}.${m[3]}`);
  }
  const drops: string[] = [];
  const kept: string[] = [];
  for (const s of statements) {
    const m = INDEX.exec(s.replace(/\s+/g, " "));
    if (m && unique.has(`${m[3]}.${m[4]}`)) drops.push(`DROP INDEX ${m[1]} IF EXISTS`);
    else kept.push(s);
  }
  return [...drops, ...kept];
}
