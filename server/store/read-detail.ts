// The read cache's entity details: every claim's fields as typed columns with strings interned (articles,
// evidence, rules), each entity's claims and mentions as incident lists, answered as the Cypher path does.
import { CLAIM_TYPES, POLARITIES, isClaimType, isPolarity } from "../core/model/labels.ts";
import type { EntityDetail, GraphNode } from "../core/model/types.ts";
import { num, str, strList, type Row } from "./cypher-runner.ts";
import { byCodePoint, claimsWithContext } from "./rows.ts";
import { NONE, StringPool, incidence } from "./read-columns.ts";
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Claim rows (`R.claimsFrom`) aggregated per source, target and type as `R.edgesFrom` returns them: count,
 * distinct articles (nulls left out, as by count/collect DISTINCT), best confidence (null when none is set).
 */
export function pairRows(rows: Row[]): Row[] {
  const pairs = new Map<string, { row: Row; n: number; articles: Set<unknown>; best: number | null }>();
  for (const r of rows) {
    const key = `${str(r.type)}\u0000${str(r.source)}\u0000${str(r.target)}`;
    let p = pairs.get(key);
    if (!p) {
      p = { row: { source: r.source, target: r.target, type: r.type }, n: 0, articles: new Set(), best: null };
      pairs.set(key, p);
    }
    p.n++;
    if (r.article != null) p.articles.add(r.article);
    const c = typeof r.confidence === "bigint" ? Number(r.confidence) : r.confidence;
    if (typeof c === "number" && (p.best === null || c > p.best)) p.best = c;
  }
  const out: Row[] = [];
  for (const { row, n, articles, best } of pairs.values()) {
    row.n = n;
    row.articles = articles.size;
    row.confidence = best;
    row.articleIds = [...articles];
    out.push(row);
  }
  return out;
}

const col = () => [] as number[];

/** Collects article, claim and entity rows (the claims chunk by chunk) against the snapshot's entity index. */
export class DetailBuilder {
  private readonly pool = new StringPool();
  private readonly titles = new Map<number, { title: string; publisher: number }>();
  private readonly ids: string[] = [];
  private readonly c = {
    src: col(),
    tgt: col(),
    type: col(),
    article: col(),
    sentence: col(),
    start: col(),
    end: col(),
    evidence: col(),
    quote: col(),
    confidence: col(),
    rule: col(),
    role: col(),
    count: col(),
    polarity: col(),
    reviewed: col(),
  };
  private readonly aliases: (readonly string[])[];
  private readonly m = { entity: col(), article: col(), count: col() };

  constructor(private readonly index: ReadonlyMap<string, number>) {
    this.aliases = new Array<readonly string[]>(index.size).fill(EMPTY);
  }

  /** Rows of `R.articleInfo`: every article's title and publisher. */
  addArticles(rows: Row[]): void {
    for (const a of rows) {
      if (a.id == null) continue;
      const publisher = a.publisher ? this.pool.of(a.publisher) : NONE;
      this.titles.set(this.pool.of(a.id), { title: str(a.title), publisher });
    }
  }

  /** Rows of `R.claimsFrom`, normalised as toClaim() reads them (claims without an id are left out, as there). */
  addClaims(rows: Row[]): void {
    const { c, pool } = this;
    for (const r of rows) {
      const s = this.index.get(str(r.source));
      const t = this.index.get(str(r.target));
      if (!isClaimType(r.type) || r.id == null || s === undefined || t === undefined) continue;
      this.ids.push(str(r.id));
      c.src.push(s);
      c.tgt.push(t);
      c.type.push(CLAIM_TYPES.indexOf(r.type));
      c.article.push(pool.of(str(r.article)));
      c.sentence.push(num(r.sentence));
      c.start.push(num(r.startAt));
      c.end.push(num(r.endAt));
      c.evidence.push(pool.of(str(r.evidence)));
      c.quote.push(pool.of(r.quote));
      c.confidence.push(num(r.confidence, 1));
      c.rule.push(pool.of(str(r.rule)));
      c.role.push(pool.of(r.role));
      c.count.push(pool.of(r.amount));
      c.polarity.push(isPolarity(r.polarity) ? POLARITIES.indexOf(r.polarity) : NONE);
      c.reviewed.push(r.reviewed === true ? 1 : 0);
    }
  }

  /** Rows of `R.entityAliases`. */
  addAliases(rows: Row[]): void {
    for (const r of rows) {
      const e = this.index.get(str(r.id));
      const aliases = strList(r.aliases);
      if (e !== undefined && aliases.length > 0) this.aliases[e] = Object.freeze(aliases);
    }
  }

  /** Rows of `R.entityMentions`: the articles mentioning each entity, and how often (those without an id left out). */
  addMentions(rows: Row[]): void {
    for (const r of rows) {
      const e = this.index.get(str(r.entity));
      if (e === undefined || r.article == null) continue;
      this.m.entity.push(e);
      this.m.article.push(this.pool.of(r.article));
      this.m.count.push(num(r.n));
    }
  }

