// The rows one write statement takes for a run of new articles: their properties, publishers, the
// entities they name (stored state plus every article's mentions and aliases), mentions and claims.
import { createHash } from "node:crypto";
import { CLAIM_TYPES, ENTITY_LABELS, type ClaimType } from "../core/model/labels.ts";
import type { Entity, ExtractedArticle } from "../core/model/index.ts";
import { entityId } from "../core/model/ids.ts";
import { num, str, strList, type Row } from "./cypher-runner.ts";
import {
  articlesPart,
  claimsPart,
  entityPart,
  mentionsPart,
  newArticlesPart,
  publishersPart,
  storedEntitiesPart,
  storedMentionsPart,
} from "./write-statements.ts";
import { claimProps, searchKey } from "./rows.ts";

export interface Item {
  doc: ExtractedArticle;
  fingerprint: string;
  /** Its mention and claim rows when computed ahead (they need no stored state): see itemRows. */
  rows?: ItemRows;
}

export interface ItemRows {
  mentions: object[];
  claims: Map<ClaimType, Array<{ id: string; source: string; target: string; props: Record<string, unknown> }>>;
}

export interface Part {
  part: (param: string) => string;
  rows: object[];
}

/**
 * The fingerprint of what an article says: the ingest time is kept from the first write, so no part of it. The
 * core's contentHash (SHA-256 of the UTF-8 text, 32 hex digits), by node:crypto: the pure one took 8% of an import.
 */
export function articleFingerprint(doc: ExtractedArticle): string {
  const { ingested: _ingested, ...said } = doc.article;
  return createHash("sha256")
    .update(JSON.stringify({ ...doc, article: said }), "utf8")
    .digest("hex")
    .slice(0, 32);
}

/** The article's publisher as an Outlet entity, or null. */
export function publisherOf(doc: ExtractedArticle): { id: string; name: string } | null {
  const name = doc.article.publisher?.replace(/\s+/g, " ").trim();
  return name ? { id: entityId("Outlet", name), name } : null;
}

/** The article's entities, one per id (the last one of an id wins, as it always has). */
export function uniqueEntities(doc: ExtractedArticle): Entity[] {
  return [...new Map(doc.entities.map((e) => [e.id, e])).values()];
}

/** An article's MENTIONS rows and its claim rows by type (null properties left out). */
export function itemRows(doc: ExtractedArticle): ItemRows {
  const mentions = uniqueEntities(doc).map((e) => ({
    article: doc.article.id,
    id: e.id,
    count: e.mentions,
    aliases: e.aliases,
  }));
  const claims: ItemRows["claims"] = new Map();
  for (const c of doc.claims) {
    const row = { id: c.id, source: c.source, target: c.target, props: claimProps(c) };
    const list = claims.get(c.type);
    if (list) list.push(row);
    else claims.set(c.type, [row]);
  }
  return { mentions, claims };
}

/** The stored entity rows by id; a row with a null id (nothing found) is left out. */
export function entityState(rows: Row[]): Map<string, Row> {
  return new Map(rows.filter((r) => r.id != null).map((r) => [str(r.id), r]));
}

/** A new article's properties: its ingest time now unless given, nulls left out. */
export function newArticleProps(doc: ExtractedArticle, fingerprint: string, now: string): Record<string, unknown> {
  const { text, sentences, ingested, ...meta } = doc.article;
  return withoutNulls({ ...meta, ingested: ingested ?? now, text, sentences: sentences.flat(), fingerprint });
}

/** An article's properties; a new one gets its ingest time now unless given, nulls left out. */
function articleRow({ doc, fingerprint }: Item, now: string, fresh: boolean) {
  if (fresh) return { props: newArticleProps(doc, fingerprint, now) };
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
  return { id: doc.article.id, props, now };
}

/** A new node's properties: an absent key and a null are the same to both engines. */
function withoutNulls(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v != null));
}

