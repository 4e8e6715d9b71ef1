// kgx import's answer to a store that refuses a transaction for its size, on a real Grafeo store whose
// upsertArticles refuses pieces over a claim limit as Neo4j does (TransactionTooLarge, nothing written; the
// live Neo4j case is tests/integration/neo4j-import-split.test.ts): every article once, the same graph.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importArticles } from "../../server/cli/import-command.ts";
import { TransactionTooLarge } from "../../server/core/errors.ts";
import { canonicalArticles } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";
import type { ExtractedArticle } from "../../server/core/model/types.ts";
import type { GraphStore } from "../../server/core/ports.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-split-"));
let n = 0;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The store, refusing any upsertArticles over `limit` claims (or failing otherwise on call `failAt`). */
function refusing(store: GraphStore, limit: number, failAt = -1) {
  const calls: { articles: string[]; claims: number; ok: boolean }[] = [];
  const upsertArticles = async (docs: ExtractedArticle[]) => {
    const claims = docs.reduce((k, d) => k + d.claims.length, 0);
    const call = { articles: docs.map((d) => d.article.id), claims, ok: false };
    calls.push(call);
    if (calls.length - 1 === failAt) throw new Error("disk on fire");
    if (claims > limit) throw new TransactionTooLarge(`test: ${claims} claims is over ${limit}`);
    const out = await store.upsertArticles(docs);
    call.ok = true;
    return out;
  };
  return {
    wrapped: new Proxy(store, { get: (t, k) => (k === "upsertArticles" ? upsertArticles : Reflect.get(t, k)) }),
    calls,
  };
}

const graph = synthGraph({ nodes: 300, edges: 1_200, articles: 40, seed: 9 });
const all = canonicalArticles(graph);
const ids = Array.from({ length: all.count }, (_, i) => all.article(i).article.id);

describe("kgx import: batches refused for their size", () => {
  it("writes every article once, in smaller pieces, and leaves the graph an unrefused import leaves", async () => {
    const plain = await openGrafeoStore(path.join(dir, `db-${n++}.grafeo`));
    const store = await openGrafeoStore(path.join(dir, `db-${n++}.grafeo`));
    try {
      expect(await importArticles(plain, all, 600)).toEqual({ created: 40, splitTo: null });
      const { wrapped, calls } = refusing(store, 200);
      const report = await importArticles(wrapped, all, 600);
      expect(report.created).toBe(40);
      expect(report.splitTo).toBeLessThanOrEqual(200);
      const written = calls.filter((c) => c.ok).flatMap((c) => c.articles);
      expect(written).toEqual(ids);
      expect(calls.filter((c) => !c.ok).every((c) => c.claims > 200)).toBe(true);
      // Refused once per 600-claim batch at most, then pieces under the limit.
      expect(calls.filter((c) => !c.ok).length).toBeLessThanOrEqual(3);
      expect(await store.stats()).toEqual(await plain.stats());
      expect(await store.overview(1_000)).toEqual(await plain.overview(1_000));
      expect(await importArticles(wrapped, all, 600)).toMatchObject({ created: 0 });
    } finally {
      await Promise.all([plain.close(), store.close()]);
    }
  });

  it("ends on an article refused alone, naming it, with nothing of it written", async () => {
    const store = await openGrafeoStore(path.join(dir, `db-${n++}.grafeo`));
    try {
      const { wrapped } = refusing(store, 5);
      await expect(importArticles(wrapped, all, 600)).rejects.toThrow(
        new RegExp(`article ${ids[0]} \\(\\d+ claims\\) alone is too large`),
      );
      expect(await store.stats()).toMatchObject({ articles: 0, claims: 0 });
    } finally {
      await store.close();
    }
  });

  it("passes any other failure on unchanged, without splitting", async () => {
    const store = await openGrafeoStore(path.join(dir, `db-${n++}.grafeo`));
    try {
      const { wrapped, calls } = refusing(store, 1e9, 1);
      await expect(importArticles(wrapped, all, 600)).rejects.toThrow("disk on fire");
      expect(calls).toHaveLength(2);
    } finally {
      await store.close();
    }
  });
});
