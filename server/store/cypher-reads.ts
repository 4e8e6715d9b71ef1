// The explorer's reads on either engine: an entity with its claims in one statement, and
// N-hop neighbourhoods from the read cache when it is fresh, else in 2 + hops statements.
import type { Entity, EntityDetail, GraphData, GraphNode } from "../core/model/types.ts";
import { normaliseName } from "../core/model/ids.ts";
import { num, str, strList, type CypherRunner, type Row } from "./cypher-runner.ts";
import type { ReadCache } from "./read-cache.ts";
import { R } from "./read-statements.ts";
import { Q } from "./statements.ts";
import { aggregateEdges, byCodePoint, claimsWithContext, toNode } from "./rows.ts";

const objects = (v: unknown): Row[] =>
  Array.isArray(v) ? v.filter((x): x is Row => typeof x === "object" && x !== null && x.id != null) : [];

export class CypherReads {
  constructor(
    private readonly db: CypherRunner,
    private readonly cache: ReadCache | null = null,
  ) {}

  /**
   * From memory when the read cache holds entity details; else one statement, a second only for the titles
   * of claim articles that do not mention the entity (rare).
   */
  async getEntity(id: string): Promise<EntityDetail | null> {
    const cached = this.cache?.entity(id);
    if (cached !== undefined) return cached;
    const [row] = await this.db.read(R.entityDetail, { id });
    if (!row) return null;
    const articles = objects(row.articles).sort(
      (a, b) => num(b.count) - num(a.count) || byCodePoint(str(a.id), str(b.id)),
    );
    const titles = new Map(articles.map((a) => [str(a.id), str(a.title)]));
    const publishers = new Map(articles.filter((a) => a.publisher).map((a) => [str(a.id), str(a.publisher)]));
    const claims = [...objects(row.outs), ...objects(row.ins)];
    const missing = [...new Set(claims.map((c) => str(c.article)))].filter((a) => !titles.has(a));
    if (missing.length > 0) {
      for (const a of await this.db.read(Q.articleTitles, { ids: missing })) {
        titles.set(str(a.id), str(a.title));
        if (a.publisher) publishers.set(str(a.id), str(a.publisher));
      }
    }
    return {
      entity: { ...toNode(row), aliases: strList(row.aliases) },
      claims: claimsWithContext(claims, titles, publishers),
      articles: articles.map((a) => ({ id: str(a.id), title: str(a.title), count: num(a.count) })),
    };
  }

  /** From memory when the cache is fresh; else hop by hop in Cypher, then the nodes and the edges among them. */
  async neighbourhood(id: string, hops: number, limit: number): Promise<GraphData> {
    const cached = this.cache?.neighbourhood(id, hops, limit);
    if (cached) return cached;
    const seen = new Set<string>([id]);
    let frontier = [id];
    for (let h = 0; h < hops && frontier.length > 0 && seen.size < limit; h++) {
      const next: string[] = [];
      for (const row of await this.db.read(R.neighbours, { ids: frontier, limit: limit + seen.size })) {
        const n = str(row.id);
        if (seen.size >= limit) break;
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
      frontier = next;
    }
    const ids = [...seen];
    const nodes: GraphNode[] = (await this.db.read(R.nodesByIds, { ids })).map(toNode);
    if (nodes.length === 0) return { nodes: [], edges: [] };
    return { nodes, edges: aggregateEdges(await this.db.read(Q.edgesAmong, { ids: nodes.map((n) => n.id) })) };
  }

  async searchEntities(query: string, limit: number): Promise<Entity[]> {
    const q = normaliseName(query);
    if (!q) return [];
    const rows = await this.db.read(Q.search, { q, limit });
    return rows.map((r) => ({ ...toNode(r), aliases: strList(r.aliases) }));
  }
}
