// The console's HTTP calls: POST /api/cypher (errors keep the engine's line/column),
// GET /api/queries, and the live schema from db.* procedures, cached for the session.
import { neutraliseBidiDeep } from "../../server/core/model/bidi.ts";
import type { SavedQuery, UserQueryResult } from "../../server/core/model/types.ts";
import type { Schema } from "./completion.ts";

export class QueryError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = "QueryError";
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: "application/json", ...init?.headers } });
  } catch (err) {
    throw new QueryError("NetworkError", `cannot reach the server (${String(err)})`);
  }
  const body: unknown = neutraliseBidiDeep(await res.json().catch(() => null)); // shown as text: no bidi reordering
  if (!res.ok) {
    const e = (body as { error?: Record<string, unknown> } | null)?.error ?? {};
    const type = typeof e.type === "string" ? e.type : "HttpError";
    const message = typeof e.message === "string" ? e.message : `${res.status} ${res.statusText}`;
    const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : undefined);
    throw new QueryError(type, message, num(e.line), num(e.column));
  }
  if (body === null) throw new QueryError("BadResponse", `no JSON body for ${path}`);
  return body as T;
}

export function runCypher(query: string, params: Record<string, unknown>, signal?: AbortSignal) {
  return request<UserQueryResult>("/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
    signal,
  });
}

export async function savedQueries(): Promise<SavedQuery[]> {
  return (await request<{ queries: SavedQuery[] }>("/api/queries")).queries;
}

async function column(query: string): Promise<string[]> {
  const r = await runCypher(query, {});
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
