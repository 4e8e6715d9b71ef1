// GraphStore written once in Cypher over a CypherRunner, so the Grafeo and Neo4j
// adapters hold the same model and answer the same queries.
import { CLAIM_TYPES, ENTITY_LABELS, isClaimType } from "../core/model/labels.ts";
import type {
  ArticleDetail,
  ArticleSummary,
  ClaimWithContext,
  EntityDetail,
  Entity,
  ExtractedArticle,
  GraphData,
  GraphNode,
  Stats,
  UserQueryResult,
} from "../core/model/index.ts";
import { contentHash, entityId, normaliseName } from "../core/model/ids.ts";
import type { GraphStore, QueryOptions, UpsertOutcome } from "../core/ports.ts";
import { inParallel, num, str, strList, type CypherRunner, type CypherTx, type Row } from "./cypher-runner.ts";
import { schemaStatements } from "./schema.ts";
import type { CorrectionRecord } from "../core/model/corrections.ts";
import type { NewCorrection, StoredCorrection } from "../core/ports.ts";
import { aroundCorrections, undoOne } from "./corrections-log.ts";
import { applyNew, listCorrections, resolveEntityId } from "./corrections-store.ts";
import { CQ } from "./corrections-statements.ts";
import { createClaims, mergeEntities, Q } from "./statements.ts";
import { A } from "./article-statements.ts";
import { articleSummaries } from "./article-rows.ts";
import {
  aggregateEdges,
  articleMeta,
  claimRow,
  entityAggregate,
  exportedClaim,
  pairs,
  searchKey,
  toClaim,
  toLabel,
  toNode,
  toSentences,
} from "./rows.ts";