  build(nodes: readonly GraphNode[]): EntityDetails {
    const { c, m } = this;
    const i32 = (xs: number[]) => Int32Array.from(xs);
    const f64 = (xs: number[]) => Float64Array.from(xs);
    return new EntityDetails(nodes, this.index, this.pool.strings, this.titles, this.aliases, this.ids, {
      src: i32(c.src),
      tgt: i32(c.tgt),
      type: Uint8Array.from(c.type),
      article: i32(c.article),
      sentence: f64(c.sentence),
      start: f64(c.start),
      end: f64(c.end),
      evidence: i32(c.evidence),
      quote: i32(c.quote),
      confidence: f64(c.confidence),
      rule: i32(c.rule),
      role: i32(c.role),
      count: i32(c.count),
      polarity: Int8Array.from(c.polarity),
      reviewed: Uint8Array.from(c.reviewed),
      mEntity: i32(m.entity),
      mArticle: i32(m.article),
      mCount: f64(m.count),
    });
  }
}

type Columns = Record<
  "src" | "tgt" | "article" | "evidence" | "quote" | "rule" | "role" | "count" | "mEntity" | "mArticle",
  Int32Array
> &
  Record<"sentence" | "start" | "end" | "confidence" | "mCount", Float64Array> & {
    type: Uint8Array;
    polarity: Int8Array;
    reviewed: Uint8Array;
  };

/** Every entity's detail, as `CypherReads.getEntity` builds it from `R.entityDetail`. */
export class EntityDetails {
  private readonly claims: { start: Int32Array; list: Int32Array };
  private readonly mentions: { start: Int32Array; list: Int32Array };

  constructor(
    private readonly nodes: readonly GraphNode[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly strings: readonly string[],
    private readonly titles: ReadonlyMap<number, { title: string; publisher: number }>,
    private readonly aliases: readonly (readonly string[])[],
    private readonly ids: readonly string[],
    private readonly c: Columns,
  ) {
    this.claims = incidence(nodes.length, c.src, c.tgt);
    this.mentions = incidence(nodes.length, c.mEntity);
  }

  /** Claims held (for tests and diagnostics). */
  get claimCount(): number {
    return this.ids.length;
  }

  /** The entity's detail, or null when the store has no entity with this id. */
  entity(id: string): EntityDetail | null {
    const e = this.index.get(id);
    if (e === undefined) return null;
    const { c, strings } = this;
    const titles = new Map<string, string>();
    const publishers = new Map<string, string>();
    const articles: Array<{ id: string; title: string; count: number }> = [];
    for (let k = this.mentions.start[e]!; k < this.mentions.start[e + 1]!; k++) {
      const m = this.mentions.list[k]!;
      const a = c.mArticle[m]!;
      const title = this.titles.get(a)?.title ?? "";
      articles.push({ id: strings[a]!, title, count: c.mCount[m]! });
    }
    articles.sort((a, b) => b.count - a.count || byCodePoint(a.id, b.id));
    const outs: Row[] = [];
    const ins: Row[] = [];
    for (let k = this.claims.start[e]!; k < this.claims.start[e + 1]!; k++) {
      const i = this.claims.list[k]!;
      const row = this.row(i);
      const article = c.article[i]!;
      const known = this.titles.get(article);
      if (known) {
        titles.set(strings[article]!, known.title);
        if (known.publisher !== NONE) publishers.set(strings[article]!, strings[known.publisher]!);
      }
      if (c.src[i] === e) outs.push(row);
      if (c.tgt[i] === e) ins.push(row);
    }
    return {
      entity: { ...this.nodes[e]!, aliases: [...this.aliases[e]!] },
      claims: claimsWithContext([...outs, ...ins], titles, publishers),
      articles,
    };
  }

  /** Claim i as the row toClaim() reads. */
  private row(i: number): Row {
    const { c, strings, nodes } = this;
    const s = nodes[c.src[i]!]!;
    const t = nodes[c.tgt[i]!]!;
    const opt = (k: number) => (k === NONE ? null : strings[k]!);
    return {
      id: this.ids[i],
      type: CLAIM_TYPES[c.type[i]!],
      source: s.id,
      target: t.id,
      sourceName: s.name,
      targetName: t.name,
      sourceLabel: s.label,
      targetLabel: t.label,
      article: strings[c.article[i]!],
      sentence: c.sentence[i],
      start: c.start[i],
      end: c.end[i],
      evidence: strings[c.evidence[i]!],
      quote: opt(c.quote[i]!),
      confidence: c.confidence[i],
      rule: strings[c.rule[i]!],
      role: opt(c.role[i]!),
      count: opt(c.count[i]!),
      polarity: c.polarity[i] === NONE ? null : POLARITIES[c.polarity[i]!],
      reviewed: c.reviewed[i] === 1,
    };
  }
}
