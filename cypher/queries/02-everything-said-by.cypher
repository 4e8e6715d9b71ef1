// Everything X said, with quotes
// The statements of one speaker (by name), the entity each is about, and the quote or sentence.
// @param name = "Choe Son Hui"
MATCH (s:Entity {name: $name})-[c:SAID]->(t:Entity)
RETURN t.name AS about, coalesce(c.quote, c.evidence) AS statement, c.article AS article, c.confidence AS confidence
ORDER BY article, c.start, about
