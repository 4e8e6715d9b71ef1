// Most connected entities
// Entities by the number of claims they take part in, as source or target.
MATCH (e:Entity)-[c]-(:Entity)
RETURN e.name AS entity, e.label AS label, count(c) AS claims
ORDER BY claims DESC, entity
LIMIT 15
