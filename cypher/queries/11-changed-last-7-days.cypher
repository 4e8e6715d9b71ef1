// What changed in the last 7 days
// Claims from the articles published in the last $days days (or ingested then, where no date is known), newest first.
// @param days = 7
MATCH (a:Article)
WITH a, coalesce(a.published, a.ingested) AS dated
WHERE dated IS NOT NULL AND substring(dated, 0, 10) >= toString(date() - duration({days: $days}))
MATCH (a)-[:MENTIONS]->(s:Entity)-[c]->(t:Entity)
WHERE c.article = a.id
RETURN substring(dated, 0, 10) AS day, a.published IS NULL AS undated, a.title AS article, a.publisher AS publisher,
  s.name AS source, type(c) AS type, t.name AS target
ORDER BY day DESC, article, type, source, target
