// The HTTP API with KGX_STORE=neo4j on the live server, side by side with the same seeds on Grafeo:
// every read route and every saved analyst query answer the same on both; the console's rules hold over HTTP.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeCompactGraph } from "../../server/core/model/compact-graph.ts";
import type { SavedQuery } from "../../server/core/model/types.ts";
import { WRITES } from "../contract/user-query-contract.ts";
import { clearNeo4j, describeNeo4jPresence, neo4jEnv, neo4jSkip } from "../support/neo4j-env.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const LIMITS = { KGX_QUERY_TIMEOUT_MS: "1500", KGX_QUERY_MAX_ROWS: "40", KGX_MAX_ARTICLE_BYTES: "20000" };

describe.skipIf(Boolean(neo4jSkip))("HTTP API on Neo4j, against the same seeds on Grafeo", () => {
  let neo: TestServer;
  let graf: TestServer;
  let saved: SavedQuery[];

  beforeAll(async () => {
    await clearNeo4j();
    [neo, graf] = await Promise.all([
      startTestServer({ client: false, env: { ...LIMITS, ...neo4jEnv() } }),
      startTestServer({ client: false, env: LIMITS }),
    ]);
    saved = (await get(neo, "/api/queries")).body.queries;
  }, 120_000);
  afterAll(async () => {
    await neo?.close();
    await graf?.close();
  });

  async function call(srv: TestServer, path: string, init?: RequestInit) {
    const res = await fetch(new URL(path, srv.url), init);
    const text = await res.text();
    return { status: res.status, text, body: JSON.parse(text) };
  }
  const get = (srv: TestServer, path: string) => call(srv, path);
  const post = (srv: TestServer, path: string, body: unknown) =>
    call(srv, path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const cypher = (srv: TestServer, query: string, params: Record<string, unknown> = {}) =>
    post(srv, "/api/cypher", { query, params });

  /** Both stores' answer to the same GET, with the status. */
  async function both(path: string) {
    const [a, b] = await Promise.all([get(neo, path), get(graf, path)]);
    expect(a.status, a.text).toBe(b.status);
    return [a.body, b.body];
  }

  it("serves the seeds from Neo4j: the same stats, graph and search as Grafeo", async () => {
    const [stats, gStats] = await both("/api/stats");
    expect(stats.articles).toBe(5);
    expect(stats).toEqual(gStats);
    const [graph, gGraph] = await both("/api/graph?limit=500");
    expect(graph.nodes.length).toBe(stats.entities);
    expect(graph).toEqual(gGraph);
    for (const q of ["kor", "choe", "el pais", "zzz"]) {
      const [found, gFound] = await both(`/api/entities?search=${encodeURIComponent(q)}`);
      expect(found).toEqual(gFound);
    }
  });

  it("returns every entity, its claims with exact evidence, neighbourhoods and articles as Grafeo does", async () => {
    const graph = (await get(neo, "/api/graph?limit=500")).body;
    for (const node of graph.nodes.slice(0, 25)) {
      const id = encodeURIComponent(node.id);
      const [detail, gDetail] = await both(`/api/entities/${id}`);
      expect(detail).toEqual(gDetail);
      for (const hops of [1, 2]) {
        const [hood, gHood] = await both(`/api/entities/${id}/neighbourhood?hops=${hops}`);
        expect(hood).toEqual(gHood);
        // The explorer's compact form: the same on both, and the same graph.
        const [compact, gCompact] = await both(`/api/entities/${id}/neighbourhood?hops=${hops}&format=compact`);
        expect(compact).toEqual(gCompact);
        expect(decodeCompactGraph(compact)).toEqual(hood);
      }
    }
    const articles = (await cypher(neo, "MATCH (a:Article) RETURN a.id AS id ORDER BY id")).body.rows;
    expect(articles).toHaveLength(5);
    for (const [id] of articles) {
      const [art, gArt] = await both(`/api/articles/${id}`);
      // Each server ingested the seeds itself: only the ingest times may differ.
      expect(art.article.ingested).toEqual(expect.any(String));
      expect({ ...art, article: { ...art.article, ingested: 0 } }).toEqual({
        ...gArt,
        article: { ...gArt.article, ingested: 0 },
      });
      for (const c of (await get(neo, `/api/entities/${encodeURIComponent(art.mentions[0].id)}`)).body.claims) {
        const text = (await get(neo, `/api/articles/${c.article}`)).body.text as string;
        expect(text.slice(c.start, c.end)).toBe(c.evidence);
      }
    }
  });

  it("answers unknown ids with JSON 404s and bad input with 400/413, changing nothing", async () => {
    for (const path of ["/api/entities/state:nope", "/api/articles/a_nope", "/api/entities/x/neighbourhood"]) {
      const res = await get(neo, path);
      expect(res.status).toBe(404);
      expect(res.body.error.type).toBe("NotFound");
    }
    const before = (await get(neo, "/api/stats")).body;
    expect((await post(neo, "/api/articles", { text: "  " })).status).toBe(400);
    expect((await post(neo, "/api/articles", { text: "word ".repeat(5000) })).status).toBe(413);
    expect((await get(neo, "/api/stats")).body).toEqual(before);
  });

  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])("saved query %i gives the same rows on both stores", async (i) => {
    const q = saved[i] as SavedQuery;
    const [a, b] = await Promise.all([cypher(neo, q.query, q.params), cypher(graf, q.query, q.params)]);
    expect(a.status, a.text).toBe(200);
    expect(b.status, b.text).toBe(200);
    expect(a.body.rows.length, q.id).toBeGreaterThan(0);
    expect(a.body.columns).toEqual(b.body.columns);
    expect(a.body.rows).toEqual(b.body.rows);
    expect(a.body.graph).toEqual(b.body.graph);
  });

  it.each(WRITES)("POST /api/cypher refuses %s with 400 and the store unchanged", async (_what, query) => {
    const count = "MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r";
    const before = (await cypher(neo, count)).body.rows;
    const { status, body } = await cypher(neo, query);
    expect(status).toBe(400);
    expect(body.error.type).toBe("QueryRefused");
    expect((await cypher(neo, count)).body.rows).toEqual(before);
  });

  it("gives a syntax error with line and column, and caps rows", async () => {
    const { status, body } = await cypher(neo, "MATCH (n)\nRETURN n.name AS x,, 1");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ type: "QueryRefused", line: 2, column: 20 });
    const capped = (await cypher(neo, "UNWIND range(1, 100) AS i RETURN i")).body;
    expect(capped.rows).toHaveLength(40);
    expect(capped.truncated).toBe(true);
  });

  it("ends a runaway query at KGX_QUERY_TIMEOUT_MS with 504 while the server keeps answering", async () => {
    const started = performance.now();
    const slow = cypher(neo, "MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id <> '' RETURN count(*) AS n");
    expect((await get(neo, "/api/health")).status).toBe(200);
    expect((await get(neo, "/api/stats")).body.articles).toBe(5);
    const { status, body } = await slow;
    expect(status).toBe(504);
    expect(body.error.type).toBe("QueryTimeout");
    expect(performance.now() - started).toBeLessThan(4_000);
    expect((await cypher(neo, "MATCH (a:Article) RETURN count(a) AS n")).body.rows).toEqual([[5]]);
  });

  it("ingests a new article over HTTP, and re-posting it changes nothing", async () => {
    const article = { title: "T", text: "The United Nations condemned the strike. Russia said nothing." };
    const [first, gFirst] = await Promise.all([
      post(neo, "/api/articles", article),
      post(graf, "/api/articles", article),
    ]);
    expect(first.status).toBe(201);
    expect(first.body).toEqual(gFirst.body);
    const before = (await get(neo, "/api/stats")).body;
    const again = await post(neo, "/api/articles", article);
    expect(again.status).toBe(200);
    expect((await get(neo, "/api/stats")).body).toEqual(before);
    const [stats, gStats] = await both("/api/stats");
    expect(stats).toEqual(gStats);
  });
});

describeNeo4jPresence("HTTP API on Neo4j");
