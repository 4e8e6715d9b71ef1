// kgx schema: the constraints and indexes every store creates on start (Grafeo and Neo4j 5 alike).
// Ids are derived from content, so MERGE on `id` never duplicates; the constraints make that a rule.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id_unique IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// Lookup indexes for Grafeo's MERGE. Neo4j backs each uniqueness constraint with its own range
// index and refuses a second one on the same property, so the Neo4j adapter skips the index
// statements that a constraint above already covers (server/store/neo4j/neo4j-schema.ts).
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX article_id IF NOT EXISTS FOR (n:Article) ON (n.id);
// Analysts' corrections and the redirects merged entity ids leave behind (server/store/corrections-log.ts).
CREATE CONSTRAINT correction_id_unique IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT redirect_id_unique IF NOT EXISTS FOR (n:Redirect) REQUIRE n.id IS UNIQUE;
CREATE INDEX correction_id IF NOT EXISTS FOR (n:Correction) ON (n.id);
CREATE INDEX redirect_id IF NOT EXISTS FOR (n:Redirect) ON (n.id);
