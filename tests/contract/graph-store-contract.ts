// describeGraphStore(createStore): the one suite every GraphStore adapter must pass
// (Grafeo always; Neo4j when NEO4J_URI is set). Each test gets a fresh, empty store.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { GraphStore } from "../../server/core/ports.ts";
import { articleA, articleB, CHOE, KURSK, NK, RU, US } from "../fixtures/small-graph.ts";

export function describeGraphStore(name: string, createStore: () => Promise<GraphStore>, skip?: string): void {
  describe.skipIf(Boolean(skip))(`GraphStore contract: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await createStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("upserts an article with its entities and claims, and counts them", async () => {
      const out = await store.upsertArticle(articleA());
      expect(out).toEqual({ created: true, entities: 5, claims: 4 });
      expect(await store.stats()).toEqual({
        articles: 1,
        entities: 5,
        claims: 4,
        byLabel: { State: 3, Place: 1, Person: 1 },
        byType: { DEPLOYED: 1, CONDEMNED: 1, SAID: 1, MEMBER_OF: 1 },
      });
    });

    it("is idempotent: the same article twice changes nothing", async () => {
      await store.upsertArticle(articleA());
      const before = await store.stats();
      const again = await store.upsertArticle(articleA());
      expect(again.created).toBe(false);
      expect(await store.stats()).toEqual(before);
      expect((await store.getEntity(NK.id))?.entity.mentions).toBe(2);
    });

    it("merges entities across articles: mentions add up and aliases unite", async () => {
      await store.upsertArticle(articleA());
      await store.upsertArticle(articleB());
      const nk = await store.getEntity(NK.id);
      expect(nk?.entity.mentions).toBe(4);
      expect(nk?.entity.aliases).toEqual(["DPRK", "North Korea", "Pyongyang"]);
      expect(nk?.articles.map((a) => a.count).sort()).toEqual([2, 2]);
      expect((await store.stats()).entities).toBe(5);
    });

    it("returns claims with exact evidence offsets and their context", async () => {
      const a = articleA();
      await store.upsertArticle(a);
      const detail = await store.getEntity(CHOE.id);
      const said = detail?.claims.find((c) => c.type === "SAID");
      expect(said).toMatchObject({ sourceName: "Choe Son Hui", targetName: "Russia", quote: "We stand with Russia." });
      expect(a.article.text.slice(said!.start, said!.end)).toBe(said!.evidence);
      expect(said?.articleTitle).toBe("Troops in Kursk");
      const member = detail?.claims.find((c) => c.type === "MEMBER_OF");
      expect(member?.role).toBe("Foreign Minister");
      const deployed = (await store.getEntity(KURSK.id))?.claims[0];
      expect(deployed).toMatchObject({ type: "DEPLOYED", count: "8,000", source: NK.id });
    });

    it("keeps a claim's polarity; an asserted claim carries none", async () => {
      const a = articleA();
      a.claims = a.claims.map((c) => (c.type === "DEPLOYED" ? { ...c, polarity: "denied" as const } : c));
      await store.upsertArticle(a);
      const deployed = (await store.getEntity(KURSK.id))?.claims.find((c) => c.type === "DEPLOYED");
      expect(deployed?.polarity).toBe("denied");
      const said = (await store.getEntity(CHOE.id))?.claims.find((c) => c.type === "SAID");
      expect(said).toBeDefined();
      expect("polarity" in said!).toBe(false);
    });

    it("aggregates parallel claims into one edge per (source, target, type)", async () => {
      await store.upsertArticle(articleA());
      await store.upsertArticle(articleB());
      const g = await store.overview(100);
      expect(g.nodes).toHaveLength(5);
      const condemned = g.edges.filter((e) => e.type === "CONDEMNED");
      expect(condemned).toHaveLength(1);
      expect(condemned[0]).toMatchObject({ source: US.id, target: NK.id, count: 2, articles: 2 });
      expect(condemned[0]?.articleIds).toEqual([articleA().article.id, articleB().article.id].sort());
      expect(g.truncated).toBe(false);
      const top = await store.overview(1);
      expect(top.nodes.map((n) => n.id)).toEqual([NK.id]);
      expect(top.truncated).toBe(true);
      // Exactly as many entities as the limit: nothing left out (the start view reads one past the limit).
      expect((await store.overview(5)).truncated).toBe(false);
      expect((await store.overview(4)).truncated).toBe(true);
    });

    it("finds neighbourhoods by hops and subgraphs by ids", async () => {
      await store.upsertArticle(articleA());
      const one = await store.neighbourhood(KURSK.id, 1, 50);
      expect(one.nodes.map((n) => n.id).sort()).toEqual([KURSK.id, NK.id].sort());
      const two = await store.neighbourhood(KURSK.id, 2, 50);
      expect(two.nodes.map((n) => n.id).sort()).toEqual([KURSK.id, NK.id, US.id, CHOE.id].sort());
      const sub = await store.subgraph([US.id, NK.id]);
      expect(sub.edges.map((e) => e.type)).toEqual(["CONDEMNED"]);
    });

    it("searches names and aliases, ignoring case and accents", async () => {
      await store.upsertArticle(articleA());
      expect((await store.searchEntities("choe", 10)).map((e) => e.id)).toEqual([CHOE.id]);
      expect((await store.searchEntities("PYONGYANG", 10)).map((e) => e.id)).toEqual([NK.id]);
      expect(await store.searchEntities("   ", 10)).toEqual([]);
      expect(await store.searchEntities("zzz-nothing", 10)).toEqual([]);
    });

    it("returns an article's text, sentence offsets and mentions", async () => {
      const a = articleA();
      await store.upsertArticle(a);
      const got = await store.getArticle(a.article.id);
      expect(got?.text).toBe(a.article.text);
      expect(got?.sentences).toEqual(a.article.sentences);
      expect(got?.mentions.map((m) => m.id).sort()).toEqual(a.entities.map((x) => x.id).sort());
      expect(await store.getArticle("a_missing")).toBeNull();
      expect(await store.getEntity("state:missing")).toBeNull();
    });

    it("returns entities and the claims among them by ids, for exports", async () => {
      await store.upsertArticle(articleA());
      await store.upsertArticle(articleB());
      const ents = await store.entitiesByIds([NK.id, US.id, "state:missing"]);
      expect(ents.map((e) => e.name)).toEqual(["North Korea", "United States"]);
      expect(ents[0]?.aliases).toContain("DPRK");
      const claims = await store.claimsAmong([NK.id, US.id]);
      expect(claims.map((c) => [c.type, c.sourceName, c.targetName])).toEqual([
        ["CONDEMNED", "United States", "North Korea"],
        ["CONDEMNED", "United States", "North Korea"],
      ]);
      expect(claims.map((c) => c.articleTitle).sort()).toEqual(["Thanks & <b>condemnation</b>", "Troops in Kursk"]);
      expect(await store.claimsAmong([])).toEqual([]);
    });

    it("keeps hostile text intact", async () => {
      const b = articleB();
      await store.upsertArticle(b);
      expect((await store.getArticle(b.article.id))?.article.title).toBe("Thanks & <b>condemnation</b>");
    });

    it("deletes an article with its claims and the entities only it mentioned", async () => {
      const a = articleA();
      await store.upsertArticle(a);
      await store.upsertArticle(articleB());
      expect(await store.deleteArticle(a.article.id)).toBe(true);
      expect(await store.deleteArticle(a.article.id)).toBe(false);
      const st = await store.stats();
      expect(st).toMatchObject({ articles: 1, entities: 3, claims: 2 });
      expect(await store.getEntity(CHOE.id)).toBeNull();
      expect((await store.getEntity(NK.id))?.entity).toMatchObject({ mentions: 2, aliases: ["DPRK", "North Korea"] });
      expect((await store.getEntity(RU.id))?.claims).toHaveLength(1);
    });

    it("replaces an article's claims when its extraction changes", async () => {
      const a = articleA();
      await store.upsertArticle(a);
      await store.upsertArticle({ ...a, claims: a.claims.slice(0, 1) });
      expect((await store.stats()).claims).toBe(1);
    });

    it("lists article ids and exports an article as the document that wrote it", async () => {
      const a = articleA();
      const b = articleB();
      await store.upsertArticle(a);
      await store.upsertArticle(b);
      expect(await store.listArticleIds()).toEqual([a.article.id, b.article.id].sort());
      const out = await store.exportArticle(a.article.id);
      const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
      expect(out?.article).toEqual({ ...a.article, ingested: expect.any(String) });
      expect(out?.entities).toEqual(byId(a.entities));
      expect(out?.claims).toEqual(byId(a.claims));
      expect((await store.exportArticle(b.article.id))?.entities).toEqual(byId(b.entities));
      expect(await store.exportArticle(a.article.id)).toEqual(out);
      expect(await store.exportArticle("a_missing")).toBeNull();
    });

    it("re-imports an exported article unchanged, and its export is stable", async () => {
      const a = articleA();
      await store.upsertArticle(a);
      await store.upsertArticle(articleB());
      const before = { stats: await store.stats(), nk: await store.getEntity(NK.id) };
      const doc = await store.exportArticle(a.article.id);
      await store.deleteArticle(a.article.id);
      expect((await store.upsertArticle(doc!)).created).toBe(true);
      expect(await store.upsertArticle((await store.exportArticle(a.article.id))!)).toMatchObject({ created: false });
      expect(await store.stats()).toEqual(before.stats);
      expect(await store.getEntity(NK.id)).toEqual(before.nk);
    });

    it("serialises concurrent upserts without losing or duplicating anything", async () => {
      await Promise.all([
        store.upsertArticle(articleA()),
        store.upsertArticle(articleB()),
        store.upsertArticle(articleA()),
      ]);
      expect(await store.stats()).toMatchObject({ articles: 2, entities: 5, claims: 6 });
    });
  });
}
