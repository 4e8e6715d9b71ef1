// Article metadata through ingest into the real embedded store: url, publisher, published and
// author are kept; the publisher is an Outlet linked by PUBLISHED; deleting an article removes
// its claims, mentions and orphan entities, and counts return to what they were.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphStore } from "../../server/core/ports.ts";
import { IngestService } from "../../server/services/ingest.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { loadSavedQueries } from "../../server/store/saved-queries.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-meta-"));
let store: GraphStore;
let ingest: IngestService;

const first = {
  text: "Russia and Ukraine\n\nThe European Union condemned Russia on Monday after the strike on Kyiv.",
  url: "https://news.example/a",
  publisher: "The Daily Example",
  published: "2024-11-05",
  author: "Ann Writer",
};
const second = {
  text: "North Korea deployed troops\n\nNorth Korea deployed troops to the Kursk region, Seoul said.",
};

beforeAll(async () => {
  store = await openGrafeoStore(path.join(dir, "db.grafeo"));
  await store.init();
  ingest = new IngestService(store, { maxArticleBytes: 1_000_000 });
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("article metadata in the store", () => {
  it("keeps url, publisher, published and author, and links the publisher as an Outlet", async () => {
    const r = await ingest.ingest(first);
    expect(r.created).toBe(true);
    expect(r.article).toMatchObject({ url: first.url, publisher: first.publisher, published: "2024-11-05" });
    const detail = await store.getArticle(r.article.id);
    expect(detail?.article).toMatchObject({ url: first.url, publisher: first.publisher, author: "Ann Writer" });
    expect(detail?.article.ingested).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const q = await store.runUserQuery(
      "MATCH (o:Outlet)-[:PUBLISHED]->(a:Article) RETURN o.name AS outlet, a.published AS published",
      {},
      { timeoutMs: 5000, maxRows: 10 },
    );
    expect(q.rows).toEqual([["The Daily Example", "2024-11-05"]]);
    const claims = await store.claimsAmong((await store.overview(100)).nodes.map((n) => n.id));
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.articlePublisher === "The Daily Example")).toBe(true);
  });

  it("re-ingesting the same article changes nothing, and keeps the first ingest time", async () => {
    const before = (await store.listArticles())[0]!;
    const again = await ingest.ingest(first);
    expect(again.created).toBe(false);
    expect((await store.listArticles())[0]).toEqual(before);
  });

  it("lists articles with counts and dates them by published, else by the ingest day", async () => {
    const base = await store.stats();
    const r2 = await ingest.ingest(second);
    const list = await store.listArticles();
    expect(list).toHaveLength(2);
    const a = list.find((x) => x.publisher === "The Daily Example")!;
    expect(a).toMatchObject({ dated: "2024-11-05", dateKnown: true, status: "ingested" });
    expect(a.publisherId).toMatch(/^outlet:daily-example-/);
    expect(a.claims).toBeGreaterThan(0);
    expect(a.entities).toBeGreaterThan(0);
    const b = list.find((x) => x.id === r2.article.id)!;
    expect(b.dateKnown).toBe(false);
    expect(b.dated).toBe(new Date().toISOString().slice(0, 10));
    expect(b.title).toBe("North Korea deployed troops");

    expect(await store.deleteArticle(r2.article.id)).toBe(true);
    expect(await store.stats()).toEqual(base);
    expect(await store.deleteArticle(r2.article.id)).toBe(false);
  });

  it("deleting the last article removes its publisher outlet and every orphan entity", async () => {
    const [a] = await store.listArticles();
    expect(await store.deleteArticle(a!.id)).toBe(true);
    const st = await store.stats();
    expect(st).toMatchObject({ articles: 0, entities: 0, claims: 0 });
  });

  it("a publisher that is also mentioned keeps its mentions and survives the other article's removal", async () => {
    const mentioned = await ingest.ingest({
      text: "Reuters report\n\nReuters reported that Russia deployed troops to Belarus.",
    });
    const published = await ingest.ingest({ ...second, publisher: "Reuters" });
    await store.deleteArticle(mentioned.article.id);
    const outlets = await store.runUserQuery(
      "MATCH (o:Outlet) RETURN o.name AS name, o.mentions AS mentions",
      {},
      { timeoutMs: 5000, maxRows: 10 },
    );
    expect(outlets.rows).toEqual([["Reuters", 0]]);
    await store.deleteArticle(published.article.id);
    expect((await store.stats()).entities).toBe(0);
  });

  it("the saved query 'what changed in the last 7 days' filters on article.published, else the ingest time", async () => {
    const saved = loadSavedQueries().find((q) => q.id === "11-changed-last-7-days")!;
    expect(saved.title).toBe("What changed in the last 7 days");
    const today = new Date().toISOString().slice(0, 10);
    const recent = await ingest.ingest({ ...first, published: today });
    const old = await ingest.ingest({ ...second, published: "2020-01-01" });
    const undated = await ingest.ingest({ text: "Paris talks\n\nFrance condemned Iran on Monday, officials said." });
    const r = await store.runUserQuery(saved.query, saved.params, { timeoutMs: 5000, maxRows: 1000 });
    const col = (name: string) => r.columns.indexOf(name);
    const articles = new Set(r.rows.map((row) => row[col("article")]));
    expect(articles).toEqual(new Set([recent.article.title, undated.article.title]));
    expect(r.rows.every((row) => row[col("day")] === today)).toBe(true);
    const flags = new Map(r.rows.map((row) => [row[col("article")], row[col("undated")]]));
    expect(flags.get(undated.article.title)).toBe(true);
    expect(flags.get(recent.article.title)).toBe(false);
    expect(old.created).toBe(true);
  });
});
