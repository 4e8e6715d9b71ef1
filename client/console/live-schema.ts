// The live schema for the console's completion: labels, relationship types and property keys
// from the db.* procedures (or a scan), through the page's API client, cached for the session.
import { api } from "../api/client.ts";
import type { Schema } from "./completion.ts";

async function column(query: string): Promise<string[]> {
  const r = await api.cypher(query, {});
  return r.rows.map((row) => row[0]).filter((v): v is string => typeof v === "string");
}

/** Try the db.* procedure first, then a scan that any Cypher store answers. */
async function firstOf(...queries: string[]): Promise<string[]> {
  for (const q of queries) {
    try {
      return [...new Set(await column(q))].sort();
    } catch {
      // next fallback
    }
  }
  return [];
}

let schemaPromise: Promise<Schema> | null = null;

/** The live schema, fetched once per page; `refresh` fetches it again. */
export function loadSchema(refresh = false): Promise<Schema> {
  if (!schemaPromise || refresh) {
    schemaPromise = Promise.all([
      firstOf("CALL db.labels() YIELD label RETURN label", "MATCH (n) UNWIND labels(n) AS l RETURN DISTINCT l"),
      firstOf(
        "CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType",
        "MATCH ()-[r]->() RETURN DISTINCT type(r)",
      ),
      firstOf(
        "CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey",
        "MATCH (n) UNWIND keys(n) AS k RETURN DISTINCT k UNION MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k",
      ),
    ]).then(([labels, relationshipTypes, propertyKeys]) => ({ labels, relationshipTypes, propertyKeys }));
  }
  return schemaPromise;
}
