// Outlets that reported on X
// The outlets with REPORTED claims about one entity (by name), with how often.
// @param name = "North Korea"
MATCH (o:Outlet)-[c:REPORTED]->(t:Entity {name: $name})
RETURN o.name AS outlet, count(c) AS claims, count(DISTINCT c.article) AS articles
ORDER BY claims DESC, outlet
