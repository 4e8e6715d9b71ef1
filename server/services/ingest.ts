// Ingest use case: validate an article, extract its graph, and upsert it through the port.
import { InvalidInput, TooLarge } from "../core/errors.ts";
import { articleTitle } from "../core/article-title.ts";
import { extractArticle } from "../core/extraction/index.ts";
import type { ArticleInput, IngestResult } from "../core/model/types.ts";
import type { GraphStore } from "../core/ports.ts";

export interface IngestOptions {
  maxArticleBytes: number;
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

  async ingest(input: ArticleInput): Promise<IngestResult> {
    this.validate(input);
    const doc = extractArticle({ ...input, title: articleTitle(input.text, input.title) });
    for (const key of ["url", "publisher", "published", "author"] as const) {
      const v = input[key]?.trim();
      if (v) doc.article[key] = v.slice(0, 2_000);
    }
    const outcome = await this.store.upsertArticle(doc);
    const { text: _t, sentences: _s, ...article } = doc.article;
    return { article, entities: outcome.entities, claims: outcome.claims, created: outcome.created };
  }
}
