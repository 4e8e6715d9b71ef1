// The Cypher the corrections log sends (shared by Grafeo and Neo4j): reading and rewriting the
// region a correction touches, the Correction records and the Redirects of merged ids.
import { assertEntityLabel, type EntityLabel } from "../core/model/labels.ts";

const CLAIM_COLS = "type(c) AS type, s.id AS source, t.id AS target, properties(c) AS props";

export const CQ = {
  regionEntities: "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.label AS label, properties(e) AS props",
  regionMentions:
    "MATCH (e:Entity) WHERE e.id IN $ids MATCH (e)<-[m:MENTIONS]-(a:Article) " +
    "RETURN a.id AS article, e.id AS entity, properties(m) AS props",
  regionClaimsOut: `MATCH (s:Entity) WHERE s.id IN $ids MATCH (s)-[c]->(t:Entity) RETURN ${CLAIM_COLS}`,
  regionClaimsIn: `MATCH (t:Entity) WHERE t.id IN $ids MATCH (s:Entity)-[c]->(t) RETURN ${CLAIM_COLS}`,
  regionClaimsById: `MATCH (s:Entity)-[c]->(t:Entity) WHERE c.id IN $ids RETURN ${CLAIM_COLS}`,
  regionRedirects: "MATCH (r:Redirect) WHERE r.id IN $ids RETURN r.id AS from, r.to AS to",
  deleteEntities: "MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e",
  deleteClaims: "MATCH (:Entity)-[c]->(:Entity) WHERE c.id IN $ids DELETE c",
  deleteRedirects: "MATCH (r:Redirect) WHERE r.id IN $ids DELETE r",
  createMentions:
    "UNWIND $rows AS row MATCH (a:Article {id: row.article}), (e:Entity {id: row.entity}) " +
    "CREATE (a)-[m:MENTIONS]->(e) SET m += row.props",
  createRedirects: "UNWIND $rows AS row CREATE (r:Redirect {id: row.from}) SET r.to = row.to",
  redirect: "MATCH (r:Redirect {id: $id}) RETURN r.to AS to",
  saveCorrection: "MERGE (k:Correction {id: $id}) SET k += $props",
  correctionHeads:
    "MATCH (k:Correction) RETURN k.id AS id, k.seq AS seq, k.change AS change, k.author AS author, " +
    "k.at AS at, k.note AS note, k.undone AS undone, k.keys AS keys ORDER BY seq",
  correctionBefore: "MATCH (k:Correction {id: $id}) RETURN k.before AS before",
  maxSeq: "MATCH (k:Correction) RETURN max(k.seq) AS n",
  allEntities:
    "MATCH (e:Entity) RETURN e.id AS id, e.label AS label, e.name AS name, e.aliases AS aliases, " +
    "e.mentions AS mentions ORDER BY mentions DESC, id ASC LIMIT $limit",
  allClaims:
    "MATCH (s:Entity)-[c]->(t:Entity) RETURN c.id AS id, type(c) AS type, s.id AS source, t.id AS target, " +
    "s.name AS sourceName, t.name AS targetName, s.label AS sourceLabel, t.label AS targetLabel, " +
    "c.article AS article, c.sentence AS sentence, c.start AS start, c.end AS end, c.evidence AS evidence, " +
    "c.quote AS quote, c.confidence AS confidence, c.rule AS rule, c.role AS role, c.count AS count, " +
    "c.reviewed AS reviewed",
} as const;

/** Re-creates entity nodes of one label from stored properties; the label comes from the allow-list. */
export function createEntityNodes(label: EntityLabel): string {
  return `UNWIND $rows AS row CREATE (e:Entity:${assertEntityLabel(label)}) SET e += row.props`;
}
