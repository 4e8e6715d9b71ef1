// Shortest path between two entities
// The shortest chain of claims (any direction) linking two entities, by name.
// @param from = "Choe Son Hui"
// @param to = "Ukraine"
MATCH (a:Entity {name: $from}), (b:Entity {name: $to})
MATCH p = shortestPath((a)-[*..6]-(b))
RETURN p, length(p) AS hops
