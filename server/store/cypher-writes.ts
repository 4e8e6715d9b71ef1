// The store's write path: articles in one write transaction (one, or a batch that commits all or nothing),
// each run of new articles in one read and one write statement; corrections replayed around a change.
import type { ExtractedArticle } from "../core/model/index.ts";
import type { UpsertOutcome } from "../core/ports.ts";
import { num, str, type CypherRunner, type CypherTx, type Row } from "./cypher-runner.ts";
import { aroundCorrections } from "./corrections-log.ts";
import { Q } from "./statements.ts";
import { A } from "./article-statements.ts";
import { sequence, W } from "./write-statements.ts";
import { entityAggregate, searchKey } from "./rows.ts";
import {
  articleFingerprint,
  entityState,
  itemRows,
  packParts,
  publisherOf,
  runParts,
  uniqueEntities,
  type Item,
  type ItemRows,
} from "./article-batch.ts";

export { articleFingerprint } from "./article-batch.ts";

/** What the state read says: stored fingerprints by article id (null: none kept), corrections, entity state. */
interface BatchState {
  stored: Map<string, string | null>;
  corrections: number;
  entities: Map<string, Row>;
}

function batchState(rows: Row[]): BatchState {
  const row = rows[0] ?? {};
  const pairs = Array.isArray(row.stored) ? (row.stored as unknown[]) : [];
  const stored = new Map<string, string | null>();
  for (const p of pairs) if (Array.isArray(p) && p[0] != null) stored.set(str(p[0]), p[1] == null ? null : str(p[1]));
  const entities = Array.isArray(row.entities) ? (row.entities as Row[]) : [];
  return { stored, corrections: num(row.corrections), entities: entityState(entities) };
}

/** The entity ids a run of articles reads the state of: their entities and their publishers. */
const entityIds = (docs: ExtractedArticle[]) => [
  ...new Set(docs.flatMap((d) => [...d.entities.map((e) => e.id), ...(publisherOf(d) ? [publisherOf(d)!.id] : [])])),
];

export class CypherWrites {
  constructor(
    private readonly db: CypherRunner,
    private readonly batchSize: number,
  ) {}

  upsertArticle(doc: ExtractedArticle): Promise<UpsertOutcome> {
    return this.upsertArticles([doc]).then((out) => out[0]!);
  }

  /**
   * Writes `docs` in one transaction, as if one after another: all of them commit, or none. The state is read
   * inside it, so nothing changes between the check and the write. New articles (with an empty corrections
   * log) go in runs of one read and one write statement; the others one by one, corrections around each.
   */
  upsertArticles(docs: ExtractedArticle[]): Promise<UpsertOutcome[]> {
    if (docs.length === 0) return Promise.resolve([]);
    return this.db.write(async (tx) => {
      const ids = [...new Set(docs.map((d) => d.article.id))];
      const reading = tx.run(W.batchState, { ids, eids: entityIds(docs) });
      // Fingerprints and rows are computed while the engine reads (off the main thread on Grafeo); an error waits for it.
      let ahead: Array<{ fingerprint: string; rows: ItemRows }> | unknown;
      try {
        ahead = docs.map((doc) => ({ fingerprint: articleFingerprint(doc), rows: itemRows(doc) }));
      } catch (err) {
        ahead = err;
      }
      const first = batchState(await reading);
      if (!Array.isArray(ahead)) throw ahead;
      const stored = first.stored;
      let known: Map<string, Row> | null = first.entities; // valid until this transaction writes
      const out: UpsertOutcome[] = [];
      let run: Item[] = [];
      const inRun = new Set<string>();
      const flush = async () => {
        if (run.length === 0) return;
        const state = known ?? entityState(await tx.run(Q.entityState, { ids: entityIds(run.map((i) => i.doc)) }));
        await this.writeRun(tx, run, state);
        known = null;
        run = [];
        inRun.clear();
      };
      for (const [i, doc] of docs.entries()) {
        const id = doc.article.id;
        const { fingerprint, rows } = ahead[i] as { fingerprint: string; rows: ItemRows };
        const counts = { entities: doc.entities.length, claims: doc.claims.length };
        const wasStored = stored.has(id);
        const fresh = first.corrections === 0 && !wasStored;
        // A publisher that an earlier article of the run names would be created first: that one waits.
        const publisher = publisherOf(doc);
        if (fresh && publisher && inRun.has(publisher.id)) await flush();
        if (fresh) {
          run.push({ doc, fingerprint, rows });
          stored.set(id, fingerprint);
          for (const e of doc.entities) inRun.add(e.id);
          out.push({ created: true, ...counts });
          continue;
        }
        await flush();
        if (stored.get(id) === fingerprint) {
          out.push({ created: false, ...counts });
          continue;
        }
        known = null;
        await this.replace(tx, { doc, fingerprint }, wasStored);
        stored.set(id, fingerprint);
        out.push({ created: !wasStored, ...counts });
      }
      await flush();
      return out;
    });
  }

  /** Writes articles given the stored state of every entity they name, in as few statements as the batch allows. */
  private async writeRun(tx: CypherTx, items: Item[], state: Map<string, Row>, fresh = true): Promise<void> {
    const now = new Date().toISOString();
    for (const stmt of packParts(runParts(items, state, now, fresh), this.batchSize)) {
      const params: Row = {};
      stmt.forEach((p, i) => (params[`p${i}`] = p.rows));
      await tx.run(sequence(stmt.map((p, i) => p.part(`p${i}`))), params);
    }
  }

  /** A changed (or, with corrections in the log, any) article: written as extracted, corrections around it. */
  private async replace(tx: CypherTx, item: Item, stored: boolean): Promise<void> {
    const { doc } = item;
    const id = doc.article.id;
    const before = stored ? (await tx.run(Q.articleMentionedIds, { id })).map((r) => str(r.id)) : [];
    const keys = [id, ...before, ...doc.entities.map((e) => e.id), ...doc.claims.map((c) => c.id)];
    await aroundCorrections(tx, keys, async () => {
      const stale = stored ? await this.removeArticleContent(tx, id) : [];
      const state = entityState(await tx.run(Q.entityState, { ids: entityIds([doc]) }));
      await this.writeRun(tx, [item], state, !stored);
      // A replaced article's old contributions are gone: recompute what it touched from MENTIONS.
      if (stored) await this.refreshEntities(tx, [...new Set([...stale, ...uniqueEntities(doc).map((e) => e.id)])]);
    });
  }

  private async batched(tx: CypherTx, query: string, rows: object[]) {
    for (let i = 0; i < rows.length; i += this.batchSize) {
      await tx.run(query, { rows: rows.slice(i, i + this.batchSize) });
    }
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

  /** Removes an article, its claims and mentions, and the entities left with none; false if it is not stored. */
  deleteArticle(id: string): Promise<boolean> {
    return this.db.write(async (tx) => {
      if (num((await tx.run(Q.hasArticle, { id }))[0]?.n) === 0) return false;
      const keys = [id, ...(await tx.run(Q.articleMentionedIds, { id })).map((r) => str(r.id))];
      await aroundCorrections(tx, keys, async () => {
        const ids = await this.removeArticleContent(tx, id);
        await tx.run(Q.articleDelete, { id });
        await this.refreshEntities(tx, ids);
      });
      return true;
    });
  }
}
