// Claims backed by a single source
// Source, type and target combinations that only one article supports.
MATCH (s:Entity)-[c]->(t:Entity)
WITH s, type(c) AS type, t, collect(DISTINCT c.article) AS articles, count(c) AS claims
WHERE size(articles) = 1
RETURN s.name AS source, type, t.name AS target, claims, articles[0] AS article
ORDER BY type, source, target
