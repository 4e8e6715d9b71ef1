// Entities mentioned together
// Pairs of entities that appear in the same articles, by the number of shared articles.
MATCH (a:Entity)<-[:MENTIONS]-(art:Article)-[:MENTIONS]->(b:Entity)
WHERE a.id < b.id
RETURN a.name AS first, b.name AS second, count(DISTINCT art) AS articles
ORDER BY articles DESC, first, second
LIMIT 25
