// GraphStore written once in Cypher over a CypherRunner, so the Grafeo and Neo4j
// adapters hold the same model and answer the same queries.
import { isClaimType } from "../core/model/labels.ts";
import type {
  ArticleDetail,
  ArticleSummary,
  ClaimWithContext,
  EntityDetail,
  Entity,
  ExtractedArticle,
  GraphData,
  GraphNode,
  ReadCacheState,
  Stats,
  UserQueryResult,
} from "../core/model/index.ts";
import type { GraphStore, QueryOptions, UpsertOutcome } from "../core/ports.ts";
import { num, str, strList, type CypherRunner, type Row } from "./cypher-runner.ts";
import { schemaStatements } from "./schema.ts";
import { CypherWrites } from "./cypher-writes.ts";
import type { CorrectionRecord } from "../core/model/corrections.ts";
import type { NewCorrection, StoredCorrection } from "../core/ports.ts";
import { CypherReads } from "./cypher-reads.ts";
import { ReadCache, type ReadCacheOptions } from "./read-cache.ts";
import { undoOne } from "./corrections-log.ts";
import { applyNew, listCorrections, resolveEntityId } from "./corrections-store.ts";
import { CQ } from "./corrections-statements.ts";
import { Q } from "./statements.ts";
import { A } from "./article-statements.ts";
import { articleSummaries } from "./article-rows.ts";
import { claimCounts, startView } from "./start-view.ts";
import {
  aggregateEdges,
  articleMeta,
  byCodePoint,
  claimsWithContext,
  exportedClaim,
  pairs,
  toLabel,
  toNode,
  toSentences,
} from "./rows.ts";

export class CypherGraphStore implements GraphStore {
  private writing: Promise<unknown> = Promise.resolve();
  protected readonly db: CypherRunner;
  private readonly reads: CypherReads;
  private readonly writes: CypherWrites;
  /** The explorer's in-memory expansions (null: off, or an engine other processes may write to). */
  readonly readCache: ReadCache | null;

  constructor(db: CypherRunner, batchSize = 1000, cache?: ReadCacheOptions) {
    // Every write must go through this.db (the wrapped runner): that is how the read cache learns of it.
    this.readCache = cache && cache.maxClaims > 0 ? new ReadCache(db, cache) : null;
    this.db = this.readCache ? this.readCache.track() : db;
    this.reads = new CypherReads(this.db, this.readCache);
    this.writes = new CypherWrites(this.db, batchSize);
  }

  async init(): Promise<void> {
    for (const stmt of schemaStatements()) await this.db.write((tx) => tx.run(stmt));
  }

  /** Writes are serialised within the process, so concurrent ingests never conflict. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.writing.then(work, work);
    this.writing = next.catch(() => undefined);
    return next;
  }

  upsertArticle(doc: ExtractedArticle): Promise<UpsertOutcome> {
    return this.exclusive(() => this.writes.upsertArticle(doc));
  }

  upsertArticles(docs: ExtractedArticle[]): Promise<UpsertOutcome[]> {
    return this.exclusive(() => this.writes.upsertArticles(docs));
  }

  deleteArticle(id: string): Promise<boolean> {
    return this.exclusive(() => this.writes.deleteArticle(id));
  }

  readCacheState(): ReadCacheState {
    return this.readCache?.state ?? "off";
  }

  async hasArticle(id: string): Promise<boolean> {
    const rows = await this.db.read(Q.hasArticle, { id });
    return num(rows[0]?.n) > 0;
  }

  async stats(): Promise<Stats> {
    const [arts, labels, byType] = await Promise.all([
      this.db.read(Q.countArticles),
      this.db.read(Q.countByLabel),
      claimCounts(this.db),
    ]);
    const byLabel = pairs(labels, "label");
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return { articles: num(arts[0]?.n), entities: sum(byLabel), claims: sum(byType), byLabel, byType };
  }

  async overview(limit: number): Promise<GraphData> {
    return this.readCache?.overview(limit) ?? startView(this.db, limit);
  }

  async subgraph(ids: string[]): Promise<GraphData> {
    if (ids.length === 0) return { nodes: [], edges: [] };
    return this.withEdges((await this.db.read(Q.entitiesByIds, { ids })).map(toNode));
  }

  neighbourhood(id: string, hops: number, limit: number): Promise<GraphData> {
    return this.reads.neighbourhood(id, hops, limit);
  }

  private async withEdges(nodes: GraphNode[]): Promise<GraphData> {
    const ids = nodes.map((n) => n.id);
    const rows = ids.length ? await this.db.read(Q.edgesAmong, { ids }) : [];
    return { nodes, edges: aggregateEdges(rows) };
  }

  searchEntities(query: string, limit: number): Promise<Entity[]> {
    return this.reads.searchEntities(query, limit);
  }

  getEntity(id: string): Promise<EntityDetail | null> {
    return this.reads.getEntity(id);
  }

  async entitiesByIds(ids: string[]): Promise<Entity[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(Q.entitySummaries, { ids });
    return rows.map((r) => ({ ...toNode(r), aliases: strList(r.aliases) })).sort((a, b) => byCodePoint(a.id, b.id));
  }

  async claimsAmong(ids: string[]): Promise<ClaimWithContext[]> {
    if (ids.length === 0) return [];
    return this.withTitles(await this.db.read(Q.claimsAmong, { ids }), new Map());
  }

  /** Turns claim rows into claims with their article titles, sorted by type, article and position. */
  private async withTitles(rows: Row[], titles: Map<string, string>): Promise<ClaimWithContext[]> {
    const ids = [...new Set(rows.map((c) => str(c.article)))];
    const publishers = new Map<string, string>();
    if (ids.length > 0) {
      for (const a of await this.db.read(Q.articleTitles, { ids })) {
        titles.set(str(a.id), str(a.title));
        if (a.publisher) publishers.set(str(a.id), str(a.publisher));
      }
    }
    return claimsWithContext(rows, titles, publishers);
  }

