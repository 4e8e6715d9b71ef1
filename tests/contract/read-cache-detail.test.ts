// The read cache's entity details equal the Cypher path's GET /api/entities/:id exactly (every entity of a
// synthetic store and of the seeds with corrections, merge redirects, a missing id), and writes drop them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../server/cli/ingest-files.ts";
import { loadConfig } from "../../server/config.ts";
import { NotFound } from "../../server/core/errors.ts";
import { toExtractedArticles } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";
import type { CorrectionChange } from "../../server/core/model/corrections.ts";
import { claimId } from "../../server/core/model/ids.ts";
import type { EntityDetail } from "../../server/core/model/types.ts";
import { buildServices, type Kgx } from "../../server/main.ts";
import { openGrafeoStore, type GrafeoStore } from "../../server/store/grafeo/index.ts";
import type { ReadCache } from "../../server/store/read-cache.ts";
import { articleA, articleB, NK, RU } from "../fixtures/small-graph.ts";
import { SEEDS } from "../support/server.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-readdetail-"));
const cacheOf = (store: GrafeoStore) => store.readCache as ReadCache;
const open = (name: string, maxDetailClaims = 1_000_000) =>
  openGrafeoStore(path.join(dir, name), { readCache: { maxClaims: 1_000_000, maxDetailClaims, idleMs: 5 } });

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The Cypher path's detail (cache paused) and the cache's own. */
async function both(store: GrafeoStore, id: string) {
  const cache = cacheOf(store);
  cache.paused = true;
  const cypher = await store.getEntity(id);
  cache.paused = false;
  return { cypher, cached: cache.entity(id) };
}

/** Compares every entity's detail on both paths (same JSON, key order included); the claims compared. */
async function compareAll(store: GrafeoStore): Promise<EntityDetail["claims"]> {
  expect(await cacheOf(store).build()).toBe(true);
  const ids = (await store.allEntities(100_000)).map((e) => e.id);
  expect(ids.length).toBeGreaterThan(10);
  const claims: EntityDetail["claims"] = [];
  for (const id of ids) {
    const { cypher, cached } = await both(store, id);
    expect(cypher, id).not.toBeNull();
    expect(cached, id).toStrictEqual(cypher);
    expect(JSON.stringify(cached), id).toBe(JSON.stringify(cypher));
    claims.push(...cypher!.claims);
  }
  const missing = await both(store, "person:nobody-at-all");
  expect(missing).toEqual({ cypher: null, cached: null });
  return claims;
}

