// Bulk write for `kgx import`: a batch of new articles in one write transaction (all of it or
// none), one UNWIND per statement kind for the whole batch instead of ~15 statements per article.
// The graph it leaves is the one upsertArticle would leave article by article (tested).
import { assertEntityLabel, CLAIM_TYPES, ENTITY_LABELS, type EntityLabel } from "../core/model/labels.ts";
import type { ExtractedArticle } from "../core/model/types.ts";
import { contentHash, entityId } from "../core/model/ids.ts";
import type { UpsertOutcome } from "../core/ports.ts";
import { aroundCorrections } from "./corrections-log.ts";
import { num, str, strList, type CypherRunner, type CypherTx, type Row } from "./cypher-runner.ts";
import { claimRow, searchKey } from "./rows.ts";
import { createClaims, mergeEntities } from "./statements.ts";

export const BQ = {
  fingerprints: "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.fingerprint AS fingerprint",
  mergeArticles: "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props",
  entityState: "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.mentions AS mentions, e.aliases AS aliases",
  // As A.mergePublisher and A.publish, for every article of the batch that names its publisher.
  mergePublishers:
    "UNWIND $rows AS row MERGE (o:Entity {id: row.oid}) " +
    "ON CREATE SET o.name = row.name, o.mentions = 0, o.aliases = [row.name], o.search = row.search " +
    `SET o:${assertEntityLabel("Outlet")}, o.label = row.label`,
  publish: "UNWIND $rows AS row MATCH (o:Entity {id: row.oid}), (a:Article {id: row.id}) MERGE (o)-[:PUBLISHED]->(a)",
  createMentions:
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (e:Entity {id: row.id}) " +
    "CREATE (a)-[m:MENTIONS]->(e) SET m.count = row.count, m.aliases = row.aliases",
} as const;

/** The fingerprint upsertArticle keeps on an article: what it says, without its ingest time. */
export function articleFingerprint(doc: ExtractedArticle): string {
  const { ingested: _ingested, ...said } = doc.article;
  return contentHash(JSON.stringify({ ...doc, article: said }));
}

export interface BulkHooks {
  batchSize: number;
  /** The per-article path, for articles already stored with other content (or an id seen twice). */
  upsertOne(doc: ExtractedArticle): Promise<UpsertOutcome>;
}

/**
 * Writes `docs` (one batch): unchanged articles are skipped, new ones go in one transaction,
 * and the rest (a changed article, an id seen twice) through upsertOne.
 */
export async function importBatch(db: CypherRunner, docs: ExtractedArticle[], hooks: BulkHooks) {
  const outcomes: UpsertOutcome[] = docs.map((d) => ({
    created: false,
    entities: d.entities.length,
    claims: d.claims.length,
  }));
  const prints = docs.map(articleFingerprint);
  const stored = new Map<string, string>();
  const ids = [...new Set(docs.map((d) => d.article.id))];
  for (let i = 0; i < ids.length; i += hooks.batchSize) {
    for (const r of await db.read(BQ.fingerprints, { ids: ids.slice(i, i + hooks.batchSize) })) {
      stored.set(str(r.id), str(r.fingerprint));
    }
  }
  const fresh: number[] = [];
  const later: number[] = [];
  const seen = new Set<string>();
  docs.forEach((d, i) => {
    const id = d.article.id;
    if (stored.get(id) === prints[i] && !seen.has(id)) return;
    if (stored.has(id) || seen.has(id)) later.push(i);
    else fresh.push(i);
    seen.add(id);
  });
  if (fresh.length > 0) {
    await db.write(async (tx) => {
      const batch = fresh.map((i) => docs[i]!);
      const keys = batch.flatMap((d) => [d.article.id, ...d.entities.map((e) => e.id), ...d.claims.map((c) => c.id)]);
      await aroundCorrections(tx, keys, () =>
        writeNew(
          tx,
          batch,
          fresh.map((i) => prints[i]!),
          hooks.batchSize,
        ),
      );
    });
    for (const i of fresh) outcomes[i]!.created = true;
  }
  for (const i of later) outcomes[i] = await hooks.upsertOne(docs[i]!);
  return outcomes;
}

async function batched(tx: CypherTx, query: string, rows: object[], size: number): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await tx.run(query, { rows: rows.slice(i, i + size) });
}

/** Articles not yet stored: their nodes, the entities' summed mentions and merged aliases, mentions, claims. */
async function writeNew(tx: CypherTx, docs: ExtractedArticle[], prints: string[], size: number): Promise<void> {
  const now = new Date().toISOString();
  const articles = docs.map((doc, i) => {
    const { text, sentences, ...meta } = doc.article;
    const props = {
      ...meta,
      date: meta.date ?? null,
      url: meta.url ?? null,
      publisher: meta.publisher ?? null,
      published: meta.published ?? null,
      author: meta.author ?? null,
      text,
      sentences: sentences.flat(),
      fingerprint: prints[i],
      // New articles only: upsertArticle's "first ingest time" is this one.
      ingested: meta.ingested ?? now,
    };
    return { id: doc.article.id, props };
  });
  await batched(tx, BQ.mergeArticles, articles, size);
  // Publishers before the entity state is read, as upsertArticle orders them (an outlet's name becomes an alias).
  const published = docs.flatMap((d) => {
    const name = d.article.publisher?.replace(/\s+/g, " ").trim();
    if (!name) return [];
    return [
      { id: d.article.id, oid: entityId("Outlet", name), name, label: "Outlet", search: searchKey(name, [name]) },
    ];
  });
  await batched(tx, BQ.mergePublishers, published, size);
  await batched(tx, BQ.publish, published, size);
  // Per article its entities once (the last entry of an id wins, as upsertArticle does).
  const perArticle = docs.map((d) => [...new Map(d.entities.map((e) => [e.id, e])).values()]);
  const entityIds = [...new Set(perArticle.flat().map((e) => e.id))];
  const state = new Map<string, Row>();
  for (let i = 0; i < entityIds.length; i += size) {
    for (const r of await tx.run(BQ.entityState, { ids: entityIds.slice(i, i + size) })) state.set(str(r.id), r);
  }
  interface Acc {
    name: string;
    label: EntityLabel;
    mentions: number;
    aliases: Set<string>;
  }
  const acc = new Map<string, Acc>();
  for (const e of perArticle.flat()) {
    let a = acc.get(e.id);
    if (!a) {
      const cur = state.get(e.id);
      a = { name: e.name, label: e.label, mentions: num(cur?.mentions), aliases: new Set(strList(cur?.aliases)) };
      acc.set(e.id, a);
    }
    a.label = e.label;
    a.mentions += e.mentions;
    for (const alias of e.aliases) a.aliases.add(alias);
  }
  for (const label of ENTITY_LABELS) {
    const rows = [...acc]
      .filter(([, a]) => a.label === label)
      .map(([id, a]) => {
        const aliases = [...a.aliases].sort();
        return { id, name: a.name, label, mentions: a.mentions, aliases, search: searchKey(a.name, aliases) };
      });
    await batched(tx, mergeEntities(label), rows, size);
  }
  const mentions = docs.flatMap((d, i) =>
    perArticle[i]!.map((e) => ({ article: d.article.id, id: e.id, count: e.mentions, aliases: e.aliases })),
  );
  await batched(tx, BQ.createMentions, mentions, size);
  const claims = docs.flatMap((d) => d.claims);
  for (const type of CLAIM_TYPES) {
    await batched(tx, createClaims(type), claims.filter((c) => c.type === type).map(claimRow), size);
  }
}
