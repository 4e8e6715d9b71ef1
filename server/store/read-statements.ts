// The Cypher of the explorer's reads (an entity with its claims in one statement, the hops of
// a neighbourhood, the read cache's snapshot); values are $parameters, as in statements.ts.

/** A claim relationship `c` from `s` to `t` as one map, in the columns toClaim() reads. */
function claimMap(c: string, s: string, t: string): string {
  return (
    `{id: ${c}.id, type: type(${c}), source: ${s}.id, target: ${t}.id, sourceName: ${s}.name, ` +
    `targetName: ${t}.name, sourceLabel: ${s}.label, targetLabel: ${t}.label, article: ${c}.article, ` +
    `sentence: ${c}.sentence, start: ${c}.start, end: ${c}.end, evidence: ${c}.evidence, quote: ${c}.quote, ` +
    `confidence: ${c}.confidence, rule: ${c}.rule, role: ${c}.role, count: ${c}.count, polarity: ${c}.polarity, ` +
    `reviewed: ${c}.reviewed}`
  );
}

export const R = {
  // One round trip for GET /api/entities/:id: subqueries (Apply) start from the bound entity, where
  // chained OPTIONAL MATCHes made Grafeo scan every node.
  entityDetail:
    "MATCH (e:Entity {id: $id}) " +
    `CALL { WITH e MATCH (e)-[c]->(t:Entity) RETURN collect(${claimMap("c", "e", "t")}) AS outs } ` +
    `CALL { WITH e MATCH (e)<-[c]-(s:Entity) RETURN collect(${claimMap("c", "s", "e")}) AS ins } ` +
    "CALL { WITH e MATCH (e)<-[m:MENTIONS]-(a:Article) " +
    "RETURN collect({id: a.id, title: a.title, publisher: a.publisher, count: m.count}) AS articles } " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, e.aliases AS aliases, e.mentions AS mentions, " +
    "outs, ins, articles",
  // The neighbours of a frontier by claim count, cut at $limit rows (the caller asks for enough past those it has).
  neighbours:
    "MATCH (e:Entity)-[c]-(n:Entity) WHERE e.id IN $ids " +
    "RETURN n.id AS id, count(c) AS w ORDER BY w DESC, id ASC LIMIT $limit",
  // Each id through the index (an IN filter over all entities is a scan).
  nodesByIds:
    "UNWIND $ids AS i MATCH (e:Entity {id: i}) " +
    "RETURN e.id AS id, e.label AS label, e.name AS name, e.mentions AS mentions ORDER BY mentions DESC, id ASC",
  claimCount: "MATCH (:Entity)-[c]->(:Entity) RETURN count(c) AS n",
  allNodes: "MATCH (e:Entity) RETURN e.id AS id, e.label AS label, e.name AS name, e.mentions AS mentions",
  // The claims from a chunk of entities, aggregated per pair and type (the read cache reads all of them chunk by chunk).
  edgesFrom:
    "UNWIND $ids AS sid MATCH (s:Entity {id: sid})-[c]->(t:Entity) RETURN s.id AS source, t.id AS target, type(c) AS type, count(c) AS n, " +
    "count(DISTINCT c.article) AS articles, max(c.confidence) AS confidence, collect(DISTINCT c.article) AS articleIds",
  // The entity details' reads (read-detail.ts): every article's title and publisher, then by chunks of entities
  // each claim from them with its fields (no keyword as a column name), their aliases and mentioning articles.
  articleInfo: "MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.publisher AS publisher",
  claimsFrom:
    "UNWIND $ids AS sid MATCH (s:Entity {id: sid})-[c]->(t:Entity) RETURN s.id AS source, t.id AS target, " +
    "type(c) AS type, c.id AS id, c.article AS article, c.sentence AS sentence, c.start AS startAt, c.end AS endAt, " +
    "c.evidence AS evidence, c.quote AS quote, c.confidence AS confidence, c.rule AS rule, c.role AS role, " +
    "c.count AS amount, c.polarity AS polarity, c.reviewed AS reviewed",
  entityAliases: "UNWIND $ids AS eid MATCH (e:Entity {id: eid}) RETURN e.id AS id, e.aliases AS aliases",
  entityMentions:
    "UNWIND $ids AS eid MATCH (e:Entity {id: eid})<-[m:MENTIONS]-(a:Article) " +
    "RETURN e.id AS entity, a.id AS article, m.count AS n",
} as const;
