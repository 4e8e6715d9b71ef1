// Loads the saved analyst queries from cypher/queries/*.cypher. Each file starts with
// `// Title` and `// description` comment lines, and may declare `// @param name = JSON`.
import fs from "node:fs";
import path from "node:path";
import type { SavedQuery } from "../core/model/types.ts";

export const QUERIES_DIR = path.resolve(import.meta.dirname, "../../cypher/queries");

export function parseSavedQuery(id: string, source: string): SavedQuery {
  const lines = source.split("\n");
  const comments: string[] = [];
  const params: Record<string, unknown> = {};
  let i = 0;
  for (; i < lines.length && lines[i]!.trim().startsWith("//"); i++) {
    const body = lines[i]!.trim().replace(/^\/\/\s?/, "");
    const param = /^@param\s+(\w+)\s*=\s*(.+)$/.exec(body);
    if (param) params[param[1]!] = JSON.parse(param[2]!);
    else if (body) comments.push(body);
  }
  const query = lines.slice(i).join("\n").trim().replace(/;\s*$/, "");
  return { id, title: comments[0] ?? id, description: comments.slice(1).join(" "), query, params };
}

export function loadSavedQueries(dir = QUERIES_DIR): SavedQuery[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".cypher"))
    .sort()
    .map((f) => parseSavedQuery(f.replace(/\.cypher$/, ""), fs.readFileSync(path.join(dir, f), "utf8")));
}