/**
 * The parts, in the order they must run, that write `items` as if one after another: the same final
 * entities (the first name, the union of aliases, the sum of mentions, the last search key), given
 * `state`, the stored state of every entity they name. Publishers go first, as they did one by one.
 */
export function runParts(items: Item[], state: Map<string, Row>, now: string, fresh: boolean): Part[] {
  const cur = new Map(state);
  const publishers = items.flatMap(({ doc }) => {
    const p = publisherOf(doc);
    if (!p) return [];
    if (!cur.has(p.id)) cur.set(p.id, { mentions: 0, aliases: [p.name], name: p.name });
    return [{ article: doc.article.id, id: p.id, name: p.name, label: "Outlet", search: searchKey(p.name, [p.name]) }];
  });
  type Merged = { id: string; name: string; label: string; mentions: number; aliases: string[]; search: string };
  const merged = new Map<string, Merged>();
  for (const e of items.flatMap(({ doc }) => uniqueEntities(doc))) {
    const prev = merged.get(e.id);
    const base = prev ?? { mentions: num(cur.get(e.id)?.mentions), aliases: strList(cur.get(e.id)?.aliases) };
    const aliases = [...new Set([...base.aliases, ...e.aliases])].sort();
    const mentions = base.mentions + e.mentions;
    // A new entity keeps the first name; each article writes the search key in turn, so the last name's.
    const name = prev?.name ?? e.name;
    merged.set(e.id, { id: e.id, name, label: e.label, mentions, aliases, search: searchKey(e.name, aliases) });
  }
  const parts: Part[] = [
    { part: fresh ? newArticlesPart : articlesPart, rows: items.map((it) => articleRow(it, now, fresh)) },
    { part: publishersPart, rows: publishers },
  ];
  // Stored entities (the publishers' among them) are updated; the others are created, one label at a time.
  const all = [...merged.values()];
  const update = all.filter((e) => cur.has(e.id));
  // Most stored entities only gain mentions: their aliases and search key are written only when they change.
  const same = (e: Merged) => {
    const was = cur.get(e.id)!;
    const aliases = strList(was.aliases);
    return (
      was.search === e.search && aliases.length === e.aliases.length && aliases.every((a, i) => a === e.aliases[i])
    );
  };
  parts.push({
    part: storedEntitiesPart,
    rows: update
      .filter((e) => !same(e))
      .map(({ id, mentions, aliases, search }) => ({ id, mentions, aliases, search })),
  });
  parts.push({ part: storedMentionsPart, rows: update.filter(same).map(({ id, mentions }) => ({ id, mentions })) });
  for (const label of ENTITY_LABELS) {
    const rows = all.filter((e) => e.label === label && !cur.has(e.id)).map((props) => ({ props }));
    parts.push({ part: (p) => entityPart(label, p), rows });
  }
  const rows = items.map((it) => it.rows ?? itemRows(it.doc));
  parts.push({ part: mentionsPart, rows: rows.flatMap((r) => r.mentions) });
  for (const type of CLAIM_TYPES) {
    parts.push({ part: (p) => claimsPart(type, p), rows: rows.flatMap((r) => r.claims.get(type) ?? []) });
  }
  return parts.filter((p) => p.rows.length > 0);
}

/** The parts packed into statements of at most `max` rows each, in order (a long part is sliced). */
export function packParts(parts: Part[], max: number): Array<Array<Part>> {
  const out: Part[][] = [];
  let cur: Part[] = [];
  let size = 0;
  for (const p of parts) {
    for (let i = 0; i < p.rows.length; i += max) {
      const rows = p.rows.slice(i, i + max);
      if (size + rows.length > max && cur.length > 0) {
        out.push(cur);
        cur = [];
        size = 0;
      }
      cur.push({ part: p.part, rows });
      size += rows.length;
    }
  }
  if (cur.length > 0) out.push(cur);
  return out;
}
