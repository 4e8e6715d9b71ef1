// Explore use cases: stats, overview graph, neighbourhoods, search and evidence lookups,
// with limits clamped and unknown ids turned into NotFound.
import { NotFound } from "../core/errors.ts";
import type { ArticleDetail, EntityDetail, Entity, GraphData, ReadCacheState, Stats } from "../core/model/types.ts";
import type { GraphStore } from "../core/ports.ts";

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.trunc(n)));

export class ExploreService {
  constructor(private readonly store: GraphStore) {}

  /** For GET /api/health: whether expansions are answered from memory yet. */
  health(): { ok: true; readCache: ReadCacheState } {
    return { ok: true, readCache: this.store.readCacheState?.() ?? "off" };
  }

  stats(): Promise<Stats> {
    return this.store.stats();
  }

  graph(limit = 500): Promise<GraphData> {
    return this.store.overview(clamp(limit, 1, 20_000));
  }

  /** The entity's id, or the one it was merged into (merged ids keep resolving); NotFound otherwise. */
  private async resolve(id: string): Promise<string> {
    const found = await this.store.resolveEntityId(id);
    if (!found) throw new NotFound(`explore: no entity with id ${JSON.stringify(id)}`);
    return found;
  }

  /** The id is tried as it is first (one round trip less); a merged or unknown id is resolved after. */
  async neighbourhood(id: string, hops = 1, limit = 50): Promise<GraphData> {
    const [h, l] = [clamp(hops, 1, 4), clamp(limit, 1, 5_000)];
    const found = await this.store.neighbourhood(id, h, l);
    if (found.nodes.some((n) => n.id === id)) return found;
    return this.store.neighbourhood(await this.resolve(id), h, l);
  }

  search(query: string, limit = 20): Promise<Entity[]> {
    return this.store.searchEntities(query.slice(0, 200), clamp(limit, 1, 200));
  }

  async entity(id: string): Promise<EntityDetail> {
    const found = (await this.store.getEntity(id)) ?? (await this.store.getEntity(await this.resolve(id)));
    if (!found) throw new NotFound(`explore: no entity with id ${JSON.stringify(id)}`);
    return found.entity.id === id ? found : { ...found, redirectedFrom: id };
  }

  async article(id: string): Promise<ArticleDetail> {
    const found = await this.store.getArticle(id);
    if (!found) throw new NotFound(`explore: no article with id ${JSON.stringify(id)}`);
    return found;
  }
}
