// People and their roles by state
// Each person's offices and affiliations, grouped by the state or body they belong to.
MATCH (p:Person)-[m:MEMBER_OF]->(o:Entity)
RETURN o.name AS body, o.label AS kind, p.name AS person, collect(DISTINCT m.role) AS roles
ORDER BY body, person
