// The store's write path: each article in one write transaction of few statements (its stored state,
// its metadata, then entities, mentions and claims together), corrections replayed around a change.
import { CLAIM_TYPES, ENTITY_LABELS } from "../core/model/labels.ts";
import type { ExtractedArticle } from "../core/model/index.ts";
import { contentHash, entityId } from "../core/model/ids.ts";
import type { UpsertOutcome } from "../core/ports.ts";
import { inParallel, num, str, strList, type CypherRunner, type CypherTx, type Row } from "./cypher-runner.ts";
import { aroundCorrections } from "./corrections-log.ts";
import { Q } from "./statements.ts";
import { A } from "./article-statements.ts";
import { claimsPart, entityPart, mentionsPart, PUBLISH, sequence, W } from "./write-statements.ts";
import { claimRow, entityAggregate, searchKey } from "./rows.ts";

/** The fingerprint of what an article says: the ingest time is kept from the first write, so no part of it. */
export function articleFingerprint(doc: ExtractedArticle): string {
  const { ingested: _ingested, ...said } = doc.article;
  return contentHash(JSON.stringify({ ...doc, article: said }));
}

function metaParams(id: string, props: Row, publisher: string | undefined): Row {
  const now = new Date().toISOString();
  if (!publisher) return { id, props, now };
  const osearch = searchKey(publisher, [publisher]);
  return { id, props, now, oid: entityId("Outlet", publisher), oname: publisher, olabel: "Outlet", osearch };
}

export class CypherWrites {
  constructor(
    private readonly db: CypherRunner,
    private readonly batchSize: number,
  ) {}

  /** One write transaction: the stored state is read in it, so nothing can change between check and write. */
  upsertArticle(doc: ExtractedArticle): Promise<UpsertOutcome> {
    const fingerprint = articleFingerprint(doc);
    const outcome = { entities: doc.entities.length, claims: doc.claims.length };
    const id = doc.article.id;
    return this.db.write(async (tx) => {
      const [state] = await tx.run(W.articleState, { id });
      const stored = state?.id != null;
      if (stored && state?.fingerprint === fingerprint) return { created: false, ...outcome };
      if (!stored && num(state?.corrections) === 0) {
        // A new article and an empty corrections log: nothing to take back or replay.
        await this.writeArticle(tx, doc, false, fingerprint);
      } else {
        // Written on the graph as extracted: the corrections touching it are taken back, then replayed.
        const before = stored ? (await tx.run(Q.articleMentionedIds, { id })).map((r) => str(r.id)) : [];
        const keys = [id, ...before, ...doc.entities.map((e) => e.id), ...doc.claims.map((c) => c.id)];
        await aroundCorrections(tx, keys, () => this.writeArticle(tx, doc, stored, fingerprint));
      }
      return { created: !stored, ...outcome };
    });
  }

  private async writeArticle(tx: CypherTx, doc: ExtractedArticle, replace: boolean, fingerprint: string) {
    const id = doc.article.id;
    const stale = replace ? await this.removeArticleContent(tx, id) : [];
    const { text, sentences, ingested, ...meta } = doc.article;
    const props = {
      ...meta,
      ...(ingested ? { ingested } : {}),
      date: meta.date ?? null,
      url: meta.url ?? null,
      publisher: meta.publisher ?? null,
      published: meta.published ?? null,
      author: meta.author ?? null,
      text,
      sentences: sentences.flat(),
      fingerprint,
    };
    const entities = [...new Map(doc.entities.map((e) => [e.id, e])).values()];
    let state = new Map<string, Row>();
    // Metadata (with the publisher), then the state of the entities it names: in order, pipelined where the
    // runner allows it (Neo4j); the state read sees the publisher the first statement may have created.
    const publisher = meta.publisher?.replace(/\s+/g, " ").trim();
    await inParallel(tx, [
      () => tx.run(W.mergeArticle + (publisher ? ` WITH a ${PUBLISH}` : ""), metaParams(id, props, publisher)),
      async () => {
        const rows = await tx.run(Q.entityState, { ids: entities.map((e) => e.id) });
        state = new Map(rows.map((r) => [str(r.id), r]));
      },
    ]);
    const parts: Array<{ part: (param: string) => string; rows: object[] }> = [];
    for (const label of ENTITY_LABELS) {
      const rows = entities
        .filter((e) => e.label === label)
        .map((e) => {
          const cur = state.get(e.id);
          const aliases = [...new Set([...strList(cur?.aliases), ...e.aliases])].sort();
          const mentions = num(cur?.mentions) + e.mentions;
          return { id: e.id, name: e.name, label, mentions, aliases, search: searchKey(e.name, aliases) };
        });
      parts.push({ part: (p) => entityPart(label, p), rows });
    }
    parts.push({
      part: mentionsPart,
      rows: entities.map((e) => ({ id: e.id, count: e.mentions, aliases: e.aliases })),
    });
    for (const type of CLAIM_TYPES) {
      const rows = doc.claims.filter((c) => c.type === type).map(claimRow);
      parts.push({ part: (p) => claimsPart(type, p), rows });
    }
    await this.runParts(tx, parts, { article: id });
    // A replaced article's old contributions are gone: recompute what it touched from MENTIONS.
    if (replace) await this.refreshEntities(tx, [...new Set([...stale, ...entities.map((e) => e.id)])]);
  }

  /**
   * The non-empty parts in one statement, in order; a part over the batch size goes in slices of its own
   * statements (in the same order), so one huge article never sends one huge parameter.
   */
  private async runParts(tx: CypherTx, parts: Array<{ part: (p: string) => string; rows: object[] }>, extra: Row) {
    const live = parts.filter((p) => p.rows.length > 0);
    if (live.length === 0) return;
    if (live.every((p) => p.rows.length <= this.batchSize)) {
      const params: Row = { ...extra };
      live.forEach((p, i) => (params[`p${i}`] = p.rows));
      await tx.run(sequence(live.map((p, i) => p.part(`p${i}`))), params);
      return;
    }
    for (const p of live) {
      for (let i = 0; i < p.rows.length; i += this.batchSize) {
        await tx.run(sequence([p.part("p0")]), { ...extra, p0: p.rows.slice(i, i + this.batchSize) });
      }
    }
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
