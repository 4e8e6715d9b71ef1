// Builds the Neo4j GraphStore: the shared Cypher store over a Neo4j runner, with the
// constraints and indexes of cypher/schema.cypher applied on start.
import type { Config } from "../../config.ts";
import { KgxError } from "../../core/errors.ts";
import { CypherGraphStore } from "../cypher-graph-store.ts";
import { neo4jSchemaStatements } from "./neo4j-schema.ts";
import { Neo4jRunner, type Neo4jSettings } from "./neo4j-runner.ts";

export type { Neo4jSettings } from "./neo4j-runner.ts";

/** Empties the database: for tests against a scratch server only. */
/** clear()'s steps, each run until it deletes nothing: bounded transactions, within Neo4j's transaction memory. */
export const CLEAR_STEPS = [
  "MATCH ()-[r]->() WITH r LIMIT $n DELETE r RETURN count(*) AS n",
  "MATCH (x) WITH x LIMIT $n DETACH DELETE x RETURN count(*) AS n",
] as const;

export interface Neo4jStoreOptions extends Neo4jSettings {
  /** Rows per UNWIND batch when writing an article (default 1000). */
  batchSize?: number;
}

export type Neo4jConfig = Pick<
  Config,
  "NEO4J_URI" | "NEO4J_USER" | "NEO4J_PASSWORD" | "NEO4J_DATABASE" | "KGX_NEO4J_BATCH" | "KGX_NEO4J_TIMEOUT_MS"
>;

/** The store options from kgx's environment (KGX_STORE=neo4j needs NEO4J_URI). */
export function neo4jOptions(config: Partial<Neo4jConfig>): Neo4jStoreOptions {
  if (!config.NEO4J_URI) {
    throw new KgxError("config: KGX_STORE=neo4j needs NEO4J_URI, e.g. NEO4J_URI=bolt://localhost:7687");
  }
  return {
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER ?? "neo4j",
    password: config.NEO4J_PASSWORD ?? "neo4j",
    database: config.NEO4J_DATABASE ?? "neo4j",
    batchSize: config.KGX_NEO4J_BATCH ?? 1000,
    ...(config.KGX_NEO4J_TIMEOUT_MS ? { timeoutMs: config.KGX_NEO4J_TIMEOUT_MS } : {}),
  };
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

  /** Deletes every node and relationship in the database (for tests against a scratch server), 20,000 at a time. */
  async clear(): Promise<void> {
    for (const step of CLEAR_STEPS) {
      for (;;) {
        const [row] = await this.runner.write((tx) => tx.run(step, { n: 20_000 }));
        if (Number(row?.n ?? 0) === 0) break;
      }
    }
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
