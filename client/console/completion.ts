// Schema-driven Cypher completion, pure: from the text before the cursor and the live schema,
// which words to offer: labels after `(x:`, types after `[r:`, keys after `x.`, `$params`, keywords.
export interface Schema {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

export interface CompletionItem {
  label: string;
  type: "keyword" | "function" | "type" | "property" | "variable" | "class";
  /** The text inserted, when it differs from label (backticked names). */
  apply?: string;
  detail?: string;
}

export interface Completions {
  /** Offset in the text where the completed word starts. */
  from: number;
  options: CompletionItem[];
}

export const KEYWORDS = [
  "MATCH", "OPTIONAL MATCH", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER BY", "SKIP", "LIMIT", "DISTINCT",
  "AS", "AND", "OR", "XOR", "NOT", "IN", "IS NULL", "IS NOT NULL", "STARTS WITH", "ENDS WITH", "CONTAINS",
  "CASE", "WHEN", "THEN", "ELSE", "END", "ASC", "DESC", "UNION", "UNION ALL", "CALL", "YIELD", "EXISTS",
  "COUNT", "true", "false", "null",
]; // prettier-ignore

export const FUNCTIONS = [
  "count", "collect", "coalesce", "size", "length", "labels", "type", "keys", "properties", "id", "elementId",
  "nodes", "relationships", "startNode", "endNode", "shortestPath", "allShortestPaths", "toLower", "toUpper",
  "toString", "toInteger", "toFloat", "trim", "split", "substring", "replace", "head", "last", "tail", "range",
  "reverse", "min", "max", "avg", "sum", "round", "abs", "exists", "any", "all", "none", "single",
]; // prettier-ignore

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoteName(name: string): string | undefined {
  return IDENT.test(name) ? undefined : `\`${name.replace(/`/g, "``")}\``;
}

/** Which bracket the cursor is inside: the last unclosed `(` or `[` (strings and comments skipped). */
export function enclosingBracket(before: string): "(" | "[" | "{" | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === "`") quote = ch;
    else if (ch === "/" && before[i + 1] === "/") {
      const nl = before.indexOf("\n", i);
      if (nl < 0) return null;
      i = nl;
    } else if (ch === "(" || ch === "[" || ch === "{") stack.push(ch);
    else if (ch === ")" || ch === "]" || ch === "}") stack.pop();
  }
  if (quote) return null;
  return (stack.at(-1) as "(" | "[" | "{" | undefined) ?? null;
}

function names(list: readonly string[], type: CompletionItem["type"], detail: string): CompletionItem[] {
  return list.map((name) => {
    const apply = quoteName(name);
    return apply ? { label: name, type, apply, detail } : { label: name, type, detail };
  });
}

/** Completions at the end of `before`, or null when nothing fits (inside a string, a number…). */
export function completeCypher(before: string, schema: Schema, paramNames: readonly string[] = []): Completions | null {
  if (/^\s*:/.test(before)) return null;
  const bracket = enclosingBracket(before);
  if (insideStringOrComment(before)) return null;

  const param = /\$([A-Za-z0-9_]*)$/.exec(before);
  if (param) {
    return { from: before.length - param[1]!.length, options: names(paramNames, "variable", "parameter") };
  }
  const labelOrType = /(?::|\|:?)\s*([A-Za-z0-9_]*)$/.exec(before);
  if (labelOrType && (bracket === "(" || bracket === "[")) {
    const from = before.length - labelOrType[1]!.length;
    if (bracket === "(") return { from, options: names(schema.labels, "class", "label") };
    return { from, options: names(schema.relationshipTypes, "type", "relationship type") };
  }
  const prop = /[A-Za-z0-9_`)\]]\s*\.([A-Za-z0-9_]*)$/.exec(before);
  if (prop) return { from: before.length - prop[1]!.length, options: names(schema.propertyKeys, "property", "key") };
  const mapKey = /[{,]\s*([A-Za-z_][A-Za-z0-9_]*)?$/.exec(before);
  if (mapKey && bracket === "{") {
    return { from: before.length - (mapKey[1]?.length ?? 0), options: names(schema.propertyKeys, "property", "key") };
  }

  const word = /[A-Za-z_][A-Za-z0-9_]*$/.exec(before);
  if (!word) return null;
  if (/\d$/.test(before.slice(0, word.index))) return null;
  const options: CompletionItem[] = [
    ...KEYWORDS.map((k) => ({ label: k, type: "keyword" as const })),
    ...FUNCTIONS.map((f) => ({ label: f, type: "function" as const, detail: "function" })),
  ];
  return { from: word.index, options };
}

/** Is the end of `before` inside a string literal or a // comment? */
function insideStringOrComment(before: string): boolean {
  let quote: string | null = null;
  for (let i = 0; i < before.length; i++) {
    const ch = before[i]!;
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = null;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "/" && before[i + 1] === "/") {
      const nl = before.indexOf("\n", i);
      if (nl < 0) return true;
      i = nl;
    }
  }
  return quote !== null;
}
