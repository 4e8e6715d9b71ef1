// Ingest use case: validate an article, extract its graph, and upsert it through the port.
import { Conflict, InvalidInput, TooLarge } from "../core/errors.ts";
import { articleTitle } from "../core/article-title.ts";
import { extractArticle } from "../core/extraction/index.ts";
import type { ArticleInput, ArticleMeta, ExtractedArticle, IngestResult } from "../core/model/types.ts";
import type { GraphStore } from "../core/ports.ts";

export interface IngestOptions {
  maxArticleBytes: number;
  /** Extracts off the caller's thread (the server's worker pool); default: extractArticle in-process. */
  extract?: (input: ArticleInput) => Promise<ExtractedArticle>;
}

export class IngestService {
  constructor(
    private readonly store: GraphStore,
    private readonly options: IngestOptions,
  ) {}

  /** Throws InvalidInput or TooLarge before anything is written; otherwise one transaction. */
  validate(input: ArticleInput): void {
    if (typeof input.text !== "string") throw new InvalidInput("ingest: the article has no text");
    const bytes = Buffer.byteLength(input.text, "utf8");
    if (bytes > this.options.maxArticleBytes) {
      throw new TooLarge(`ingest: the article is ${bytes} bytes; the limit is ${this.options.maxArticleBytes}`);
    }
    if (input.text.trim().length === 0) throw new InvalidInput("ingest: the article is empty");
    if (input.text.includes("\u0000")) throw new InvalidInput("ingest: the article looks binary (NUL bytes)");
  }

  /**
   * An article whose id is already held by a different text is refused (Conflict, nothing written):
   * ids are content hashes, so that is a forged collision or a store from before the SHA-256 ids.
   * The same text with another title, source or date is "updated".
   */
  async ingest(raw: ArticleInput): Promise<IngestResult> {
    this.validate(raw);
    // Titles and sources are stored as given; displays and reports neutralise bidi controls (core/model/bidi.ts).
    const input = { ...raw, title: articleTitle(raw.text, raw.title) };
    const extracted = this.options.extract ? await this.options.extract(input) : extractArticle(input);
    const meta = { ...extracted.article };
    for (const key of ["url", "publisher", "published", "author"] as const) {
      const v = raw[key]?.trim();
      if (v) meta[key] = v.slice(0, 2_000);
    }
    const doc = { ...extracted, article: meta };
    const { text: _t, sentences: _s, ...article } = doc.article;
    const stored = await this.store.getArticle(article.id);
    if (stored && !sameText(stored.text, doc.article.text)) {
      throw new Conflict(
        `ingest: article ${article.id} is already stored with a different text; refused (re-ingest a store made before the SHA-256 ids)`,
      );
    }
    const outcome = await this.store.upsertArticle(doc);
    const status = outcome.created ? "created" : stored && !sameMeta(stored.article, article) ? "updated" : "unchanged";
    return { article, entities: outcome.entities, claims: outcome.claims, created: outcome.created, status };
  }
}

/** The text as the article id sees it (line endings and outer white space ignored). */
const idText = (t: string): string => t.replace(/\r\n?/g, "\n").trim();
const sameText = (a: string, b: string): boolean => idText(a) === idText(b);
const META_KEYS = ["title", "source", "date", "url", "publisher", "published", "author"] as const;
const sameMeta = (a: ArticleMeta, b: ArticleMeta): boolean => META_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));
