// Cypher of the write path folded into few statements: an article's stored state, its metadata, and its
// entities, mentions and claims in one statement of unit CALL subqueries (labels and types from the allow-list).
import { assertClaimType, assertEntityLabel, type ClaimType, type EntityLabel } from "../core/model/labels.ts";

export const W = {
  /** Is the article stored (and as which fingerprint), and does the corrections log hold anything. */
  articleState:
    "OPTIONAL MATCH (a:Article {id: $id}) WITH a OPTIONAL MATCH (k:Correction) " +
    "RETURN a.id AS id, a.fingerprint AS fingerprint, count(k) AS corrections",
  /** The article's properties; the ingest time is kept from the first write unless given. */
  mergeArticle: "MERGE (a:Article {id: $id}) SET a += $props SET a.ingested = coalesce(a.ingested, $now)",
} as const;

/** The article's publisher: an Outlet entity (created with no mentions if new) linked by PUBLISHED. */
export const PUBLISH =
  "CALL { WITH a MERGE (o:Entity {id: $oid}) " +
  "ON CREATE SET o.name = $oname, o.mentions = 0, o.aliases = [$oname], o.search = $osearch " +
  `SET o:${assertEntityLabel("Outlet")}, o.label = $olabel MERGE (o)-[:PUBLISHED]->(a) }`;

/** One entity label's rows ($param), merged with the aggregates computed in JS. */
export function entityPart(label: EntityLabel, param: string): string {
  const l = assertEntityLabel(label);
  return (
    `CALL { UNWIND $${param} AS row MERGE (e:Entity {id: row.id}) ON CREATE SET e.name = row.name ` +
    `SET e:${l}, e.label = row.label, e.mentions = row.mentions, e.aliases = row.aliases, e.search = row.search }`
  );
}

/** The article's MENTIONS edges: it is new or its old ones were deleted in this transaction, so CREATE. */
export function mentionsPart(param: string): string {
  return (
    `CALL { UNWIND $${param} AS row MATCH (a:Article {id: $article}), (e:Entity {id: row.id}) ` +
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
