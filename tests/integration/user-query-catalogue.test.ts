// Refused "read-only" queries leave nothing behind: Grafeo's catalogue (labels, relationship
// types, property keys) and the data are the same after every refused query, also after the
// store is closed and reopened (the catalogue is not rolled back with a transaction).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryRefused } from "../../server/core/errors.ts";
import type { GraphStore } from "../../server/core/ports.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { WRITES } from "../contract/user-query-contract.ts";
import { articleA, articleB } from "../fixtures/small-graph.ts";

const OPTS = { timeoutMs: 10_000, maxRows: 5_000 };

/** Writes that a deny-list of write operators let through, or that touch only the catalogue. */
export const SNEAKY: Array<[string, string]> = [
  ["a label after WITH … LIMIT", "MATCH (n:Entity) WITH n LIMIT 1 SET n:Pwned"],
  ["a label in a subquery", "MATCH (e:Entity) WITH e LIMIT 1 CALL { WITH e SET e:Pwned2 }"],
  [
    "a label then a read in a UNION",
    "MATCH (e:Entity) WITH e LIMIT 1 SET e:Pwned3 RETURN e UNION MATCH (e:Entity) RETURN e",
  ],
  ["a label removed", "MATCH (n:Entity) WITH n LIMIT 1 REMOVE n:Entity RETURN n"],
  ["a map merged into properties", "MATCH (n:Entity) WITH n LIMIT 1 SET n += {pwnedKey: 1}"],
  ["a new relationship type", "MATCH (n:Entity) WITH n LIMIT 1 CREATE (n)-[:PWNED_TYPE]->(n)"],
  ["FOREACH", "FOREACH (x IN [1] | CREATE (:PwnedForeach {pwnedProp: x}))"],
];

async function catalogue(store: GraphStore) {
  const col = async (q: string) => (await store.runUserQuery(q, {}, OPTS)).rows.map((r) => String(r[0])).sort();
  return {
    labels: await col("CALL db.labels() YIELD label RETURN label"),
    types: await col("CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType"),
    keys: await col("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey"),
    stats: await store.stats(),
  };
}

let dir: string;
let file: string;
let store: GraphStore;
let before: Awaited<ReturnType<typeof catalogue>>;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-catalogue-"));
  file = path.join(dir, "kgx.grafeo");
  store = await openGrafeoStore(file, { isolated: true });
  await store.upsertArticle(articleA());
  await store.upsertArticle(articleB());
  before = await catalogue(store);
});
afterAll(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("refused queries leave Grafeo's catalogue unchanged", () => {
  it.each([...WRITES, ...SNEAKY])("%s is refused and changes nothing", async (_name, query) => {
    await expect(store.runUserQuery(query, {}, OPTS)).rejects.toBeInstanceOf(QueryRefused);
    expect(await catalogue(store)).toEqual(before);
  });

  it.each([
    ["an unknown label", "MATCH (n:JunkLabel) RETURN n"],
    ["an unknown type", "MATCH ()-[r:JUNK_TYPE]->() RETURN r"],
    ["an unknown key", "MATCH (n:Entity) WHERE n.junkKey = 1 RETURN n"],
  ])("a read naming %s adds nothing to the catalogue", async (_name, query) => {
    await store.runUserQuery(query, {}, OPTS);
    expect(await catalogue(store)).toEqual(before);
  });

  it("still has the same catalogue after the store is reopened", async () => {
    await store.close();
    store = await openGrafeoStore(file, { isolated: true });
    const after = await catalogue(store);
    expect(after.labels).not.toContain("Pwned");
    expect(after).toEqual(before);
  });
});
