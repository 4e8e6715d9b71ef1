// The Cypher console API on the seed corpus: every saved analyst query runs with asserted
// results; writes are refused with 400 and change nothing; a query past the time limit
// ends with 504 while the server keeps answering; results are row-capped.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QueryCell, SavedQuery, UserQueryResult } from "../../server/core/model/types.ts";
import { WRITES } from "../contract/user-query-contract.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

let srv: TestServer;
let saved: SavedQuery[];
beforeAll(async () => {
  srv = await startTestServer({ client: false, env: { KGX_QUERY_TIMEOUT_MS: "1500", KGX_QUERY_MAX_ROWS: "40" } });
  saved = (await (await fetch(new URL("/api/queries", srv.url))).json()).queries;
});
afterAll(() => srv.close());

async function cypher(query: string, params: Record<string, unknown> = {}) {
  const res = await fetch(new URL("/api/cypher", srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
  });
  return { status: res.status, body: await res.json() };
}

async function runSaved(id: string): Promise<Array<Record<string, QueryCell>>> {
  const q = saved.find((s) => s.id === id);
  if (!q) throw new Error(`no saved query ${id}`);
  const { status, body } = await cypher(q.query, q.params);
  expect(status, JSON.stringify(body)).toBe(200);
  const r = body as UserQueryResult;
  return r.rows.map((row) => Object.fromEntries(r.columns.map((c, i) => [c, row[i] ?? null])));
}

describe("saved analyst queries on the seeds", () => {
  it("loads at least ten, each with a title and a description", () => {
    expect(saved.length).toBeGreaterThanOrEqual(10);
    for (const q of saved) expect(q.title.length * q.description.length).toBeGreaterThan(0);
  });

  it("01 who condemned whom: Choe Son Hui condemned the United States", async () => {
    const rows = await runSaved("01-who-condemned-whom");
    expect(rows).toContainEqual(expect.objectContaining({ condemner: "Choe Son Hui", condemned: "United States" }));
  });

  it("02 everything Choe Son Hui said, with quotes", async () => {
    const rows = await runSaved("02-everything-said-by");
    expect(rows.map((r) => r.about)).toContain("Russia");
    expect(rows.every((r) => typeof r.statement === "string" && r.statement.length > 10)).toBe(true);
  });

  it("03 deployments: North Korea to the Kursk region, 8,000 troops", async () => {
    const row = (await runSaved("03-deployments-by-state")).find(
      (r) => r.deployer === "North Korea" && r.destination === "Kursk region",
    );
    expect(row?.troop_counts).toContain("8,000");
  });

  it("04 outlets that reported on North Korea", async () => {
    const rows = await runSaved("04-outlets-reporting-on");
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.outlet)).toEqual(expect.arrayContaining(["El País"]));
  });

  it("05 single-source claims each name exactly one article", async () => {
    const rows = await runSaved("05-single-source-claims");
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(String(r.article)).toMatch(/^a_[0-9a-f]{32}$/);
  });

  it("06 a shortest path links Choe Son Hui to Ukraine", async () => {
    const [row] = await runSaved("06-shortest-path");
    expect(row?.hops).toBeGreaterThanOrEqual(1);
    expect(row?.hops).toBeLessThanOrEqual(3);
    const path = (row?.p as { $path: { nodes: Array<{ properties: { name: string } }> } }).$path;
    expect(path.nodes[0]?.properties.name).toBe("Choe Son Hui");
    expect(path.nodes.at(-1)?.properties.name).toBe("Ukraine");
  });

  it("07 the most connected entity is North Korea", async () => {
    expect((await runSaved("07-most-connected"))[0]).toMatchObject({ entity: "North Korea", label: "State" });
  });

  it("08 North Korea and Russia are mentioned together in all five articles", async () => {
    const rows = await runSaved("08-mentioned-together");
    const pair = rows.find((r) => [r.first, r.second].sort().join("|") === "North Korea|Russia");
    expect(pair?.articles).toBe(5);
  });

  it("09 the partnership treaty's parties are North Korea and Russia", async () => {
    const rows = await runSaved("09-treaty-parties");
    const treaty = rows.find((r) => /Partnership Treaty/.test(String(r.treaty)));
    expect((treaty?.parties as string[]).sort()).toEqual(["North Korea", "Russia"]);
  });

  it("10 people and roles: Choe Son Hui is North Korea's Foreign Minister", async () => {
    const rows = await runSaved("10-people-roles-by-state");
    const choe = rows.find((r) => r.person === "Choe Son Hui" && r.body === "North Korea");
    expect(choe?.roles).toContain("Foreign Minister");
  });
});

describe("POST /api/cypher safety", () => {
  it.each(WRITES)("refuses %s with 400 and the store unchanged", async (_what, query) => {
    const before = (await cypher("MATCH (n) RETURN count(n) AS n")).body.rows;
    const { status, body } = await cypher(query);
    expect(status).toBe(400);
    expect(body.error.type).toBe("QueryRefused");
    expect((await cypher("MATCH (n) RETURN count(n) AS n")).body.rows).toEqual(before);
  });

  it("gives a syntax error with line and column", async () => {
    const { status, body } = await cypher("MATCH (n)\nRETURN n.name AS x,, 1");
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ type: "QueryRefused", line: 2 });
  });

  it("caps rows at KGX_QUERY_MAX_ROWS and says truncated", async () => {
    const { body } = await cypher("UNWIND range(1, 100) AS i RETURN i");
    expect(body.rows).toHaveLength(40);
    expect(body.truncated).toBe(true);
  });

  it("ends a runaway query at KGX_QUERY_TIMEOUT_MS while the server keeps answering", async () => {
    const started = performance.now();
    const slow = cypher("MATCH (a), (b), (c), (d), (e), (f) RETURN count(*) AS n");
    const health = await fetch(new URL("/api/health", srv.url));
    expect(health.status).toBe(200);
    const stats = await fetch(new URL("/api/stats", srv.url));
    expect((await stats.json()).articles).toBe(5);
    const { status, body } = await slow;
    expect(status).toBe(504);
    expect(body.error.type).toBe("QueryTimeout");
    expect(performance.now() - started).toBeLessThan(6_000);
    expect((await cypher("MATCH (a:Article) RETURN count(a) AS n")).body.rows).toEqual([[5]]);
  });
});
