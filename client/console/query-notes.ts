// Plain-words notes on a query, pure: which clause makes a refused query a write ("CREATE at
// line 1"), and the labels or relationship types it names that the graph does not have.
import type { Schema } from "./completion.ts";

const WRITE_CLAUSE =
  /\b(DETACH\s+DELETE|CREATE|MERGE|SET|DELETE|REMOVE|LOAD\s+CSV|FOREACH|DROP|INSERT|CALL\s*\{[^}]*\}\s*IN\s+TRANSACTIONS)\b/i;

/** The query with string literals and comments blanked (same length, so offsets still hold). */
export function codeOnly(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:[^`])*`/g, (m) =>
    m.replace(/[^\n]/g, " "),
  );
}

/** "This query writes (CREATE at line 1); the console is read-only", or null when no write clause shows. */
export function writeRefusal(query: string): string | null {
  const code = codeOnly(query);
  const m = WRITE_CLAUSE.exec(code);
  if (!m) return null;
  const line = code.slice(0, m.index).split("\n").length;
  const clause = m[1]!.replace(/\s+/g, " ").toUpperCase().replace(/\{.*$/, "{…}");
  return `This query writes (${clause} at line ${line}); the console is read-only`;
}

export interface UnknownNames {
  labels: string[];
  types: string[];
}

/** Labels in node patterns and types in relationship patterns that the live schema lacks. */
export function unknownNames(query: string, schema: Schema): UnknownNames {
  const code = codeOnly(query);
  const labels = new Set<string>();
  const types = new Set<string>();
  for (const m of code.matchAll(/\(\s*[A-Za-z_]\w*\s*((?::\s*[A-Za-z_]\w*\s*)+)|\(\s*((?::\s*[A-Za-z_]\w*\s*)+)/g))
    for (const l of (m[1] ?? m[2] ?? "").split(":").map((s) => s.trim()))
      if (l && !schema.labels.includes(l)) labels.add(l);
  for (const m of code.matchAll(/\[\s*[A-Za-z_]?\w*\s*:\s*([A-Za-z_]\w*(?:\s*\|\s*:?\s*[A-Za-z_]\w*)*)/g))
    for (const t of m[1]!.split("|").map((s) => s.replace(":", "").trim()))
      if (t && !schema.relationshipTypes.includes(t)) types.add(t);
  return { labels: [...labels], types: [...types] };
}

/** The warning to show under an empty result, or null. */
export function emptyResultWarning(query: string, schema: Schema): string | null {
  if (schema.labels.length === 0 && schema.relationshipTypes.length === 0) return null; // schema not loaded
  const { labels, types } = unknownNames(query, schema);
  const parts = [
    ...labels.map((l) => `no label :${l} in the graph (labels: ${schema.labels.join(", ")})`),
    ...types.map((t) => `no relationship type :${t} (types: ${schema.relationshipTypes.join(", ")})`),
  ];
  return parts.length ? `Warning: ${parts.join("; ")}` : null;
}
