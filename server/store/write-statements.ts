// Cypher of the write path, folded into few statements: the stored state of a batch of articles, then
// articles, publishers, entities, mentions and claims as unit CALL subqueries of one statement.
import { assertClaimType, assertEntityLabel, type ClaimType, type EntityLabel } from "../core/model/labels.ts";

export const W = {
  /**
   * The articles of $ids already stored (id and fingerprint), how many records the corrections log holds, and the
   * stored state of the entities $eids (those found), in one row. Each id is looked up through the index by
   * `UNWIND … MATCH {id: x}`: Grafeo's `WHERE e.id IN $eids` tests every found node against the whole list
   * (1.8 s for 20k ids among 100k entities, against 0.1 s), and an OPTIONAL MATCH on `{id: x}` scans every node.
   */
  batchState:
    "OPTIONAL MATCH (k:Correction) WITH count(k) AS corrections " +
    "CALL { UNWIND $ids AS x MATCH (a:Article {id: x}) RETURN collect([a.id, a.fingerprint]) AS stored } " +
    "CALL { UNWIND $eids AS x MATCH (e:Entity {id: x}) " +
    "RETURN collect({id: e.id, mentions: e.mentions, aliases: e.aliases, search: e.search}) AS entities } " +
    "RETURN corrections, stored, entities",
} as const;

/** New articles (read as absent in this transaction): created with all their properties. */
export function newArticlesPart(param: string): string {
  return `CALL { UNWIND $${param} AS row CREATE (a:Article) SET a = row.props }`;
}

/** A stored article's properties; the ingest time is kept from the first write unless given. */
export function articlesPart(param: string): string {
  return (
    `CALL { UNWIND $${param} AS row MERGE (a:Article {id: row.id}) SET a += row.props ` +
    "SET a.ingested = coalesce(a.ingested, row.now) }"
  );
}

/** Each article's publisher: an Outlet entity (created with no mentions if new) linked by PUBLISHED. */
export function publishersPart(param: string): string {
  return (
    `CALL { UNWIND $${param} AS row MATCH (a:Article {id: row.article}) MERGE (o:Entity {id: row.id}) ` +
    "ON CREATE SET o.name = row.name, o.mentions = 0, o.aliases = [row.name], o.search = row.search " +
    `SET o:${assertEntityLabel("Outlet")}, o.label = row.label MERGE (o)-[:PUBLISHED]->(a) }`
  );
}

/** New entities of one label (read as absent in this transaction), with the aggregates computed in JS. */
export function entityPart(label: EntityLabel, param: string): string {
  return `CALL { UNWIND $${param} AS row CREATE (e:Entity:${assertEntityLabel(label)}) SET e = row.props }`;
}

/** Stored entities (their label and name stay): the aggregates computed in JS from their state. */
export function storedEntitiesPart(param: string): string {
  return (
    `CALL { UNWIND $${param} AS row MATCH (e:Entity {id: row.id}) ` +
    "SET e.mentions = row.mentions, e.aliases = row.aliases, e.search = row.search }"
  );
}

/** Stored entities whose aliases and search key stay: only their mention count (a third of the writes). */
export function storedMentionsPart(param: string): string {
  return `CALL { UNWIND $${param} AS row MATCH (e:Entity {id: row.id}) SET e.mentions = row.mentions }`;
}

/** MENTIONS edges: their article is new or its old ones were deleted in this transaction, so CREATE. */
export function mentionsPart(param: string): string {
  return (
    `CALL { UNWIND $${param} AS row MATCH (a:Article {id: row.article}), (e:Entity {id: row.id}) ` +
    "CREATE (a)-[m:MENTIONS]->(e) SET m.count = row.count, m.aliases = row.aliases }"
  );
}

/** One claim type's rows (see mentionsPart for why CREATE). */
export function claimsPart(type: ClaimType, param: string): string {
  const t = assertClaimType(type);
  return (
    `CALL { UNWIND $${param} AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target}) ` +
    `CREATE (s)-[c:${t} {id: row.id}]->(t) SET c += row.props }`
  );
}

/** Unit subqueries in order, one statement: each sees the writes of the ones before it on both engines. */
export function sequence(parts: string[]): string {
  return `${parts.join(" ")} RETURN count(*) AS n`;
}
