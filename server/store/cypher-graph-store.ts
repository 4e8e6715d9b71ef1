// GraphStore written once in Cypher over a CypherRunner, so the Grafeo and Neo4j
// adapters hold the same model and answer the same queries.
import { isClaimType } from "../core/model/labels.ts";
import type {
  ArticleDetail,
  ArticleSummary,
  ClaimWithContext,
  EntityDetail,
  EntitySummary,
  ExtractedArticle,
  GraphData,
  GraphNode,
  Stats,
  UserQueryResult,
} from "../core/model/index.ts";
import { normaliseName } from "../core/model/ids.ts";
import type { GraphStore, QueryOptions, UpsertOutcome } from "../core/ports.ts";
import { num, str, strList, type CypherRunner, type Row } from "./cypher-runner.ts";
import { schemaStatements } from "./schema.ts";
import { CypherWrites } from "./cypher-writes.ts";
import type { CorrectionRecord } from "../core/model/corrections.ts";
import type { NewCorrection, StoredCorrection } from "../core/ports.ts";
import { undoOne } from "./corrections-log.ts";
import { applyNew, listCorrections, resolveEntityId } from "./corrections-store.ts";
import { CQ } from "./corrections-statements.ts";
import { Q } from "./statements.ts";
import { A } from "./article-statements.ts";
import { articleSummaries } from "./article-rows.ts";
import { aggregateEdges, articleMeta, exportedClaim, pairs, toClaim, toLabel, toNode, toSentences } from "./rows.ts";

export class CypherGraphStore implements GraphStore {
  private writing: Promise<unknown> = Promise.resolve();
  private readonly writes: CypherWrites;

  constructor(
    protected readonly db: CypherRunner,
    batchSize = 1000,
  ) {
    this.writes = new CypherWrites(db, batchSize);
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

  async hasArticle(id: string): Promise<boolean> {
    const rows = await this.db.read(Q.hasArticle, { id });
    return num(rows[0]?.n) > 0;
  }

  async stats(): Promise<Stats> {
    const [arts, labels, types] = await Promise.all([
      this.db.read(Q.countArticles),
      this.db.read(Q.countByLabel),
      this.db.read(Q.countByType),
    ]);
    const byLabel = pairs(labels, "label");
    const byType = pairs(types, "type");
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    return { articles: num(arts[0]?.n), entities: sum(byLabel), claims: sum(byType), byLabel, byType };
  }

  async overview(limit: number): Promise<GraphData> {
    const nodes = (await this.db.read(Q.topEntities, { limit })).map(toNode);
    const total = (await this.stats()).entities;
    return { ...(await this.withEdges(nodes)), truncated: total > nodes.length };
  }

  async subgraph(ids: string[]): Promise<GraphData> {
    if (ids.length === 0) return { nodes: [], edges: [] };
    return this.withEdges((await this.db.read(Q.entitiesByIds, { ids })).map(toNode));
  }

  async neighbourhood(id: string, hops: number, limit: number): Promise<GraphData> {
    const seen = new Set<string>([id]);
    let frontier = [id];
    for (let h = 0; h < hops && frontier.length > 0 && seen.size < limit; h++) {
      const next: string[] = [];
      for (const row of await this.db.read(Q.neighbours, { ids: frontier, limit: limit + frontier.length })) {
        const n = str(row.id);
        if (seen.size >= limit) break;
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
      frontier = next;
    }
    return this.subgraph([...seen]);
  }

  private async withEdges(nodes: GraphNode[]): Promise<GraphData> {
    const ids = nodes.map((n) => n.id);
    const rows = ids.length ? await this.db.read(Q.edgesAmong, { ids }) : [];
    return { nodes, edges: aggregateEdges(rows) };
  }

  async searchEntities(query: string, limit: number): Promise<EntitySummary[]> {
    const q = normaliseName(query);
    if (!q) return [];
    const rows = await this.db.read(Q.search, { q, limit });
    return rows.map((r) => ({ ...toNode(r), aliases: strList(r.aliases) }));
  }

  async getEntity(id: string): Promise<EntityDetail | null> {
    const [row] = await this.db.read(Q.entity, { id });
    if (!row) return null;
    const [from, to, articles] = await Promise.all([
      this.db.read(Q.claimsFrom, { id }),
      this.db.read(Q.claimsTo, { id }),
      this.db.read(Q.entityArticles, { id }),
    ]);
    const titles = new Map(articles.map((a) => [str(a.id), str(a.title)]));
    return {
      entity: { ...toNode(row), aliases: strList(row.aliases) },
      claims: await this.withTitles([...from, ...to], titles),
      articles: articles.map((a) => ({ id: str(a.id), title: str(a.title), count: num(a.count) })),
    };
  }

  async entitiesByIds(ids: string[]): Promise<EntitySummary[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(Q.entitySummaries, { ids });
    return rows.map((r) => ({ ...toNode(r), aliases: strList(r.aliases) })).sort((a, b) => a.id.localeCompare(b.id));
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
    return rows
      .filter((c) => isClaimType(c.type))
      .map((c) => {
        const claim = toClaim(c, titles);
        const publisher = publishers.get(claim.article);
        return publisher ? { ...claim, articlePublisher: publisher } : claim;
      })
      .sort(
        (a, b) =>
          a.type.localeCompare(b.type) ||
          a.article.localeCompare(b.article) ||
          a.start - b.start ||
          a.id.localeCompare(b.id),
      );
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
        .sort((a, b) => a.id.localeCompare(b.id)),
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

  async allEntities(limit: number): Promise<EntitySummary[]> {
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
