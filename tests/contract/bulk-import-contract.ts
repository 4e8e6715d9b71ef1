// describeBulkImport(createStore): upsertArticles in batches (kgx import) leaves exactly the
// graph upsertArticle leaves article by article, changes nothing when run again, goes around
// corrections, and writes all of a call or none of it; on Grafeo always, on Neo4j when set.
import { afterEach, describe, expect, it } from "vitest";
import { toExtractedArticles } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";
import type { ExtractedArticle } from "../../server/core/model/types.ts";
import type { GraphStore } from "../../server/core/ports.ts";
import { articleA, articleB, NK, RU } from "../fixtures/small-graph.ts";

/** Everything a reader can see, to compare two states exactly (the ingest time left out). */
async function snapshot(store: GraphStore) {
  const ids = (await store.allEntities(10_000)).map((e) => e.id).sort();
  const articles = await store.listArticleIds();
  return {
    stats: await store.stats(),
    overview: await store.overview(10_000),
    list: (await store.listArticles()).map((a) => ({ ...a, ingested: undefined })),
    entities: await Promise.all(ids.map((id) => store.getEntity(id))),
    articles: (await Promise.all(articles.map((id) => store.exportArticle(id)))).map((doc) =>
      doc ? { ...doc, article: { ...doc.article, ingested: undefined } } : doc,
    ),
  };
}

/** Synthetic articles sharing hub entities across batches, plus the two hand-made ones; some name a publisher. */
function sampleDocs(capitalPublisher: boolean): ExtractedArticle[] {
  const synth = toExtractedArticles(synthGraph({ nodes: 120, edges: 400, articles: 11, seed: 5 }));
  // An outlet the synthetic claims also mention, as the publisher of two articles in different batches: the first
  // article naming it (in capitals, the same id) creates it as publisher, which gives it that alias.
  const first = synth.findIndex((d) => d.entities.some((e) => e.label === "Outlet"));
  const outlet = synth[first]!.entities.find((e) => e.label === "Outlet")!;
  synth[first]!.article.publisher = capitalPublisher ? outlet.name.toUpperCase() : outlet.name;
  synth[first + 5]!.article.publisher = outlet.name;
  const b = articleB();
  return [articleA(), ...synth, { ...b, article: { ...b.article, publisher: "The Bulk Gazette" } }];
}

async function importInBatches(store: GraphStore, list: ExtractedArticle[], size = 4) {
  const out = [];
  for (let i = 0; i < list.length; i += size) out.push(...(await store.upsertArticles(list.slice(i, i + size))));
  return out;
}

/** Article B again under another id, naming Russia and North Korea (the entities a merge touches). */
function articleBAgain(): ExtractedArticle {
  const b = articleB();
  const id = `${b.article.id}-again`;
  return {
    ...b,
    article: { ...b.article, id, title: "again" },
    claims: b.claims.map((c) => ({ ...c, id: `${c.id}-again`, article: id })),
  };
}

export interface BulkOptions {
  skip?: string;
  /** A property value the engine refuses inside the transaction (default: a function). */
  badValue?: unknown;
  /**
   * false: the publisher is named exactly as the outlet it creates. On Neo4j, upsertArticle reads the entity
   * state pipelined beside the article's metadata, so the publisher's other spelling is not kept as an alias
   * there, while it is on Grafeo (and in the bulk path on both): a difference of the per-article path.
   */
  capitalPublisher?: boolean;
}

export function describeBulkImport(name: string, createStore: () => Promise<GraphStore>, opts: BulkOptions = {}): void {
  const { skip } = opts;
  const docs = () => sampleDocs(opts.capitalPublisher ?? true);
  describe.skipIf(Boolean(skip))(`bulk import contract: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let store: GraphStore | undefined;
    afterEach(async () => {
      await store?.close();
      store = undefined;
    });
    const fresh = async () => {
      await store?.close();
      store = await createStore();
      return store;
    };

    it("leaves the graph upsertArticle leaves, and a second import changes nothing", async () => {
      let s = await fresh();
      for (const d of docs()) await s.upsertArticle(d);
      const oneByOne = await snapshot(s);
      s = await fresh();
      const outcomes = await importInBatches(s, docs());
      expect(outcomes.map((o) => o.created)).toEqual(docs().map(() => true));
      expect(outcomes.map((o) => o.claims)).toEqual(docs().map((d) => d.claims.length));
      expect(await snapshot(s)).toEqual(oneByOne);
      const again = await importInBatches(s, docs(), 7);
      expect(again.some((o) => o.created)).toBe(false);
      for (const d of docs().slice(0, 3)) expect((await s.upsertArticle(d)).created).toBe(false);
      expect(await snapshot(s)).toEqual(oneByOne);
    }, 120_000);

    it("replaces a changed article and goes around corrections as upsertArticle does", async () => {
      const changedA = (): ExtractedArticle => {
        const a = articleA();
        return { ...a, claims: a.claims.slice(1).map((c) => ({ ...c, confidence: 0.61 })) };
      };
      const merge = {
        id: "k_bulk_merge",
        change: { kind: "merge" as const, keep: NK.id, others: [RU.id] },
        author: "tester",
        at: "2026-12-01T00:00:00.000Z",
        note: "",
        undone: false,
      };
      const run = async (write: (s: GraphStore, list: ExtractedArticle[]) => Promise<unknown>) => {
        const s = await fresh();
        await write(s, [articleA(), articleB()]);
        await s.applyCorrection(merge);
        await write(s, [changedA(), articleBAgain(), ...docs().slice(1, 4)]);
        return snapshot(s);
      };
      const oneByOne = await run(async (s, list) => {
        for (const d of list) await s.upsertArticle(d);
      });
      const bulk = await run((s, list) => s.upsertArticles(list));
      expect(bulk).toEqual(oneByOne);
      // The merged-away id stays merged: the new article's Russia claims landed on North Korea.
      expect(bulk.entities.some((e) => e?.entity.id === RU.id)).toBe(false);
    }, 120_000);

    it("writes all of a call or none of it", async () => {
      const s = await fresh();
      const list = docs().slice(1, 5);
      const bad = list[3]!;
      // A value the engine refuses: the claims statement fails after the others ran.
      const value = "badValue" in opts ? opts.badValue : () => 1;
      bad.claims[0] = { ...bad.claims[0]!, confidence: value as number };
      await expect(s.upsertArticles(list)).rejects.toThrow();
      expect((await s.stats()).articles).toBe(0);
      for (const d of list) expect(await s.hasArticle(d.article.id)).toBe(false);
      // And the store still takes the good ones afterwards.
      expect((await s.upsertArticles(list.slice(0, 3))).every((o) => o.created)).toBe(true);
      expect((await s.stats()).articles).toBe(3);
    }, 120_000);
  });
}
