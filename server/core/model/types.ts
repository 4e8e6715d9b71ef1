// The shared data shapes of kgx: what extraction emits (the canonical JSON of
// graph-model.md), what the store returns, and what the HTTP API sends the client.
import type { ClaimType, EntityLabel, Polarity } from "./labels.ts";

export interface ArticleMeta {
  id: string;
  title: string;
  source: string;
  date?: string;
  /** Where the article was found (page URL, or the URL of a `.source` sidecar). */
  url?: string;
  /** The publishing outlet's name; stored as `(Outlet)-[:PUBLISHED]->(Article)` too. */
  publisher?: string;
  /** ISO date (YYYY-MM-DD) or date-time of publication, from the article's metadata. */
  published?: string;
  author?: string;
  /** ISO date-time of the first ingest: claims are dated by it when `published` is unknown. */
  ingested?: string;
}

/** Article metadata that formats, sidecars and CLI flags may carry. */
export type ArticleMetadata = Pick<ArticleMeta, "url" | "publisher" | "published" | "author">;

/** An entity as extraction resolves it, the store keeps it and the API sends it (one shape, one name). */
export interface Entity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  mentions: number;
}

/** One claim: a relationship per (type, source, target, article, sentence) with its evidence. */
export interface Claim {
  id: string;
  type: ClaimType;
  source: string;
  target: string;
  article: string;
  sentence: number;
  start: number;
  end: number;
  evidence: string;
  quote?: string;
  confidence: number;
  rule: string;
  role?: string;
  count?: string;
  /** optional; absent means "asserted" (backwards compatible with claims written before it existed) */
  polarity?: Polarity;
}

/** The canonical JSON that `kgx extract --format json` prints. */
export interface CanonicalGraph {
  articles: ArticleMeta[];
  entities: Entity[];
  relations: Claim[];
}

/** What ingest hands the store for one article: the canonical graph plus the text. */
export interface ExtractedArticle {
  article: ArticleMeta & { text: string; sentences: Array<[number, number]> };
  entities: Entity[];
  claims: Claim[];
}

/** What an article says before its text is built: its metadata and the entities it names. */
export interface ArticleHead {
  article: ArticleMeta;
  entities: Entity[];
}

/** Articles converted one at a time on demand (an import file): the input of a bulk load. */
export interface ArticleSource {
  count: number;
  article(i: number): ExtractedArticle;
  /** The i-th article's metadata and entities without its text (faster when given; else from `article(i)`). */
  head?(i: number): ArticleHead;
}

export interface ArticleInput extends ArticleMetadata {
  text: string;
  title?: string;
  source?: string;
}

// ---- graph views (API → client) ----

export interface GraphNode {
  id: string;
  label: EntityLabel;
  name: string;
  mentions: number;
  x?: number;
  y?: number;
}

/** Parallel claims between two entities of one type, aggregated into one drawable edge. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: ClaimType;
  count: number;
  articles: number;
  maxConfidence: number;
  /** The distinct articles behind the edge's claims (for filtering by article or outlet). */
  articleIds?: string[];
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated?: boolean;
}

/** Where the explorer's expansions come from: memory (ready), memory soon (building), the store's Cypher (off). */
export type ReadCacheState = "ready" | "building" | "off";

export interface Stats {
  articles: number;
  entities: number;
  claims: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
}

export interface ClaimWithContext extends Claim {
  sourceName: string;
  targetName: string;
  sourceLabel: EntityLabel;
  targetLabel: EntityLabel;
  articleTitle: string;
  /** An analyst confirmed the claim (a "reviewed" mark in panels and reports). */
  reviewed?: boolean;
  /** The publisher of the claim's article, when known (the report's outlet column). */
  articlePublisher?: string;
}

export interface EntityDetail {
  entity: Entity;
  /** The merged id the request named, when it resolved to this entity. */
  redirectedFrom?: string;
  claims: ClaimWithContext[];
  articles: Array<{ id: string; title: string; count: number }>;
}

export interface ArticleDetail {
  article: ArticleMeta;
  text: string;
  sentences: Array<[number, number]>;
  mentions: Array<{ id: string; name: string; label: EntityLabel; count: number }>;
}

/** One row of the article list: metadata, counts, and how its claims are dated. */
export interface ArticleSummary extends ArticleMeta {
  entities: number;
  claims: number;
  byType: Record<string, number>;
  /** The day its claims are dated by: `published`, or the ingest day when no date is known. */
  dated: string;
  dateKnown: boolean;
  /** The id of the publisher's Outlet entity, when the article has one. */
  publisherId?: string;
  status: "ingested";
}

// ---- claims timeline (API → client) ----

/** Timeline buckets: days, or ISO weeks starting on Monday. */
export type Bucket = "day" | "week";

export interface TimelineBucket {
  /** First day of the bucket, YYYY-MM-DD. */
  start: string;
  total: number;
  byType: Record<string, number>;
  /** Claims in this bucket dated by ingest time, not by a published date. */
  undated: number;
  articles: number;
}

export interface Timeline {
  bucket: Bucket;
  buckets: TimelineBucket[];
}

export interface IngestResult {
  article: ArticleMeta;
  entities: number;
  claims: number;
  /** false when the article's content was already in the store. */
  created: boolean;
  /** created: new; updated: same text, new title/source/date; unchanged: nothing changed. */
  status: "created" | "updated" | "unchanged";
}

// ---- user Cypher results (API → client) ----

/** A node in a user query's result: `id` is its `id` property, or `#<internal id>` when it has none. */
export interface QueryNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface QueryRel {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** Cells are JSON values; graph elements are tagged so the client can tell them from maps. */
export type QueryCell =
  | null
  | boolean
  | number
  | string
  | QueryCell[]
  | { $node: QueryNode }
  | { $rel: QueryRel }
  | { $path: { nodes: QueryNode[]; rels: QueryRel[] } }
  | { [key: string]: QueryCell };

export interface UserQueryResult {
  columns: string[];
  rows: QueryCell[][];
  /** Every node and relationship found anywhere in the rows, deduplicated. */
  graph: { nodes: QueryNode[]; edges: QueryRel[] };
  truncated: boolean;
  ms: number;
}

/** A saved analyst query from cypher/queries/*.cypher. */
export interface SavedQuery {
  id: string;
  title: string;
  description: string;
  query: string;
  params: Record<string, unknown>;
}
