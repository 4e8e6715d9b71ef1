// describeUserQueries(createStore): the Cypher console's safety rules every store must
// keep — writes refused with the store unchanged, errors with line and column, rows
// capped, and (where the runner can kill a query) a time limit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { QueryRefused, QueryTimeout } from "../../server/core/errors.ts";
import type { GraphStore } from "../../server/core/ports.ts";
import { articleA, articleB, NK, US } from "../fixtures/small-graph.ts";

const OPTS = { timeoutMs: 10_000, maxRows: 5_000 };

export const WRITES: Array<[string, string]> = [
  ["CREATE", "CREATE (:Entity {id: 'x'}) RETURN 1"],
  ["MERGE", "MERGE (e:Entity {id: 'state:north-korea'}) RETURN e"],
  ["SET", "MATCH (e:Entity) SET e.name = 'hacked' RETURN count(e)"],
  ["DELETE", "MATCH (:Entity)-[c:CONDEMNED]->(:Entity) DELETE c"],
  ["DETACH DELETE", "MATCH (e:Entity) DETACH DELETE e"],
  ["REMOVE", "MATCH (e:Entity) REMOVE e.name RETURN count(e)"],
  ["LOAD CSV", "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row"],
  ["CREATE INDEX", "CREATE INDEX x_idx IF NOT EXISTS FOR (n:Entity) ON (n.name)"],
  ["DROP INDEX", "DROP INDEX entity_id"],
  ["CREATE CONSTRAINT", "CREATE CONSTRAINT x_c IF NOT EXISTS FOR (n:Entity) REQUIRE n.name IS UNIQUE"],
  ["a writing procedure", "CALL db.createLabel('Hacked')"],
  ["a write after WITH", "MATCH (e:Entity) WITH e LIMIT 1 CREATE (:Entity {id: 'y'}) RETURN 1"],
  ["a write inside a subquery", "MATCH (e:Entity) CALL { WITH e SET e.mentions = 0 } RETURN count(*)"],
];

export function describeUserQueries(
  name: string,
  createStore: () => Promise<GraphStore>,
  opts: { canKill: boolean; skip?: string },
): void {
  describe.skipIf(Boolean(opts.skip))(`user Cypher: ${name}${opts.skip ? ` (skipped: ${opts.skip})` : ""}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await createStore();
      await store.upsertArticle(articleA());
      await store.upsertArticle(articleB());
    });
    afterEach(async () => {
      await store.close();
    });

    it("returns columns, rows and the graph of nodes and relationships in them", async () => {
      const r = await store.runUserQuery(
        "MATCH (s:Entity)-[c:CONDEMNED]->(t:Entity {id: $id}) RETURN s, c, t.name AS target",
        { id: NK.id },
        OPTS,
      );
      expect(r.columns).toEqual(["s", "c", "target"]);
      expect(r.rows).toHaveLength(2);
      expect(r.rows[0]?.[2]).toBe("North Korea");
      expect(r.graph.nodes.map((n) => n.id)).toEqual([US.id]);
      expect(r.graph.nodes[0]?.labels.sort()).toEqual(["Entity", "State"]);
      expect(r.graph.edges).toHaveLength(0);
      expect(r.truncated).toBe(false);
    });

    it("draws relationships whose ends are in the result, and paths", async () => {
      const r = await store.runUserQuery("MATCH p = (s:Entity)-[:CONDEMNED]->(t:Entity) RETURN p", {}, OPTS);
      expect(r.graph.nodes.map((n) => n.properties.name).sort()).toEqual(["North Korea", "United States"]);
      expect(r.graph.edges.map((e) => e.type)).toEqual(["CONDEMNED", "CONDEMNED"]);
      expect(r.graph.edges[0]).toMatchObject({ source: US.id, target: NK.id });
    });

    it.each(WRITES)("refuses %s and leaves the store unchanged", async (_what, query) => {
      const before = await store.stats();
      const names = await store.runUserQuery("MATCH (e:Entity) RETURN e.name AS n ORDER BY n", {}, OPTS);
      await expect(store.runUserQuery(query, {}, OPTS)).rejects.toBeInstanceOf(QueryRefused);
      expect(await store.stats()).toEqual(before);
      expect(await store.runUserQuery("MATCH (e:Entity) RETURN e.name AS n ORDER BY n", {}, OPTS)).toMatchObject({
        rows: names.rows,
      });
    });

    it("answers a syntax error with the engine's message, line and column", async () => {
      const err = await store.runUserQuery("MATCH (n:Entity)\nRETURN n.name AS x,, 1", {}, OPTS).catch((e) => e);
      expect(err).toBeInstanceOf(QueryRefused);
      expect(err.line).toBe(2);
      expect(err.column).toBeGreaterThan(0);
    });

    it("caps rows and says so", async () => {
      const r = await store.runUserQuery("UNWIND range(1, 50) AS i RETURN i", {}, { ...OPTS, maxRows: 10 });
      expect(r.rows).toHaveLength(10);
      expect(r.truncated).toBe(true);
    });

    it.skipIf(!opts.canKill)("ends a query past the time limit, then keeps answering", async () => {
      // The filter makes every row of the product count (Neo4j answers a bare count(*) from its counts store).
      const slow =
        "MATCH (a), (b), (c), (d), (e), (f), (g), (h) WHERE a.id + b.id + c.id + d.id <> '' RETURN count(*) AS n";
      const started = performance.now();
      await expect(store.runUserQuery(slow, {}, { ...OPTS, timeoutMs: 500 })).rejects.toBeInstanceOf(QueryTimeout);
      expect(performance.now() - started).toBeLessThan(5_000);
      expect((await store.stats()).articles).toBe(2);
    });
  });
}
