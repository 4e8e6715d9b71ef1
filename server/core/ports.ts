// The GraphStore port: everything services need from a graph database. The Grafeo
// and Neo4j adapters implement it, and tests/contract runs one suite against both.
import type {
  ArticleSource,
  ArticleDetail,
  ArticleSummary,
  ClaimWithContext,
  EntityDetail,
  Entity,
  ExtractedArticle,
  GraphData,
  ReadCacheState,
  Stats,
  UserQueryResult,
} from "./model/types.ts";
import type { CorrectionRecord, StoredCorrection } from "./model/corrections.ts";

/** A correction to apply: the store gives it its sequence number. */
export type NewCorrection = Omit<CorrectionRecord, "seq">;
export type { StoredCorrection };

export interface UpsertOutcome {
  /** false when the article was already stored (nothing changed). */
  created: boolean;
  entities: number;
  claims: number;
}

export interface QueryOptions {
  timeoutMs: number;
  maxRows: number;
  /** Answers larger than this many bytes of JSON are refused (TooLarge); 0 or absent: no cap. */
  maxBytes?: number;
}

export interface GraphStore {
  /** Creates indexes and anything else the store needs; idempotent. */
  init(): Promise<void>;
  /** Writes one article, its entities, mentions and claims in one transaction; idempotent. */
  upsertArticle(doc: ExtractedArticle): Promise<UpsertOutcome>;
  /**
   * Writes articles in one transaction, all or nothing, as if upserted one after another (the same
   * outcomes, in order, and the same graph); for ingesting many at once.
   */
  upsertArticles(docs: ExtractedArticle[]): Promise<UpsertOutcome[]>;
  /** Removes an article, its claims and mentions, and entities no other article mentions. */
  deleteArticle(articleId: string): Promise<boolean>;
  hasArticle(articleId: string): Promise<boolean>;
  stats(): Promise<Stats>;
  /** The in-memory expansions' state; absent on stores that have none (Neo4j). */
  readCacheState?(): ReadCacheState;
  /** The top `limit` entities by mentions and the aggregated claim edges between them. */
  overview(limit: number): Promise<GraphData>;
  /** Entities within `hops` of `id`, at most `limit` of them, with the edges between them. */
  neighbourhood(id: string, hops: number, limit: number): Promise<GraphData>;
  /** The given entities and the aggregated edges among them. */
  subgraph(ids: string[]): Promise<GraphData>;
  searchEntities(query: string, limit: number): Promise<Entity[]>;
  getEntity(id: string): Promise<EntityDetail | null>;
  getArticle(id: string): Promise<ArticleDetail | null>;
  /** The entities with these ids, with aliases (unknown ids are left out). */
  entitiesByIds(ids: string[]): Promise<Entity[]>;
  /** Every claim whose source and target are both among `ids`, with its evidence and context. */
  claimsAmong(ids: string[]): Promise<ClaimWithContext[]>;
  /**
   * Runs an analyst's Cypher read-only: a query that would write is refused (QueryRefused)
   * and the store is unchanged; it ends after `timeoutMs` (QueryTimeout) even if the engine
   * cannot interrupt it; at most `maxRows` rows come back, with `truncated` set.
   */
  runUserQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult>;
  /** Every article with its metadata, entity and claim counts, sorted by id. */
  listArticles(): Promise<ArticleSummary[]>;
  /** Every article id in the store, sorted (bulk export, e.g. `kgx sync`). */
  listArticleIds(): Promise<string[]>;
  /**
   * One stored article as the ExtractedArticle that reproduces it through upsertArticle: its
   * text, the entities it mentions (with this article's count and aliases) and its claims, in a
   * stable order, so exporting an unchanged article twice gives the same document. null if absent.
   */
  exportArticle(articleId: string): Promise<ExtractedArticle | null>;
  /**
   * Applies one correction in one write transaction, after checking it (NotFound, InvalidInput,
   * LabelConflict: nothing written). Ingest and re-ingest replay the active ones afterwards.
   */
  applyCorrection(rec: NewCorrection): Promise<CorrectionRecord>;
  /** Undoes one correction exactly (later corrections still hold); NotFound unless it is active. */
  undoCorrection(id: string): Promise<CorrectionRecord>;
  /** Every correction, in the order applied, undone ones included. */
  listCorrections(): Promise<StoredCorrection[]>;
  /** The id itself when the entity exists, the entity it was merged into, or null. */
  resolveEntityId(id: string): Promise<string | null>;
  /** The top `limit` entities by mentions, with aliases (for duplicate suggestions). */
  allEntities(limit: number): Promise<Entity[]>;
  /** Every claim with its context and whether an analyst confirmed it (for the review queue). */
  allClaims(): Promise<ClaimWithContext[]>;
  close(): Promise<void>;
}

/** What a bulk load did: `loaded` with what it wrote, or why it left the target to the regular write path. */
export type FreshLoadResult =
  { loaded: true; articles: number; entities: number; claims: number } | { loaded: false; reason: string };

/**
 * Builds a whole new store in one go, as `neo4j-admin database import` does: only where there is no store yet or
 * an empty one, and all or nothing (the new store takes the target's place once complete; a failure or a crash
 * leaves the target as it was). The graph is the one `upsertArticles` would leave from the same articles.
 */
export interface FreshStoreLoader {
  /**
   * Loads every article of `source`, or writes nothing and says why not (the target holds data, an article id
   * appears twice): the caller then takes the regular path. `progress` is called with the articles written.
   */
  load(source: ArticleSource, progress?: (done: number) => void): Promise<FreshLoadResult>;
}