  async getArticle(id: string): Promise<ArticleDetail | null> {
    const [row] = await this.db.read(Q.article, { id });
    if (!row) return null;
    const mentions = await this.db.read(Q.articleMentions, { id });
    return {
      article: articleMeta(row),
      text: str(row.text),
      sentences: toSentences(row.sentences),
      mentions: mentions.map((m) => ({
        id: str(m.id),
        name: str(m.name),
        label: toLabel(m.label),
        count: num(m.count),
      })),
    };
  }

  async listArticles(): Promise<ArticleSummary[]> {
    const [articles, claims] = await Promise.all([this.db.read(A.list), this.db.read(A.claimsPerArticle)]);
    return articleSummaries(articles, claims);
  }

  async listArticleIds(): Promise<string[]> {
    return (await this.db.read(Q.articleIds)).map((r) => str(r.id));
  }

  async exportArticle(id: string): Promise<ExtractedArticle | null> {
    const [row] = await this.db.read(Q.article, { id });
    if (!row) return null;
    const [entities, claims] = await Promise.all([
      this.db.read(Q.exportEntities, { id }),
      this.db.read(Q.exportClaims, { id }),
    ]);
    return {
      article: { ...articleMeta(row), text: str(row.text), sentences: toSentences(row.sentences) },
      entities: entities.map((e) => ({
        id: str(e.id),
        label: toLabel(e.label),
        name: str(e.name),
        aliases: strList(e.aliases),
        mentions: num(e.count),
      })),
      claims: claims
        .filter((c) => isClaimType(c.type))
        .map((c) => exportedClaim(c))
        .sort((a, b) => byCodePoint(a.id, b.id)),
    };
  }

  // ---- corrections (server/store/corrections-log.ts) ----

  applyCorrection(rec: NewCorrection): Promise<CorrectionRecord> {
    return this.exclusive(() => this.db.write((tx) => applyNew(tx, rec)));
  }

  undoCorrection(id: string): Promise<CorrectionRecord> {
    return this.exclusive(() => this.db.write((tx) => undoOne(tx, id)));
  }

  listCorrections(): Promise<StoredCorrection[]> {
    return listCorrections(this.db);
  }

  resolveEntityId(id: string): Promise<string | null> {
    return resolveEntityId(this.db, id);
  }

  async allEntities(limit: number): Promise<Entity[]> {
    return (await this.db.read(CQ.allEntities, { limit })).map((r) => ({ ...toNode(r), aliases: strList(r.aliases) }));
  }

  async allClaims(): Promise<ClaimWithContext[]> {
    return this.withTitles(await this.db.read(CQ.allClaims), new Map());
  }

  runUserQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    return this.db.userQuery(query, params, opts);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
