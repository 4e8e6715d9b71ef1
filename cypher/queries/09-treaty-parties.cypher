// The parties to each treaty
// Every treaty with the states and institutions that are party to it.
MATCH (p:Entity)-[:PARTY_TO]->(t:Treaty)
WITH t, p ORDER BY p.name
RETURN t.name AS treaty, collect(DISTINCT p.name) AS parties
ORDER BY treaty
