// Pure conversions at the Neo4j boundary: driver values (Integer, temporal, spatial, graph
// types) into plain JSON values and query cells, and JS parameters into Neo4j's types.
import neo4j from "neo4j-driver";
import type { Node, Path, Relationship } from "neo4j-driver";
import type { QueryCell, QueryNode, QueryRel } from "../../core/model/types.ts";

type Obj = Record<string, unknown>;

function isPlainObject(v: unknown): v is Obj {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isDuration(v)
  );
}

/** A scalar driver value as a plain value, or `undefined` when `v` is a container or graph element. */
function scalar(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "bigint") return Number(v);
  if (neo4j.isInt(v)) return v.toNumber();
  if (isTemporal(v)) return String(v);
  if (neo4j.isPoint(v)) {
    const p = v as { srid: unknown; x: number; y: number; z?: number };
    return { srid: scalar(p.srid), x: p.x, y: p.y, ...(p.z === undefined ? {} : { z: p.z }) };
  }
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number | bigint>, (x) => Number(x));
  return undefined;
}

function properties(p: Obj): Record<string, unknown> {
  return Object.fromEntries(Object.entries(p).map(([k, x]) => [k, toPlain(x)]));
}

/** Any driver value as plain JSON-safe data: Integers become numbers, dates ISO strings. */
export function toPlain(v: unknown): unknown {
  const s = scalar(v);
  if (s !== undefined) return s;
  if (Array.isArray(v)) return v.map(toPlain);
  if (neo4j.isNode(v)) return { labels: [...v.labels], properties: properties(v.properties) };
  if (neo4j.isRelationship(v)) return { type: v.type, properties: properties(v.properties) };
  if (neo4j.isPath(v)) return { segments: v.segments.map((g) => toPlain(g.relationship)) };
  if (typeof v === "object" && v !== null) return properties(v as Obj);
  return String(v);
}

/**
 * Parameters for the driver: whole numbers become Neo4j Integers (the driver sends every JS
 * number as a float, and LIMIT or SKIP refuse floats); a list of numbers with any fraction
 * stays all floats, so it can still be stored as a homogeneous array property.
 */
export function toParams(v: unknown): unknown {
  if (typeof v === "number") return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (Array.isArray(v)) {
    if (v.length > 0 && v.every((x) => typeof x === "number") && !v.every((x) => Number.isSafeInteger(x))) return v;
    return v.map(toParams);
  }
  if (isPlainObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toParams(x)]));
  return v;
}

/** The kgx id of a node: its `id` property, or `#<elementId>` when it has none. */
export function nodeKey(n: Node): string {
  const id = n.properties.id;
  if (typeof id === "string") return id;
  if (typeof id === "number" || neo4j.isInt(id)) return String(scalar(id));
  return `#${n.elementId}`;
}

function relKey(r: Relationship): string {
  const id = r.properties.id;
  return typeof id === "string" ? id : `#${r.elementId}`;
}

/** Element ids of relationship ends that no node in `rows` carries (they need a look-up). */
export function unresolvedEnds(rows: unknown[][]): string[] {
  const nodes = new Set<string>();
  const ends = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (neo4j.isNode(v)) nodes.add(v.elementId);
    else if (neo4j.isRelationship(v)) [v.startNodeElementId, v.endNodeElementId].forEach((e) => ends.add(e));
    else if (neo4j.isPath(v)) {
      v.segments.forEach((g) => [g.start, g.end, g.relationship].forEach(walk));
      walk(v.start);
    } else if (isPlainObject(v)) Object.values(v).forEach(walk);
  };
  rows.forEach(walk);
  return [...ends].filter((e) => !nodes.has(e));
}

export interface ConvertedRows {
  rows: QueryCell[][];
  graph: { nodes: QueryNode[]; edges: QueryRel[] };
}

/**
 * Driver rows as query cells: nodes, relationships and paths tagged. `ends` maps element ids of
 * nodes outside the rows to their kgx id. The graph holds every distinct node found, and every
 * relationship whose two ends are among them (so it can be drawn).
 */
export function toCells(rows: unknown[][], ends: ReadonlyMap<string, string> = new Map()): ConvertedRows {
  const keys = new Map<string, string>(ends);
  const learn = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(learn);
    if (neo4j.isNode(v)) keys.set(v.elementId, nodeKey(v));
    else if (neo4j.isPath(v)) [v.start, ...v.segments.map((g) => g.end)].forEach(learn);
    else if (isPlainObject(v)) Object.values(v).forEach(learn);
  };
  rows.forEach(learn);
  const keyOf = (elementId: string) => keys.get(elementId) ?? `#${elementId}`;

  const nodes = new Map<string, QueryNode>();
  const rels = new Map<string, QueryRel>();
  const node = (n: Node): QueryNode => {
    const q = { id: keyOf(n.elementId), labels: [...n.labels], properties: properties(n.properties) };
    nodes.set(q.id, q);
    return q;
  };
  const rel = (r: Relationship): QueryRel => {
    const q = {
      id: relKey(r),
      type: r.type,
      source: keyOf(r.startNodeElementId),
      target: keyOf(r.endNodeElementId),
      properties: properties(r.properties),
    };
    rels.set(q.id, q);
    return q;
  };
  const path = (p: Path) => ({
    $path: {
      nodes: [p.start, ...p.segments.map((g) => g.end)].map(node),
      rels: p.segments.map((g) => rel(g.relationship)),
    },
  });
  const cell = (v: unknown): QueryCell => {
    const s = scalar(v);
    if (s !== undefined) return s as QueryCell;
    if (Array.isArray(v)) return v.map(cell);
    if (neo4j.isNode(v)) return { $node: node(v) };
    if (neo4j.isRelationship(v)) return { $rel: rel(v) };
    if (neo4j.isPath(v)) return path(v);
    if (typeof v === "object" && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, cell(x)]));
    return String(v);
  };
  const out = rows.map((r) => r.map(cell));
  const edges = [...rels.values()].filter((r) => nodes.has(r.source) && nodes.has(r.target));
  return { rows: out, graph: { nodes: [...nodes.values()], edges } };
}
