// Runs the GraphStore contract (and the user-query contract) on Neo4j when NEO4J_URI is set,
// e.g. `docker compose up -d neo4j` then NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=kgx-password.
// Every test starts from an empty database (community edition has one database: it is wiped).
import { describe, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { neo4jOptions, openNeo4jStore } from "../../server/store/neo4j/index.ts";
import { describeCorrections } from "./corrections-contract.ts";
import { describeGraphStore } from "./graph-store-contract.ts";
import { describeUserQueries } from "./user-query-contract.ts";

const uri = process.env.NEO4J_URI;
const skip = uri ? undefined : "NEO4J_URI is not set (no Neo4j server to test against)";

async function freshStore() {
  const store = await openNeo4jStore({ ...neo4jOptions(loadConfig()), batchSize: 2 });
  await store.clear();
  return store;
}

describeGraphStore("neo4j", freshStore, skip);
describeCorrections("neo4j", freshStore, skip);
describeUserQueries("neo4j", freshStore, { canKill: true, ...(skip ? { skip } : {}) });

describe.runIf(Boolean(skip))("Neo4j contract", () => {
  it.skip(`skipped: ${skip}`, () => undefined);
});
