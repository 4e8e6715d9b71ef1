// Loads cypher/schema.cypher, the one source of the indexes every store creates on start.
import fs from "node:fs";
import path from "node:path";

export const SCHEMA_FILE = path.resolve(import.meta.dirname, "../../cypher/schema.cypher");

/** Splits a .cypher file into statements: `//` comment lines dropped, `;` separated. */
export function splitCypher(source: string): string[] {
  return source
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function schemaStatements(): string[] {
  return splitCypher(fs.readFileSync(SCHEMA_FILE, "utf8"));
}
