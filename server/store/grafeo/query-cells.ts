// Turns Grafeo result values into tagged query cells: nodes ({_id,_labels,…}),
// relationships ({_id,_source,_target,_type,…}) and paths ({nodes,edges}), and
// collects every node and relationship into the result's graph.
import type { QueryCell, QueryNode, QueryRel } from "../../core/model/types.ts";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isNode = (v: Obj) => Array.isArray(v._labels) && "_id" in v;
const isRel = (v: Obj) => typeof v._type === "string" && "_source" in v && "_target" in v;
const isPath = (v: Obj) => Array.isArray(v.nodes) && Array.isArray(v.edges) && Object.keys(v).length === 2;

function props(v: Obj): Record<string, unknown> {
  return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith("_")));
}

export function toCells(
  rows: unknown[][],
  nodeKeyOf: (internal: number) => string,
): { rows: QueryCell[][]; graph: { nodes: QueryNode[]; edges: QueryRel[] } } {
  const nodes = new Map<string, QueryNode>();
  const rels = new Map<string, QueryRel>();
  const keys = new Map<number, string>();

  // First pass: learn the key of every node in the result, so relationships can name their ends.
  const learn = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(learn);
    if (!isObj(v)) return;
    if (isNode(v)) keys.set(Number(v._id), typeof v.id === "string" ? v.id : `#${v._id}`);
    else Object.values(v).forEach(learn);
  };
  rows.forEach((r) => r.forEach(learn));
  const key = (internal: unknown) => {
    const n = Number(internal);
    if (!keys.has(n)) keys.set(n, nodeKeyOf(n));
    return keys.get(n) as string;
  };

  const node = (v: Obj): QueryNode => {
    const n = { id: key(v._id), labels: (v._labels as unknown[]).map(String), properties: props(v) };
    nodes.set(n.id, n);
    return n;
  };
  const rel = (v: Obj): QueryRel => {
    const r = {
      id: typeof v.id === "string" ? v.id : `#r${v._id}`,
      type: String(v._type),
      source: key(v._source),
      target: key(v._target),
      properties: props(v),
    };
    rels.set(r.id, r);
    return r;
  };
  const cell = (v: unknown): QueryCell => {
    if (v === null || v === undefined) return null;
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
    if (Array.isArray(v)) return v.map(cell);
    if (!isObj(v)) return String(v);
    if (isNode(v)) return { $node: node(v) };
    if (isRel(v)) return { $rel: rel(v) };
    if (isPath(v)) return { $path: { nodes: (v.nodes as Obj[]).map(node), rels: (v.edges as Obj[]).map(rel) } };
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cell(x)]));
  };
  const out = rows.map((r) => r.map(cell));
  const edges = [...rels.values()].filter((r) => nodes.has(r.source) && nodes.has(r.target));
  return { rows: out, graph: { nodes: [...nodes.values()], edges } };
}
