// syncStores, the logic behind `kgx sync --to/--from neo4j`, between two real embedded stores:
// a full copy, a second run that copies nothing, a changed article, and --prune.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../server/core/ports.ts";
import { syncStores, type SyncProgress } from "../../server/services/sync.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { articleA, articleB, NK } from "../fixtures/small-graph.ts";

describe("syncStores", () => {
  let from: GraphStore;
  let to: GraphStore;
  beforeEach(async () => {
    from = await openGrafeoStore(null);
    to = await openGrafeoStore(null);
    await from.upsertArticle(articleA());
    await from.upsertArticle(articleB());
  });
  afterEach(async () => {
    await from.close();
    await to.close();
  });

  it("copies every article, reports progress, and a second run copies nothing", async () => {
    const seen: SyncProgress[] = [];
    const first = await syncStores(from, to, { onProgress: (p) => seen.push(p) });
    expect(first).toEqual({ total: 2, copied: 2, unchanged: 0, pruned: 0, failed: [] });
    expect(seen.map((p) => `${p.done}/${p.total}`)).toEqual(["1/2", "2/2"]);
    expect(await to.stats()).toEqual(await from.stats());
    expect(await to.getEntity(NK.id)).toEqual(await from.getEntity(NK.id));
    expect(await syncStores(from, to)).toMatchObject({ copied: 0, unchanged: 2 });
    expect(await syncStores(to, from)).toMatchObject({ copied: 0, unchanged: 2 });
  });

  it("recopies a changed article and, with prune, deletes what the source no longer has", async () => {
    await syncStores(from, to);
    const a = articleA();
    await from.upsertArticle({ ...a, claims: a.claims.slice(0, 1) });
    await from.deleteArticle(articleB().article.id);
    expect(await syncStores(from, to)).toMatchObject({ copied: 1, pruned: 0 });
    expect((await to.stats()).articles).toBe(2);
    expect(await syncStores(from, to, { prune: true })).toMatchObject({ copied: 0, unchanged: 1, pruned: 1 });
    expect(await to.stats()).toEqual(await from.stats());
  });
});
