// Copies one GraphStore into another article by article (export → upsert), e.g. the embedded
// store to Neo4j and back. Idempotent: an article whose export is already the target's is skipped.
import { StoreUnavailable } from "../core/errors.ts";
import type { GraphStore } from "../core/ports.ts";

export interface SyncProgress {
  done: number;
  total: number;
  articleId: string;
}

export interface SyncOptions {
  /** Also delete articles the target has and the source has not (a mirror, not a merge). */
  prune?: boolean;
  onProgress?: (p: SyncProgress) => void;
}

export interface SyncSummary {
  total: number;
  copied: number;
  unchanged: number;
  /** Articles removed from the target because the source does not have them (only with `prune`). */
  pruned: number;
  failed: Array<{ articleId: string; message: string }>;
}

export async function syncStores(from: GraphStore, to: GraphStore, opts: SyncOptions = {}): Promise<SyncSummary> {
  const ids = await from.listArticleIds();
  const summary: SyncSummary = { total: ids.length, copied: 0, unchanged: 0, pruned: 0, failed: [] };
  for (const [i, articleId] of ids.entries()) {
    try {
      const doc = await from.exportArticle(articleId);
      if (doc && JSON.stringify(await to.exportArticle(articleId)) === JSON.stringify(doc)) summary.unchanged++;
      else if (doc) {
        await to.upsertArticle(doc);
        summary.copied++;
      }
    } catch (err) {
      if (err instanceof StoreUnavailable) throw err;
      summary.failed.push({ articleId, message: err instanceof Error ? err.message : String(err) });
    }
    opts.onProgress?.({ done: i + 1, total: ids.length, articleId });
  }
  if (opts.prune) {
    const keep = new Set(ids);
    for (const id of await to.listArticleIds()) {
      if (!keep.has(id) && (await to.deleteArticle(id))) summary.pruned++;
    }
  }
  return summary;
}
