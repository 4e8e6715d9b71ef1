// Pure helpers that turn store rows into model shapes: edge aggregation, entity
// aggregates over MENTIONS, sentence offset pairs, count maps.
import { isClaimType } from "../core/model/labels.ts";
import type { GraphEdge } from "../core/model/types.ts";
import { num, str, strList, type Row } from "./cypher-runner.ts";

export function aggregateEdges(rows: Row[]): GraphEdge[] {
  const edges: GraphEdge[] = [];
  for (const r of rows) {
    if (!isClaimType(r.type)) continue;
    const source = str(r.source);
    const target = str(r.target);
    edges.push({
      id: `${r.type}:${source}->${target}`,
      source,
      target,
      type: r.type,
      count: num(r.n),
      articles: num(r.articles),
      maxConfidence: num(r.confidence, 1),
      articleIds: strList(r.articleIds).sort(),
    });
  }
  return edges.sort((a, b) => a.id.localeCompare(b.id));
}

export interface EntityAggregate {
  id: string;
  name: string;
  mentions: number;
  articles: number;
  aliases: string[];
}

export function entityAggregate(r: Row): EntityAggregate {
  const counts = Array.isArray(r.counts) ? r.counts.map((c) => num(c)) : [];
  const aliasLists = Array.isArray(r.aliases) ? r.aliases.map(strList) : [];
  const aliases = [...new Set(aliasLists.flat())].sort();
  return {
    id: str(r.id),
    name: str(r.name),
    mentions: counts.reduce((a, b) => a + b, 0),
    articles: counts.length,
    aliases,
  };
}

export function toSentences(flat: unknown): Array<[number, number]> {
  const xs = Array.isArray(flat) ? flat.map((x) => num(x)) : [];
  const out: Array<[number, number]> = [];
  for (let i = 0; i + 1 < xs.length; i += 2) out.push([xs[i] as number, xs[i + 1] as number]);
  return out;
}

export function pairs(rows: Row[], key: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const k = str(r[key]);
    if (k && k !== "MENTIONS") out[k] = (out[k] ?? 0) + num(r.n);
  }
  return out;
}
