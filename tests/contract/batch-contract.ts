// describeBatchWrites(createStore): upsertArticles writes a batch in one transaction exactly as the same
// articles upserted one by one (outcomes and every reader's answer), duplicates, replaces, publishers and
// corrections included. Each store comes fresh; two are opened one after the other (Neo4j has one database).
import { describe, expect, it } from "vitest";
import { articleId, entityId } from "../../server/core/model/ids.ts";
import type { Entity, ExtractedArticle } from "../../server/core/model/types.ts";
import type { GraphStore } from "../../server/core/ports.ts";
import { articleA, articleB, NK, RU, US } from "../fixtures/small-graph.ts";

const outlet = (name: string, aliases = [name], mentions = 1): Entity => ({
  id: entityId("Outlet", name),
  label: "Outlet",
  name,
  aliases,
  mentions,
});

function doc(text: string, entities: Entity[], publisher?: string): ExtractedArticle {
  const id = articleId(text);
  const sentences: Array<[number, number]> = [[0, text.length]];
  const article = { id, title: text.slice(0, 20), source: `${id}.txt`, text, sentences };
  return { article: publisher ? { ...article, publisher } : article, entities, claims: [] };
}

/** A batch that takes every path: new, duplicate, replaced, renamed, publishers named before and after. */
function batch(): ExtractedArticle[] {
  const a = articleA();
  const herald = outlet("Korea Herald", ["Herald"]);
  return [
    a,
    articleB(),
    a,
    doc("The Korea Herald reported on North Korea.", [herald, NK]),
    doc("Russia spoke, the Herald wrote.", [RU], "Korea Herald"),
    { ...a, claims: a.claims.slice(0, 2) },
    doc("Yonhap said Pyongyang fired.", [outlet("Yonhap", ["Yonhap", "Yonhap News"], 2), NK], "Yonhap"),
    doc("The United States answered Yonhap.", [US], "Yonhap"),
    { ...articleB(), article: { ...articleB().article, title: "Another title" } },
    doc("Reuters wrote about Russia.", [RU], "  Reuters "),
  ];
}

async function snapshot(store: GraphStore) {
  const ids = (await store.allEntities(1000)).map((e) => e.id).sort();
  const articles = await store.listArticleIds();
  const noTime = <T extends { ingested?: string }>(x: T) => ({ ...x, ingested: undefined });
  return {
    stats: await store.stats(),
    entities: await Promise.all(ids.map((id) => store.getEntity(id))),
    list: (await store.listArticles()).map((a) => ({ ...noTime(a), dated: undefined })),
    articles: (await Promise.all(articles.map((id) => store.exportArticle(id)))).map((d) =>
      d ? { ...d, article: noTime(d.article) } : d,
    ),
  };
}

export function describeBatchWrites(name: string, createStore: () => Promise<GraphStore>, skip?: string): void {
  describe.skipIf(Boolean(skip))(`batch writes: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    /** The outcomes and the state after `write` on a fresh store (closed afterwards). */
    async function run(write: (s: GraphStore) => Promise<unknown>) {
      const store = await createStore();
      try {
        const outcomes = await write(store);
        return { outcomes, state: await snapshot(store) };
      } finally {
        await store.close();
      }
    }
    const oneByOne = async (s: GraphStore, docs: ExtractedArticle[]) => {
      const out = [];
      for (const d of docs) out.push(await s.upsertArticle(d));
      return out;
    };

    it("writes a batch as the same articles one by one: outcomes and every reader's answer", async () => {
      const docs = batch();
      const single = await run((s) => oneByOne(s, docs));
      const batched = await run((s) => s.upsertArticles(docs));
      expect(batched.outcomes).toEqual(single.outcomes);
      expect(batched.state).toEqual(single.state);
      expect((single.outcomes as Array<{ created: boolean }>).map((o) => o.created)).toEqual([
        true,
        true,
        false,
        true,
        true,
        false,
        true,
        true,
        false,
        true,
      ]);
      expect(single.state.stats.articles).toBe(7);
    });

    it("writes a batch on top of stored articles and corrections as one by one does", async () => {
      const docs = batch();
      const prepare = async (s: GraphStore) => {
        await s.upsertArticle(articleB());
        await s.applyCorrection({
          id: "k_batch_1",
          change: { kind: "rename", id: RU.id, name: "Russian Federation" },
          author: "tester",
          at: "2026-12-01T00:00:00.000Z",
          note: "",
          undone: false,
        });
      };
      const single = await run(async (s) => (await prepare(s), oneByOne(s, docs)));
      const batched = await run(async (s) => (await prepare(s), s.upsertArticles(docs)));
      expect(batched.outcomes).toEqual(single.outcomes);
      expect(batched.state).toEqual(single.state);
      expect(single.state.entities.find((e) => e?.entity.id === RU.id)?.entity.name).toBe("Russian Federation");
    });

    it("an unchanged batch again changes nothing, and an empty batch is a no-op", async () => {
      const docs = batch();
      const { outcomes, state } = await run(async (s) => {
        await s.upsertArticles(docs);
        const before = await snapshot(s);
        // The last five are the last version of each of their articles.
        const again = await s.upsertArticles(docs.slice(5));
        expect(await s.upsertArticles([])).toEqual([]);
        expect(await snapshot(s)).toEqual(before);
        return again;
      });
      expect((outcomes as Array<{ created: boolean }>).map((o) => o.created)).toEqual([
        false,
        false,
        false,
        false,
        false,
      ]);
      expect(state.stats.articles).toBe(7);
    });
  });
}
