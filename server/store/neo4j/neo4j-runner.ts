// The Neo4j runner: one neo4j-driver Driver per process, a session per unit of work closed in
// `finally`, executeRead / executeWrite, and plain values out. Nothing of the driver leaves this folder.
import neo4j, { type Driver, type QueryResult, type Session } from "neo4j-driver";
import { StoreUnavailable } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import type { CypherRunner, CypherTx, Row } from "../cypher-runner.ts";
import { toKgxError, unavailable } from "./neo4j-errors.ts";
import { runNeo4jUserQuery } from "./neo4j-user-query.ts";
import { toParams, toPlain } from "./neo4j-values.ts";

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How long opening may take before the server counts as unreachable (default 4,500 ms). */
  connectTimeoutMs?: number;
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

function params(p: Record<string, unknown> = {}): Record<string, unknown> {
  return toParams(p) as Record<string, unknown>;
}

export class Neo4jRunner implements CypherRunner {
  private constructor(
    private readonly driver: Driver,
    readonly settings: Readonly<Neo4jSettings>,
  ) {}

  /** Creates the process's driver; it connects lazily, so call verify() before relying on it. */
  static connect(settings: Neo4jSettings): Neo4jRunner {
    const timeout = settings.connectTimeoutMs ?? 4_500;
    try {
      const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
        disableLosslessIntegers: true,
        connectionTimeout: timeout,
        connectionAcquisitionTimeout: Math.max(timeout * 2, 10_000),
        maxTransactionRetryTime: 15_000,
        userAgent: "kgx",
      });
      return new Neo4jRunner(driver, { ...settings, connectTimeoutMs: timeout });
    } catch (err) {
      const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
      throw new StoreUnavailable(`store: cannot use NEO4J_URI ${settings.uri}: ${msg}`);
    }
  }

  /** Connects and authenticates once, failing fast (StoreUnavailable naming the URI) when it cannot. */
  async verify(): Promise<void> {
    const { uri, database, connectTimeoutMs = 4_500 } = this.settings;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const slow = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new StoreUnavailable(`store: cannot reach Neo4j at ${uri}: no answer in ${connectTimeoutMs} ms`)),
        connectTimeoutMs,
      );
    });
    const check = this.driver.verifyConnectivity({ database });
    check.catch(() => undefined);
    try {
      await Promise.race([check, slow]);
    } catch (err) {
      throw err instanceof StoreUnavailable ? err : unavailable(uri, err);
    } finally {
      clearTimeout(timer);
    }
  }

  private session(mode: "READ" | "WRITE"): Session {
    return this.driver.session({ database: this.settings.database, defaultAccessMode: neo4j.session[mode] });
  }

  async read(query: string, p?: Record<string, unknown>): Promise<Row[]> {
    const session = this.session("READ");
    try {
      return await session.executeRead(async (tx) => rowsOf(await tx.run(query, params(p))));
    } catch (err) {
      throw toKgxError(err, this.settings.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const session = this.session("WRITE");
    try {
      return await session.executeWrite((tx) =>
        work({ pipelined: true, run: async (q, p) => rowsOf(await tx.run(q, params(p))) }),
      );
    } catch (err) {
      throw toKgxError(err, this.settings.uri);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  userQuery(query: string, p: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    return runNeo4jUserQuery(this.driver, this.settings, query, p, opts);
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
