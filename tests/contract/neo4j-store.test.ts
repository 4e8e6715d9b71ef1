// Runs the GraphStore contract (and the user-query contract) on Neo4j when NEO4J_URI is set,
// e.g. `npm run neo4j -- start`; KGX_REQUIRE_NEO4J=1 turns the skip into a failure.
// Every test starts from an empty database (community edition has one database: it is wiped).
import { loadConfig } from "../../server/config.ts";
import { neo4jOptions, openNeo4jStore } from "../../server/store/neo4j/index.ts";
import { describeNeo4jPresence, neo4jSkip } from "../support/neo4j-env.ts";
import { describeBatchWrites } from "./batch-contract.ts";
import { describeCorrections } from "./corrections-contract.ts";
import { describeGraphStore } from "./graph-store-contract.ts";
import { describeUserQueries } from "./user-query-contract.ts";

async function freshStore() {
  const store = await openNeo4jStore({ ...neo4jOptions(loadConfig()), batchSize: 2 });
  await store.clear();
  return store;
}

describeGraphStore("neo4j", freshStore, neo4jSkip);
describeCorrections("neo4j", freshStore, neo4jSkip);
describeBatchWrites("neo4j", freshStore, neo4jSkip);
describeUserQueries("neo4j", freshStore, { canKill: true, ...(neo4jSkip ? { skip: neo4jSkip } : {}) });
describeNeo4jPresence("Neo4j contract");
