// kgx schema: the indexes both stores create on start (Grafeo and Neo4j 5 alike).
// Ids are derived from content, so MERGE on `id` never duplicates; the index makes it fast.
CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id);
CREATE INDEX article_id IF NOT EXISTS FOR (n:Article) ON (n.id);