describe("read cache: entity details", () => {
  it("answers every entity of a synthetic store as the Cypher path does", async () => {
    const store = await open("synth.grafeo");
    const graph = synthGraph({ nodes: 300, edges: 1_500, seed: 5, articles: 40 });
    for (const doc of toExtractedArticles(graph)) await store.upsertArticle(doc);
    // A claim from an entity to itself (no correction drops it here): in both of the Cypher path's claim lists.
    const a = articleA();
    const c0 = a.claims[0]!;
    const loop = { ...c0, id: claimId("SAID", c0.source, c0.source, c0.article, c0.sentence), target: c0.source };
    await store.upsertArticle({ ...a, claims: [...a.claims, { ...loop, type: "SAID" as const }] });
    const claims = await compareAll(store);
    expect(claims.filter((c) => c.id === loop.id)).toHaveLength(2);
    expect(claims.length).toBeGreaterThan(2_000); // each claim twice: from its source and its target
    expect(cacheOf(store).state).toBe("ready");
    await store.close();
  }, 120_000);

  describe("on the seeds, with corrections and publishers", () => {
    let kgx: Kgx;
    let store: GrafeoStore;
    let n = 0;
    const correct = (change: CorrectionChange) =>
      store.applyCorrection({
        id: `k_detail_${n++}`,
        change,
        author: "t",
        at: "2026-12-01T00:00:00Z",
        note: "",
        undone: false,
      });

    beforeAll(async () => {
      store = await open("seeds.grafeo");
      kgx = buildServices(store, loadConfig({ KGX_DATA: path.join(dir, "seeds.grafeo"), PORT: "0" }));
      await ingestPaths(kgx.ingest, [SEEDS], { maxBytes: 5_000_000 });
      const b = articleB();
      await store.upsertArticle(articleA());
      await store.upsertArticle({ ...b, article: { ...b.article, publisher: "The Detail Gazette" } });
      const claim = articleA().claims[0]!;
      await correct({ kind: "confirm", claim: claim.id, article: claim.article });
      await correct({ kind: "merge", keep: NK.id, others: [RU.id] });
    }, 120_000);
    afterAll(async () => {
      await kgx?.close();
    });

    it("answers every entity as the Cypher path does (quotes, roles, polarity, reviewed, publishers)", async () => {
      const claims = await compareAll(store);
      expect(claims.some((c) => c.quote)).toBe(true);
      expect(claims.some((c) => c.role)).toBe(true);
      expect(claims.some((c) => c.polarity)).toBe(true);
      expect(claims.some((c) => c.reviewed)).toBe(true);
      expect(claims.some((c) => c.articlePublisher === "The Detail Gazette")).toBe(true);
      const entities = await store.allEntities(100_000);
      expect(entities.some((e) => e.aliases.length > 0)).toBe(true);
    }, 120_000);

    it("follows merge redirects and refuses unknown ids as the Cypher path does", async () => {
      const cache = cacheOf(store);
      expect(await cache.build()).toBe(true);
      expect(cache.entity(RU.id)).toBeNull(); // merged away: the service resolves it
      const viaCache = await kgx.explore.entity(RU.id);
      cache.paused = true;
      const viaCypher = await kgx.explore.entity(RU.id);
      await expect(kgx.explore.entity("state:atlantis-0")).rejects.toBeInstanceOf(NotFound);
      cache.paused = false;
      await expect(kgx.explore.entity("state:atlantis-0")).rejects.toBeInstanceOf(NotFound);
      expect(viaCache).toStrictEqual(viaCypher);
      expect(viaCache.redirectedFrom).toBe(RU.id);
      expect(viaCache.entity.id).toBe(NK.id);
    });

    it("is dropped by a write and read again with it", async () => {
      const cache = cacheOf(store);
      expect(await cache.build()).toBe(true);
      const before = cache.entity(NK.id)!;
      const claim = before.claims.find((c) => !c.reviewed)!;
      await correct({ kind: "confirm", claim: claim.id, article: claim.article });
      expect(cache.entity(NK.id)).toBeUndefined(); // the write dropped it: the Cypher path answers
      expect((await store.getEntity(NK.id))!.claims.find((c) => c.id === claim.id)?.reviewed).toBe(true);
      expect(await cache.build()).toBe(true);
      expect(cache.entity(NK.id)!.claims.find((c) => c.id === claim.id)?.reviewed).toBe(true);
      expect(await both(store, NK.id)).toSatisfy(
        ({ cypher, cached }) => JSON.stringify(cypher) === JSON.stringify(cached),
      );
    });
  });

  it("keeps entities to the Cypher path past the detail ceiling, neighbourhoods still from memory", async () => {
    const store = await open("capped.grafeo", 10);
    for (const doc of toExtractedArticles(synthGraph({ nodes: 50, edges: 100, seed: 3, articles: 5 })))
      await store.upsertArticle(doc);
    const cache = cacheOf(store);
    expect(await cache.build()).toBe(true);
    const [first] = await store.allEntities(1);
    expect(cache.neighbourhood(first!.id, 1, 50)).not.toBeNull();
    expect(cache.entity(first!.id)).toBeUndefined();
    expect(await store.getEntity(first!.id)).not.toBeNull();
    await store.close();
  });
});
