// Who condemned whom
// Every CONDEMNED claim, grouped by source and target, with the number of claims and articles.
MATCH (s:Entity)-[c:CONDEMNED]->(t:Entity)
RETURN s.name AS condemner, t.name AS condemned, count(c) AS claims, count(DISTINCT c.article) AS articles
ORDER BY claims DESC, condemner, condemned
