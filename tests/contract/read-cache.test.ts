// The read cache gives the same neighbourhoods as the Cypher path on a real Grafeo store, and
// a write drops it until it is read again (no stale answer after an article is deleted).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toExtractedArticles } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";
import { openGrafeoStore, type GrafeoStore } from "../../server/store/grafeo/index.ts";
import type { ReadCache } from "../../server/store/read-cache.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-readcache-"));
const graph = synthGraph({ nodes: 300, edges: 1_500, seed: 11, articles: 40 });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Both ways the cache reads the pairs: aggregated by the engine (R.edgesFrom), or from the claims read whole
// for the entity details (pairRows).
for (const maxDetailClaims of [0, 1_000_000]) {
  describe(`read cache (${maxDetailClaims ? "with" : "without"} entity details)`, () => {
    let store: GrafeoStore;
    let cache: ReadCache;

    beforeAll(async () => {
      const file = path.join(dir, `db-${maxDetailClaims}.grafeo`);
      store = await openGrafeoStore(file, { readCache: { maxClaims: 1_000_000, maxDetailClaims, idleMs: 5 } });
      cache = store.readCache as ReadCache;
      for (const doc of toExtractedArticles(graph)) await store.upsertArticle(doc);
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    /** The Cypher path's answer (cache paused) beside the cache's own. */
    async function both(id: string, hops: number, limit: number) {
      cache.paused = true;
      const cypher = await store.neighbourhood(id, hops, limit);
      cache.paused = false;
      return { cypher, cached: cache.neighbourhood(id, hops, limit) };
    }

    it("answers every neighbourhood as the Cypher path does", async () => {
      expect(await cache.build()).toBe(true);
      const ids = [...new Set(graph.relations.map((r) => r.source))].filter((_, i) => i % 9 === 0);
      expect(ids.length).toBeGreaterThan(10);
      let compared = 0;
      for (const id of ids) {
        for (const hops of [1, 2, 3]) {
          for (const limit of [1, 7, 60, 500]) {
            const { cypher, cached } = await both(id, hops, limit);
            expect(cached, `${id} ${hops} ${limit}`).toEqual(cypher);
            compared += cypher.edges.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(1000);
      expect(cache.entity(ids[0]!) !== undefined).toBe(maxDetailClaims > 0);
    }, 120_000);

    it("answers the start view as the Cypher path does", async () => {
      expect(await cache.build()).toBe(true);
      const { entities } = await store.stats();
      for (const limit of [1, 3, 50, entities - 1, entities, entities + 1]) {
        cache.paused = true;
        const cypher = await store.overview(limit);
        cache.paused = false;
        const cached = cache.overview(limit);
        expect(cached, `limit ${limit}`).toEqual(cypher);
        expect(await store.overview(limit)).toEqual(cypher);
      }
      expect((await store.overview(50)).edges.length).toBeGreaterThan(20);
    });

    it("is dropped by a write and never answers with what the write removed", async () => {
      expect(await cache.build()).toBe(true);
      const article = graph.articles[0]!.id;
      const claim = graph.relations.find((r) => r.article === article)!;
      const before = cache.neighbourhood(claim.source, 1, 500)!;
      expect(before.edges.some((e) => e.articleIds?.includes(article))).toBe(true);
      expect(cache.state).toBe("ready");
      expect(await store.deleteArticle(article)).toBe(true);
      expect(cache.ready).toBe(false);
      expect(store.readCacheState()).toBe("building");
      expect(cache.neighbourhood(claim.source, 1, 500)).toBeNull();
      const after = await store.neighbourhood(claim.source, 1, 500);
      expect(after.edges.some((e) => e.articleIds?.includes(article))).toBe(false);
      expect(await cache.build()).toBe(true);
      const { cypher, cached } = await both(claim.source, 2, 500);
      expect(cached).toEqual(cypher);
    }, 60_000);

    it("shares frozen objects, so no caller can change what it holds", async () => {
      expect(await cache.build()).toBe(true);
      const g = cache.neighbourhood(graph.relations[0]!.source, 1, 50)!;
      expect(() => {
        (g.nodes[0] as { name: string }).name = "changed";
      }).toThrow(TypeError);
    });

    it("stays off on a store larger than its ceiling", async () => {
      const small = await openGrafeoStore(path.join(dir, `small-${maxDetailClaims}.grafeo`), {
        readCache: { maxClaims: 10, maxDetailClaims, idleMs: 5 },
      });
      for (const doc of toExtractedArticles(graph).slice(0, 3)) await small.upsertArticle(doc);
      expect(await (small.readCache as ReadCache).build()).toBe(false);
      expect(small.readCache?.ready).toBe(false);
      expect(small.readCacheState()).toBe("off");
      await small.close();
    });
  });
}
