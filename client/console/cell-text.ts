// Renders query result cells as plain text for the console table, Neo4j Browser style:
// nodes `(:Label name)`, relationships `[:TYPE]`, paths `(a)-[:T]->(b)`, lists and maps.
import type { QueryCell, QueryNode, QueryRel } from "@core/model/types.ts";

type Tagged = { $node: QueryNode } | { $rel: QueryRel } | { $path: { nodes: QueryNode[]; rels: QueryRel[] } };

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The tag of a graph-element cell, or null for plain values (a map with other keys is a map). */
export function cellTag(cell: unknown): "node" | "rel" | "path" | null {
  if (!isObj(cell)) return null;
  const keys = Object.keys(cell);
  if (keys.length !== 1 || !isObj(cell[keys[0]!])) return null;
  if (keys[0] === "$node") return "node";
  if (keys[0] === "$rel") return "rel";
  if (keys[0] === "$path") return "path";
  return null;
}

/** A node's caption: its name, else title, else id. */
export function nodeCaption(n: QueryNode): string {
  const p = n.properties ?? {};
  for (const k of ["name", "title"]) if (typeof p[k] === "string" && p[k] !== "") return p[k] as string;
  return n.id;
}

export function nodeText(n: QueryNode): string {
  const labels = (n.labels ?? []).map((l) => `:${l}`).join("");
  return `(${labels}${labels ? " " : ""}${nodeCaption(n)})`;
}

export function relText(r: QueryRel): string {
  return `[:${r.type}]`;
}

export function pathText(path: { nodes: QueryNode[]; rels: QueryRel[] }): string {
  const nodes = path.nodes ?? [];
  const rels = path.rels ?? [];
  let out = nodes[0] ? nodeText(nodes[0]) : "()";
  rels.forEach((r, i) => {
    const prev = nodes[i];
    const next = nodes[i + 1];
    const forward = !prev || r.source === prev.id;
    out += forward ? `-${relText(r)}->` : `<-${relText(r)}-`;
    out += next ? nodeText(next) : "()";
  });
  return out;
}

function scalar(v: QueryCell, nested: boolean): string {
  if (v === null || v === undefined) return "null";
  if (typeof v === "string") return nested ? JSON.stringify(v) : v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return JSON.stringify(v);
}

function mapKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k}\``;
}

/** The text of one cell; `nested` quotes strings (inside lists and maps). */
export function cellText(cell: QueryCell, nested = false): string {
  const tag = cellTag(cell);
  if (tag === "node") return nodeText((cell as Extract<Tagged, { $node: QueryNode }>).$node);
  if (tag === "rel") return relText((cell as Extract<Tagged, { $rel: QueryRel }>).$rel);
  if (tag === "path") return pathText((cell as Extract<Tagged, { $path: unknown }>).$path);
  if (Array.isArray(cell)) return `[${cell.map((c) => cellText(c, true)).join(", ")}]`;
  if (isObj(cell)) {
    const entries = Object.entries(cell as Record<string, QueryCell>);
    return `{${entries.map(([k, v]) => `${mapKey(k)}: ${cellText(v, true)}`).join(", ")}}`;
  }
  return scalar(cell, nested);
}

/** A longer description for a cell's tooltip: a node or relationship with its properties. */
export function cellTitle(cell: QueryCell): string {
  const tag = cellTag(cell);
  if (tag === "node") {
    const n = (cell as { $node: QueryNode }).$node;
    return `${nodeText(n)} ${cellText(n.properties as QueryCell)}`;
  }
  if (tag === "rel") {
    const r = (cell as { $rel: QueryRel }).$rel;
    return `${relText(r)} ${cellText(r.properties as QueryCell)}`;
  }
  return cellText(cell);
}
