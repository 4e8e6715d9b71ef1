// Builds the Neo4j GraphStore: the shared Cypher store over a Neo4j runner, with the
// constraints and indexes of cypher/schema.cypher applied on start.
import { CypherGraphStore } from "../cypher-graph-store.ts";
import { neo4jSchemaStatements } from "./neo4j-schema.ts";
import { Neo4jRunner, type Neo4jSettings } from "./neo4j-runner.ts";

export type { Neo4jSettings } from "./neo4j-runner.ts";

/** Empties the database: for tests against a scratch server only. */
export const CLEAR_ALL = "MATCH (n) DETACH DELETE n";

export interface Neo4jStoreOptions extends Neo4jSettings {
  /** Rows per UNWIND batch when writing an article (default 1000). */
  batchSize?: number;
}

export class Neo4jStore extends CypherGraphStore {
  constructor(
    readonly runner: Neo4jRunner,
    batchSize = 1000,
  ) {
    super(runner, batchSize);
  }

  override async init(): Promise<void> {
    for (const stmt of neo4jSchemaStatements()) await this.runner.write((tx) => tx.run(stmt));
  }

  /** Deletes every node and relationship in the database (for tests against a scratch server). */
  async clear(): Promise<void> {
    await this.runner.write((tx) => tx.run(CLEAR_ALL));
  }
}

/** Connects (StoreUnavailable naming the URI within a few seconds if it cannot) and applies the schema. */
export async function openNeo4jStore(opts: Neo4jStoreOptions): Promise<Neo4jStore> {
  const { batchSize, ...settings } = opts;
  const runner = Neo4jRunner.connect(settings);
  try {
    await runner.verify();
    const store = new Neo4jStore(runner, batchSize);
    await store.init();
    return store;
  } catch (err) {
    await runner.close().catch(() => undefined);
    throw err;
  }
}
