// The explorer's start on a large store: claim counts from one pattern per claim type (both
// engines answer `()-[c:TYPE]->()` from their per-type counts instead of visiting every edge),
// and the overview's top entities fetched one past the limit, so `truncated` needs no count.
import { CLAIM_TYPES, assertClaimType } from "../core/model/labels.ts";
import type { GraphData } from "../core/model/types.ts";
import { num, str, type CypherRunner } from "./cypher-runner.ts";
import { aggregateEdges, toNode } from "./rows.ts";
import { Q } from "./statements.ts";

/** Claims per type, one UNION ALL branch per type of the allow-list; the type's name is a $parameter. */
export const COUNT_BY_TYPE = CLAIM_TYPES.map(
  (t) => `MATCH ()-[c:${assertClaimType(t)}]->() RETURN $${t} AS type, count(c) AS n`,
).join(" UNION ALL ");
const TYPE_PARAMS = Object.fromEntries(CLAIM_TYPES.map((t) => [t, t]));

/** Claims per type, the types with none left out (as a count over the edges gives them). */
export async function claimCounts(db: CypherRunner): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const r of await db.read(COUNT_BY_TYPE, TYPE_PARAMS)) if (num(r.n) > 0) out[str(r.type)] = num(r.n);
  return out;
}

/** The top `limit` entities by mentions and the aggregated edges among them; truncated when there are more. */
export async function startView(db: CypherRunner, limit: number): Promise<GraphData> {
  const rows = await db.read(Q.topEntities, { limit: limit + 1 });
  const nodes = rows.slice(0, limit).map(toNode);
  const ids = nodes.map((n) => n.id);
  const edges = ids.length ? aggregateEdges(await db.read(Q.edgesAmong, { ids })) : [];
  return { nodes, edges, truncated: rows.length > limit };
}
