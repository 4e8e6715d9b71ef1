// Pure helpers that turn store rows into model shapes: edge aggregation, entity aggregates over
// MENTIONS, sentence offset pairs, count maps, claims with their article context in display order.
import { isClaimType, isEntityLabel, isPolarity } from "../core/model/labels.ts";
import { normaliseName } from "../core/model/ids.ts";
import type { EntityLabel } from "../core/model/labels.ts";
import type { ArticleMeta, Claim, ClaimWithContext, GraphEdge, GraphNode } from "../core/model/types.ts";
import { num, str, strList, type Row } from "./cypher-runner.ts";

/**
 * UTF-16 code-unit order: the engines' order for ids without astral characters (`localeCompare` is slower
 * and depends on the locale).
 */
export const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
  return edges.sort((a, b) => byCodePoint(a.id, b.id));
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

/**
 * A claim's relationship properties besides its id: every field but its ends and type, nulls left out (what
 * `CREATE … SET c += props` stores, so the write path and a bulk load store the same).
 */
export function claimProps(c: Claim): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) {
    if (v != null && k !== "id" && k !== "source" && k !== "target" && k !== "type") out[k] = v;
  }
  return out;
}

export function searchKey(name: string, aliases: string[]): string {
  return [...new Set([name, ...aliases].map(normaliseName))].join(" | ");
}

export function articleMeta(row: Row): ArticleMeta {
  return {
    id: str(row.id),
    title: str(row.title),
    source: str(row.source),
    ...(row.date ? { date: str(row.date) } : {}),
    ...optional(row, ["url", "publisher", "published", "author", "ingested"]),
  };
}

function optional<K extends string>(row: Row, keys: K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const k of keys) if (row[k] != null && row[k] !== "") out[k] = str(row[k]);
  return out;
}

export function toLabel(v: unknown): EntityLabel {
  return isEntityLabel(v) ? v : "Place";
}

export function toNode(r: Row): GraphNode {
  return { id: str(r.id), label: toLabel(r.label), name: str(r.name), mentions: num(r.mentions) };
}

/** A stored claim relationship as the Claim that wrote it (optional fields only when set). */
export function exportedClaim(c: Row): Claim {
  const claim: Claim = {
    id: str(c.id),
    type: isClaimType(c.type) ? c.type : "SAID",
    source: str(c.source),
    target: str(c.target),
    article: str(c.article),
    sentence: num(c.sentence),
    start: num(c.start),
    end: num(c.end),
    evidence: str(c.evidence),
    confidence: num(c.confidence, 1),
    rule: str(c.rule),
  };
  if (c.quote != null) claim.quote = str(c.quote);
  if (c.role != null) claim.role = str(c.role);
  if (c.count != null) claim.count = str(c.count);
  if (isPolarity(c.polarity) && c.polarity !== "asserted") claim.polarity = c.polarity;
  return claim;
}

export function toClaim(c: Row, titles: Map<string, string>): ClaimWithContext {
  return {
    ...exportedClaim(c),
    sourceName: str(c.sourceName),
    targetName: str(c.targetName),
    sourceLabel: toLabel(c.sourceLabel),
    targetLabel: toLabel(c.targetLabel),
    articleTitle: titles.get(str(c.article)) ?? "",
    ...(c.reviewed === true ? { reviewed: true } : {}),
  };
}

/** Claim rows as claims with their article's title and publisher, sorted by type, article, position and id. */
export function claimsWithContext(
  rows: Row[],
  titles: Map<string, string>,
  publishers: Map<string, string>,
): ClaimWithContext[] {
  return rows
    .filter((c) => isClaimType(c.type))
    .map((c) => {
      const claim = toClaim(c, titles);
      const publisher = publishers.get(claim.article);
      return publisher ? { ...claim, articlePublisher: publisher } : claim;
    })
    .sort(
      (a, b) =>
        byCodePoint(a.type, b.type) ||
        byCodePoint(a.article, b.article) ||
        a.start - b.start ||
        byCodePoint(a.id, b.id) ||
        // A claim listed twice in a hand-made file: the same order from memory (chunk order) and by Cypher.
        byCodePoint(a.source, b.source) ||
        byCodePoint(a.target, b.target) ||
        byCodePoint(JSON.stringify(a), JSON.stringify(b)),
    );
}
