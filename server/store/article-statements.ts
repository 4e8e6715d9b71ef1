// Cypher for article metadata: the publisher's PUBLISHED edge, the article list and the claim counts
// per article. Shared by Grafeo and Neo4j; values are $params (the article's own write: write-statements.ts).
export const A = {
  publisherOf: "MATCH (a:Article {id: $id})<-[:PUBLISHED]-(o:Entity) RETURN o.id AS id",
  unpublish: "MATCH (a:Article {id: $id})<-[p:PUBLISHED]-(:Entity) DELETE p",
  publishers: "MATCH (e:Entity)-[:PUBLISHED]->(:Article) WHERE e.id IN $ids RETURN DISTINCT e.id AS id",
  list:
    "MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->(:Entity) OPTIONAL MATCH (a)<-[:PUBLISHED]-(o:Entity) " +
    "RETURN a.id AS id, a.title AS title, a.source AS source, a.url AS url, a.publisher AS publisher, " +
    "a.published AS published, a.author AS author, a.ingested AS ingested, o.id AS publisherId, " +
    "count(m) AS entities ORDER BY id",
  claimsPerArticle: "MATCH (:Entity)-[c]->(:Entity) RETURN c.article AS article, type(c) AS type, count(c) AS n",
  articleInfo:
    "MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.title AS title, a.publisher AS publisher, " +
    "a.published AS published, a.ingested AS ingested",
} as const;
