// The console's guards proven on the live Neo4j server: each test names the guard it proves and fails
// without it (the EXPLAIN query-type check, the plan check, positions, the transaction timeout, the row cap).
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { KgxError, QueryRefused, QueryTimeout, StoreUnavailable } from "../../server/core/errors.ts";
import { neo4jOptions, openNeo4jStore, type Neo4jStore } from "../../server/store/neo4j/index.ts";
import { articleA, articleB } from "../fixtures/small-graph.ts";
import { describeNeo4jPresence, neo4jSkip, NEO4J_URI } from "../support/neo4j-env.ts";
import { WRITES } from "./user-query-contract.ts";

const OPTS = { timeoutMs: 10_000, maxRows: 5_000 };

/** What EXPLAIN on Neo4j 5.26 says of each write the console refuses: its query type, or the plan operator. */
const WHY: Record<string, RegExp> = {
  CREATE: /this is a read-write query/,
  MERGE: /this is a read-write query/,
  SET: /this is a read-write query/,
  DELETE: /this is a write$/,
  "DETACH DELETE": /this is a write$/,
  REMOVE: /this is a read-write query/,
  "LOAD CSV": /LOAD CSV is not allowed/,
  "CREATE INDEX": /this is a schema change/,
  "DROP INDEX": /this is a schema change/,
  "CREATE CONSTRAINT": /this is a schema change/,
  "a writing procedure": /this is a write$/,
  "a write after WITH": /this is a read-write query/,
  "a write inside a subquery": /this is a read-write query/,
};

describe.skipIf(Boolean(neo4jSkip))("Neo4j console guards on the live server", () => {
  let store: Neo4jStore;
  let driver: Driver;
  const options = () => neo4jOptions(loadConfig());

  /** Everything a refused query could have touched: counts, every node and property, the schema. */
  async function snapshot() {
    const r = store.runner;
    return {
      stats: await store.stats(),
      nodes: await r.read("MATCH (n) RETURN n.id AS id, labels(n) AS l, properties(n) AS p ORDER BY id"),
      rels: await r.read("MATCH ()-[c]->() RETURN type(c) AS t, properties(c) AS p ORDER BY t, c.id, p.count"),
      indexes: await r.read("SHOW INDEXES YIELD name RETURN name ORDER BY name"),
      constraints: await r.read("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name"),
    };
  }

  beforeAll(async () => {
    store = await openNeo4jStore(options());
    await store.clear();
    await store.upsertArticle(articleA());
    await store.upsertArticle(articleB());
    const o = options();
    driver = neo4j.driver(o.uri, neo4j.auth.basic(o.user, o.password));
  });
  afterAll(async () => {
    await store?.close();
    await driver?.close();
  });

  it("covers the 13 kinds of write the console refuses on Grafeo", () => {
    expect(WRITES.map(([what]) => what).sort()).toEqual(Object.keys(WHY).sort());
    expect(WRITES).toHaveLength(13);
  });

  it.each(WRITES)("the EXPLAIN check refuses %s, and the store is unchanged", async (what, query) => {
    const before = await snapshot();
    const err = await store.runUserQuery(query, {}, OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryRefused);
    // The reason is the pre-check's (query type or plan), not the READ session's access-mode error after it.
    expect((err as Error).message).toMatch(WHY[what] as RegExp);
    expect(await snapshot()).toEqual(before);
  });

  it("behind the check, the READ session refuses a write by itself", async () => {
    const before = await snapshot();
    const err = await store.runner.read("CREATE (:Entity {id: 'x'}) RETURN 1").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KgxError);
    expect((err as Error).message).toMatch(/AccessMode/);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS is not allowed/],
    ["SHOW TRANSACTIONS", /SHOW TRANSACTIONS is not allowed/],
    ["SHOW SETTINGS YIELD name RETURN name", /SHOW SETTINGS is not allowed/],
  ])("refuses %s, which Neo4j's EXPLAIN calls a read", async (query, why) => {
    await expect(store.runUserQuery(query, {}, OPTS)).rejects.toThrow(why);
  });

  it.each([
    ["MATCH (n:Entity)\nRETURN n.name AS x,, 1", 2, 20],
    ["MATCH (n:Entity RETURN n", 1, 17],
    ["MATCH (n)\nWHERE n.id = 'x'\n  RETURN n ORDER BY", 3, 20],
  ])("a syntax error in %j carries Neo4j's own line and column", async (query, line, column) => {
    // What Neo4j reports for the bare query, without the EXPLAIN line kgx puts before it.
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const raw = await session.run(query).catch((e: Error) => e);
    await session.close();
    expect((raw as Error).message).toContain(`line ${line}, column ${column}`);
    const err = await store.runUserQuery(query, {}, OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryRefused);
    expect(err).toMatchObject({ line, column });
    expect((err as Error).message).toContain(`(line ${line}, column ${column})`);
  });

  it("ends a runaway query through the transaction timeout, on the server, and keeps answering", async () => {
    const slow =
      "MATCH (a), (b), (c), (d), (e), (f), (g), (h) WHERE a.id + b.id + c.id + d.id <> 'runaway-42' RETURN count(*) AS n";
    const started = performance.now();
    const err = await store.runUserQuery(slow, {}, { ...OPTS, timeoutMs: 800 }).catch((e: unknown) => e);
    const ms = performance.now() - started;
    expect(err).toBeInstanceOf(QueryTimeout);
    // The server's TransactionTimedOut, not the client-side deadline (which says "of 800 ms", a second later).
    expect((err as Error).message).toBe("query: ran past its time limit and was stopped");
    expect(ms).toBeGreaterThanOrEqual(700);
    expect(ms).toBeLessThan(1_800);
    const session = driver.session();
    try {
      const running = await session.run("SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery");
      expect(running.records.map((r) => String(r.get("currentQuery")))).not.toContainEqual(
        expect.stringContaining("runaway-42"),
      );
    } finally {
      await session.close();
    }
    expect((await store.stats()).articles).toBe(2);
    expect((await store.runUserQuery("RETURN 1 AS one", {}, OPTS)).rows).toEqual([[1]]);
  });

  it("caps rows at the limit and says so, and does not when the rows fit", async () => {
    const q = "UNWIND range(1, 20000) AS i RETURN i";
    const capped = await store.runUserQuery(q, {}, OPTS);
    expect(capped.rows).toHaveLength(5_000);
    expect(capped.rows.at(-1)).toEqual([5_000]);
    expect(capped.truncated).toBe(true);
    const all = await store.runUserQuery(q, {}, { ...OPTS, maxRows: 20_000 });
    expect(all.rows).toHaveLength(20_000);
    expect(all.truncated).toBe(false);
  });

  it("a wrong password gives StoreUnavailable naming the URI and the credentials", async () => {
    const err = await openNeo4jStore({ ...options(), password: "not-the-password" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreUnavailable);
    expect((err as Error).message).toContain(NEO4J_URI);
    expect((err as Error).message).toMatch(/refused the credentials \(NEO4J_USER\/NEO4J_PASSWORD\)/);
  });
});

describeNeo4jPresence("Neo4j console guards");