export class CypherGraphStore implements GraphStore {
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    protected readonly db: CypherRunner,
    private readonly batchSize = 1000,
  ) {}

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
    // The ingest time is kept from the first write, so it is no part of what the article says.
    const { ingested: _ingested, ...said } = doc.article;
    const fingerprint = contentHash(JSON.stringify({ ...doc, article: said }));
    const outcome = { entities: doc.entities.length, claims: doc.claims.length };
    return this.exclusive(async () => {
      const id = doc.article.id;
      const prev = await this.db.read(Q.articleFingerprint, { id });
      if (prev.length > 0 && prev[0]?.fingerprint === fingerprint) return { created: false, ...outcome };
      await this.db.write(async (tx) => {
        // Written on the graph as extracted: the corrections touching it are taken back, then replayed.
        const before = prev.length > 0 ? (await tx.run(Q.articleMentionedIds, { id })).map((r) => str(r.id)) : [];
        const keys = [id, ...before, ...doc.entities.map((e) => e.id), ...doc.claims.map((c) => c.id)];
        await aroundCorrections(tx, keys, () => this.writeArticle(tx, doc, prev.length > 0, fingerprint));
      });
      return { created: prev.length === 0, ...outcome };
    });
  }

  private async writeArticle(tx: CypherTx, doc: ExtractedArticle, replace: boolean, fingerprint: string) {
    const id = doc.article.id;
    const stale = replace ? await this.removeArticleContent(tx, id) : [];
    const { text, sentences, ...meta } = doc.article;
    const writeMeta = async () => {
      await tx.run(Q.mergeArticle, {
        id,
        props: {
          ...meta,
          date: meta.date ?? null,
          url: meta.url ?? null,
          publisher: meta.publisher ?? null,
          published: meta.published ?? null,
          author: meta.author ?? null,
          text,
          sentences: sentences.flat(),
          fingerprint,
        },
      });
      await tx.run(A.setIngested, { id, now: meta.ingested ?? new Date().toISOString() });
      if (meta.publisher) await this.publish(tx, id, meta.publisher);
    };
    const entities = [...new Map(doc.entities.map((e) => [e.id, e])).values()];
    let state = new Map<string, Row>();
    const readState = async () => {
      state = new Map((await tx.run(Q.entityState, { ids: entities.map((e) => e.id) })).map((r) => [str(r.id), r]));
    };
    // Independent statements go out together where the runner pipelines them (Neo4j): fewer round trips.
    await inParallel(tx, [writeMeta, readState]);
    await inParallel(
      tx,
      ENTITY_LABELS.map((label) => () => {
        const rows = entities
          .filter((e) => e.label === label)
          .map((e) => {
            const cur = state.get(e.id);
            const aliases = [...new Set([...strList(cur?.aliases), ...e.aliases])].sort();
            const mentions = num(cur?.mentions) + e.mentions;
            return { id: e.id, name: e.name, label, mentions, aliases, search: searchKey(e.name, aliases) };
          });
        return this.batched(tx, mergeEntities(label), rows);
      }),
    );
    const mentions = entities.map((e) => ({ id: e.id, count: e.mentions, aliases: e.aliases }));
    await inParallel(tx, [
      () => this.batched(tx, Q.createMentions, mentions, { article: id }),
      ...CLAIM_TYPES.map(
        (type) => () => this.batched(tx, createClaims(type), doc.claims.filter((c) => c.type === type).map(claimRow)),
      ),
    ]);
    // A replaced article's old contributions are gone: recompute what it touched from MENTIONS.
    if (replace) await this.refreshEntities(tx, [...new Set([...stale, ...entities.map((e) => e.id)])]);
  }

  private async batched(tx: CypherTx, query: string, rows: object[], extra: Record<string, unknown> = {}) {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      await tx.run(query, { ...extra, rows: rows.slice(i, i + this.batchSize) });
    }
  }

  /** Links the article to its publisher, an Outlet entity (created with no mentions if new). */
  private async publish(tx: CypherTx, id: string, publisher: string): Promise<void> {
    const name = publisher.replace(/\s+/g, " ").trim();
    const oid = entityId("Outlet", name);
    await tx.run(A.mergePublisher, { oid, name, label: "Outlet", search: searchKey(name, [name]) });
    await tx.run(A.publish, { oid, id });
  }

  /** Deletes an article's claims, mentions and PUBLISHED edge; returns the ids of the entities it touched. */
  private async removeArticleContent(tx: CypherTx, id: string): Promise<string[]> {
    const ids = (await tx.run(Q.articleMentionedIds, { id })).map((r) => str(r.id));
    for (const r of await tx.run(A.publisherOf, { id })) ids.push(str(r.id));
    await tx.run(A.unpublish, { id });
    await tx.run(Q.articleClaimsDelete, { id });
    await tx.run(Q.articleMentionsDelete, { id });
    return ids;
  }

  /** Recomputes mentions and aliases from MENTIONS edges; deletes entities no article mentions. */
  private async refreshEntities(tx: CypherTx, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const rows = await tx.run(Q.entityAggregates, { ids });
    const aggregates = rows.map(entityAggregate);
    // An outlet that still publishes an article stays, even when no article mentions it.
    const publishers = new Set((await tx.run(A.publishers, { ids })).map((r) => str(r.id)));
    const keep = (a: { id: string; articles: number }) => a.articles > 0 || publishers.has(a.id);
    const orphans = aggregates.filter((a) => a.mentions === 0 && !keep(a)).map((a) => a.id);
    const live = aggregates
      .filter(keep)
      .map((a) => ({ id: a.id, mentions: a.mentions, aliases: a.aliases, search: searchKey(a.name, a.aliases) }));
    await this.batched(tx, Q.setEntityAggregates, live);
    if (orphans.length > 0) await tx.run(Q.deleteEntities, { ids: orphans });
  }

  deleteArticle(id: string): Promise<boolean> {
    return this.exclusive(async () => {
      if (!(await this.hasArticle(id))) return false;
      await this.db.write(async (tx) => {
        const keys = [id, ...(await tx.run(Q.articleMentionedIds, { id })).map((r) => str(r.id))];
        await aroundCorrections(tx, keys, async () => {
          const ids = await this.removeArticleContent(tx, id);
          await tx.run(Q.articleDelete, { id });
          await this.refreshEntities(tx, ids);
        });
      });
      return true;
    });
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

  async searchEntities(query: string, limit: number): Promise<Entity[]> {
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

  async entitiesByIds(ids: string[]): Promise<Entity[]> {
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
