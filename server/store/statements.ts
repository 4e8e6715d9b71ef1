// Every Cypher statement the store sends, shared by the Grafeo and Neo4j adapters.
// Values are always $parameters; labels and types come only from the model's allow-list.
import { assertClaimType, type ClaimType } from "../core/model/labels.ts";

// Patterns start from the node the `id` index finds (Grafeo plans left to right: an anchor
// written last means a scan of every node); tests/integration/grafeo-plans.test.ts checks it.
export const Q = {
  mergeArticle: "MERGE (a:Article {id: $id}) SET a += $props",
  articleClaimsDelete:
    "MATCH (a:Article {id: $id})-[:MENTIONS]->(e:Entity)-[c]->(:Entity) WHERE c.article = $id DELETE c",
  articleMentionedIds: "MATCH (a:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN e.id AS id",
  articleMentionsDelete: "MATCH (a:Article {id: $id})-[m:MENTIONS]->(:Entity) DELETE m",
  articleDelete: "MATCH (a:Article {id: $id}) DETACH DELETE a",
  // UNWIND, not `WHERE e.id IN $ids`: Grafeo tests each found node against the whole list (quadratic in ids).
  entityState:
    "UNWIND $ids AS x MATCH (e:Entity {id: x}) " +
    "RETURN e.id AS id, e.mentions AS mentions, e.aliases AS aliases, e.search AS search",
  entityAggregates:
    "MATCH (e:Entity) WHERE e.id IN $ids OPTIONAL MATCH (e)<-[m:MENTIONS]-(:Article) " +
    "RETURN e.id AS id, e.name AS name, collect(m.count) AS counts, collect(m.aliases) AS aliases",
  setEntityAggregates:
    "UNWIND $rows AS row MATCH (e:Entity {id: row.id}) " +
    "SET e.mentions = row.mentions, e.aliases = row.aliases, e.search = row.search",
  deleteEntities: "MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e",
  hasEntity: "MATCH (e:Entity {id: $id}) RETURN e.id AS id",
  hasArticle: "MATCH (a:Article {id: $id}) RETURN count(a) AS n",
  countArticles: "MATCH (a:Article) RETURN count(a) AS n",
  countByLabel: "MATCH (e:Entity) RETURN e.label AS label, count(e) AS n",
  topEntities:
    "MATCH (e:Entity) RETURN e.id AS id, e.label AS label, e.name AS name, e.mentions AS mentions " +
    "ORDER BY e.mentions DESC, e.id ASC LIMIT $limit",
  // Ordered, so both engines list a subgraph's nodes alike (Neo4j and Grafeo scan the ids in different orders).
  entitiesByIds:
    "MATCH (e:Entity) WHERE e.id IN $ids " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, e.mentions AS mentions ORDER BY mentions DESC, id ASC",
  edgesAmong:
    "UNWIND $ids AS sid MATCH (s:Entity {id: sid})-[c]->(t:Entity) WHERE t.id IN $ids " +
    "RETURN s.id AS source, t.id AS target, type(c) AS type, count(c) AS n, " +
    "count(DISTINCT c.article) AS articles, max(c.confidence) AS confidence, collect(DISTINCT c.article) AS articleIds",
  neighbours:
    "MATCH (e:Entity)-[c]-(n:Entity) WHERE e.id IN $ids " + "RETURN n.id AS id, count(c) AS w ORDER BY w DESC, id ASC",
  search:
    "MATCH (e:Entity) WHERE e.search CONTAINS $q " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, e.aliases AS aliases, e.mentions AS mentions " +
    "ORDER BY e.mentions DESC, e.id ASC LIMIT $limit",
  entity:
    "MATCH (e:Entity {id: $id}) " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, e.aliases AS aliases, e.mentions AS mentions",
  claimsAmong: claimsQuery("(s:Entity {id: sid})-[c]->(t:Entity) WHERE t.id IN $ids", "UNWIND $ids AS sid "),
  entitySummaries:
    "MATCH (e:Entity) WHERE e.id IN $ids " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, e.aliases AS aliases, e.mentions AS mentions",
  claimsFrom: claimsQuery("(s:Entity {id: $id})-[c]->(t:Entity)"),
  claimsTo: claimsQuery("(t:Entity {id: $id})<-[c]-(s:Entity)"),
  entityArticles:
    "MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(a:Article) RETURN a.id AS id, a.title AS title, m.count AS count " +
    "ORDER BY count DESC, id ASC",
  articleTitles: "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.publisher AS publisher",
  article:
    "MATCH (a:Article {id: $id}) RETURN a.id AS id, a.title AS title, a.source AS source, a.date AS date, " +
    "a.url AS url, a.publisher AS publisher, a.published AS published, a.author AS author, a.ingested AS ingested, " +
    "a.text AS text, a.sentences AS sentences",
  articleMentions:
    "MATCH (a:Article {id: $id})-[m:MENTIONS]->(e:Entity) " +
    "RETURN e.id AS id, e.name AS name, e.label AS label, m.count AS count ORDER BY count DESC, id ASC",
  articleIds: "MATCH (a:Article) RETURN a.id AS id ORDER BY id",
  exportEntities:
    "MATCH (a:Article {id: $id})-[m:MENTIONS]->(e:Entity) " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, m.aliases AS aliases, m.count AS count ORDER BY id",
  exportClaims: claimsQuery("(a:Article {id: $id})-[:MENTIONS]->(s:Entity)-[c]->(t:Entity) WHERE c.article = $id"),
} as const;

function claimsQuery(pattern: string, prefix = ""): string {
  return (
    `${prefix}MATCH ${pattern} RETURN c.id AS id, type(c) AS type, s.id AS source, t.id AS target, ` +
    "s.name AS sourceName, t.name AS targetName, s.label AS sourceLabel, t.label AS targetLabel, " +
    "c.article AS article, c.sentence AS sentence, c.start AS start, c.end AS end, c.evidence AS evidence, " +
    "c.quote AS quote, c.confidence AS confidence, c.rule AS rule, c.role AS role, c.count AS count, " +
    "c.polarity AS polarity, c.reviewed AS reviewed"
  );
}

/** One CREATE per claim type (the claims are new in their transaction); the type comes from the allow-list. */
export function createClaims(type: ClaimType): string {
  const t = assertClaimType(type);
  return (
    "UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target}) " +
    `CREATE (s)-[c:${t} {id: row.id}]->(t) SET c += row.props`
  );
}
