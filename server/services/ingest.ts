// Ingest use case: validate an article, extract its graph, and upsert it through the port.
import { Conflict, InvalidInput, TooLarge } from "../core/errors.ts";
import { articleTitle } from "../core/article-title.ts";
import { extractArticle } from "../core/extraction/index.ts";
import type { ArticleInput, ArticleMeta, ExtractedArticle, IngestResult } from "../core/model/types.ts";
import type { GraphStore, UpsertOutcome } from "../core/ports.ts";

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
    const p = await this.prepare(raw);
    const stored = await this.storedArticle(p.article.id);
    checkText(p, stored);
    return result(p, await this.store.upsertArticle(p.doc), stored);
  }

  /**
   * Many articles at once, as `ingest` one after another would (results in order; a bad one gets its own
   * error and the others still go in), written in one all-or-nothing transaction; if that fails, one by one.
   */
  async ingestMany(raws: ArticleInput[]): Promise<Array<IngestResult | Error>> {
    const prepared = await Promise.all(raws.map((raw) => this.prepare(raw).catch((err: unknown) => asError(err))));
    const ready: Array<{ i: number; p: Prepared; before: Before }> = [];
    const seen = new Map<string, Before>();
    const out: Array<IngestResult | Error> = prepared.map((p) => (p instanceof Error ? p : new Error("pending")));
    for (const [i, p] of prepared.entries()) {
      if (p instanceof Error) continue;
      const id = p.article.id;
      // An article earlier in the batch is what a later one with its id finds stored.
      const before = seen.has(id) ? seen.get(id)! : await this.storedArticle(id);
      try {
        checkText(p, before);
      } catch (err) {
        out[i] = asError(err);
        continue;
      }
      ready.push({ i, p, before });
      seen.set(id, { text: p.doc.article.text, article: p.article });
    }
    let outcomes: UpsertOutcome[] | null = null;
    try {
      outcomes = await this.store.upsertArticles(ready.map((r) => r.p.doc));
    } catch {
      // Nothing of the batch was written: each article on its own, so one bad write fails only itself.
      for (const r of ready) out[r.i] = await this.ingest(raws[r.i]!).catch((err: unknown) => asError(err));
      return out;
    }
    ready.forEach((r, k) => (out[r.i] = result(r.p, outcomes![k]!, r.before)));
    return out;
  }

  private async storedArticle(id: string): Promise<Before> {
    const stored = await this.store.getArticle(id);
    return stored ? { text: stored.text, article: stored.article } : null;
  }

  /** Validated, extracted and cleaned, nothing written. */
  private async prepare(raw: ArticleInput): Promise<Prepared> {
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
    return { doc, article };
  }
}

interface Prepared {
  doc: ExtractedArticle;
  article: ArticleMeta;
}
/** What the store held for an article's id before it was written: its text and metadata, or nothing. */
type Before = { text: string; article: ArticleMeta } | null;

function checkText(p: Prepared, stored: Before): void {
  if (stored && !sameText(stored.text, p.doc.article.text)) {
    throw new Conflict(
      `ingest: article ${p.article.id} is already stored with a different text; refused (re-ingest a store made before the SHA-256 ids)`,
    );
  }
}

function result(p: Prepared, outcome: UpsertOutcome, stored: Before): IngestResult {
  const { article } = p;
  const status = outcome.created ? "created" : stored && !sameMeta(stored.article, article) ? "updated" : "unchanged";
  return { article, entities: outcome.entities, claims: outcome.claims, created: outcome.created, status };
}

const asError = (err: unknown): Error => (err instanceof Error ? err : new Error(String(err)));

/** The text as the article id sees it (line endings and outer white space ignored). */
const idText = (t: string): string => t.replace(/\r\n?/g, "\n").trim();
const sameText = (a: string, b: string): boolean => idText(a) === idText(b);
const META_KEYS = ["title", "source", "date", "url", "publisher", "published", "author"] as const;
const sameMeta = (a: ArticleMeta, b: ArticleMeta): boolean => META_KEYS.every((k) => (a[k] ?? null) === (b[k] ?? null));
