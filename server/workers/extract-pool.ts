// The extraction worker pool: articles are extracted off the main thread, each within
// KGX_EXTRACT_TIMEOUT_MS, or refused with ExtractionTimeout (422) before anything is written.
import path from "node:path";
import { ExtractionTimeout } from "../core/errors.ts";
import type { ArticleInput, ExtractedArticle } from "../core/model/types.ts";
import { WorkerPool } from "./worker-pool.ts";

export class ExtractPool extends WorkerPool<ArticleInput, ExtractedArticle> {
  constructor(opts: { timeoutMs: number; size?: number }) {
    super({
      entry: path.join(import.meta.dirname, "extract-entry.mjs"),
      size: opts.size,
      timeoutMs: opts.timeoutMs,
      timeoutError: (ms) =>
        new ExtractionTimeout(
          `extraction: the article took longer than ${ms} ms (KGX_EXTRACT_TIMEOUT_MS); nothing was written`,
        ),
    });
  }

  extract(input: ArticleInput): Promise<ExtractedArticle> {
    return this.run(input);
  }
}
