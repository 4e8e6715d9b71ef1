// Runs the bulk import contract on the Neo4j server at NEO4J_URI (wiped before each store), batches of 50 rows.
import { loadConfig } from "../../server/config.ts";
import { neo4jOptions, openNeo4jStore } from "../../server/store/neo4j/index.ts";
import { describeNeo4jPresence, neo4jSkip } from "../support/neo4j-env.ts";
import { describeBulkImport } from "./bulk-import-contract.ts";

async function freshStore() {
  const store = await openNeo4jStore({ ...neo4jOptions(loadConfig()), batchSize: 50 });
  await store.clear();
  return store;
}

// Neo4j refuses a map as a property value inside the transaction (a function would break the Bolt connection).
describeBulkImport("neo4j", freshStore, {
  ...(neo4jSkip ? { skip: neo4jSkip } : {}),
  badValue: { nested: { map: 1 } },
  capitalPublisher: false,
});
describeNeo4jPresence("Neo4j bulk import contract");
