// Deployments by state, with counts
// Who deployed forces where, with the troop numbers the articles give.
MATCH (s:Entity)-[c:DEPLOYED]->(t:Entity)
RETURN s.name AS deployer, t.name AS destination, collect(DISTINCT c.count) AS troop_counts, count(c) AS claims
ORDER BY claims DESC, deployer, destination
