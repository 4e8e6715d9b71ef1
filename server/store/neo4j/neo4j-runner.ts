// The Neo4j runner: one neo4j-driver Driver per process, a session per unit of work closed in
// `finally`, executeRead / executeWrite, and plain values out. Nothing of the driver leaves this folder.
import neo4j, { type Driver, type QueryResult, type Session } from "neo4j-driver";
import { StoreUnavailable } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import type { CypherRunner, CypherTx, Row } from "../cypher-runner.ts";
import { toKgxError, unavailable } from "./neo4j-errors.ts";
import { Neo4jGuard } from "./neo4j-guard.ts";
import { runNeo4jUserQuery } from "./neo4j-user-query.ts";
import { toParams, toPlain } from "./neo4j-values.ts";

/** KGX_NEO4J_TIMEOUT_MS's default: a call without an answer this long probes the server. */
export const NEO4J_TIMEOUT_MS = 6_000;

export interface Neo4jSettings {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** How long opening may take before the server counts as unreachable (default 4,500 ms). */
  connectTimeoutMs?: number;
  /**
   * How long a call may go without an answer before the server is probed on a fresh connection (at most
   * half as long); when that fails too, StoreUnavailable (default NEO4J_TIMEOUT_MS).
   */
  timeoutMs?: number;
}

function rowsOf(result: QueryResult): Row[] {
  return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), toPlain(r.get(k))])));
}

function params(p: Record<string, unknown> = {}): Record<string, unknown> {
  return toParams(p) as Record<string, unknown>;
}

function createDriver(s: Readonly<Required<Neo4jSettings>>): Driver {
  return neo4j.driver(s.uri, neo4j.auth.basic(s.user, s.password), {
    disableLosslessIntegers: true,
    connectionTimeout: Math.min(s.connectTimeoutMs, s.timeoutMs),
    // A connection that cannot be had (a server that accepts and never answers) and the driver's retries of
    // transient errors (deadlocks, a leader switch, a refused connection) both end within the deadline.
    connectionAcquisitionTimeout: s.timeoutMs,
    maxTransactionRetryTime: s.timeoutMs,
    userAgent: "kgx",
  });
}

/** Closes a driver without waiting on connections that may never answer. */
function closeSoon(driver: Driver, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  return Promise.race([driver.close().catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

export class Neo4jRunner implements CypherRunner {
  private readonly guard: Neo4jGuard;

  private constructor(
    private driver: Driver,
    readonly settings: Readonly<Required<Neo4jSettings>>,
  ) {
    const probeMs = Math.max(Math.round(settings.timeoutMs / 2), 500);
    this.guard = new Neo4jGuard({
      uri: settings.uri,
      timeoutMs: settings.timeoutMs,
      probeMs,
      onDown: () => this.reset(),
    });
  }

  /** Creates the process's driver; it connects lazily, so call verify() before relying on it. */
  static connect(settings: Neo4jSettings): Neo4jRunner {
    const full = { connectTimeoutMs: 4_500, timeoutMs: NEO4J_TIMEOUT_MS, ...settings };
    try {
      return new Neo4jRunner(createDriver(full), full);
    } catch (err) {
      const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
      throw new StoreUnavailable(`store: cannot use NEO4J_URI ${settings.uri}: ${msg}`);
    }
  }

  /**
   * The server was found unreachable: a new driver (its pool empty) replaces this one, so connections
   * that went silent are never handed out again; the old one is closed without waiting on them.
   */
  private reset(): void {
    const old = this.driver;
    this.driver = createDriver(this.settings);
    void closeSoon(old, this.settings.timeoutMs);
  }

  /** Connects and authenticates once, failing fast (StoreUnavailable naming the URI) when it cannot. */
  async verify(): Promise<void> {
    const { uri, database, connectTimeoutMs } = this.settings;
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

  read(query: string, p?: Record<string, unknown>): Promise<Row[]> {
    return this.guard.run(async () => {
      const session = this.session("READ");
      try {
        return await session.executeRead(async (tx) => rowsOf(await tx.run(query, params(p))));
      } catch (err) {
        throw toKgxError(err, this.settings.uri);
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    return this.guard.run(async (signal) => {
      const session = this.session("WRITE");
      // A write given up (kgx answered 503) runs no further statement and does not commit: Neo4j rolls it back.
      const live = () => {
        if (signal.aborted)
          throw new StoreUnavailable(`store: the write to Neo4j at ${this.settings.uri} was given up`);
      };
      try {
        return await session.executeWrite(async (tx) => {
          const out = await work({
            pipelined: true,
            run: async (q, p) => {
              live();
              return rowsOf(await tx.run(q, params(p)));
            },
          });
          live();
          return out;
        });
      } catch (err) {
        throw toKgxError(err, this.settings.uri, "write");
      } finally {
        await session.close().catch(() => undefined);
      }
    });
  }

  userQuery(query: string, p: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    return this.guard.run(() => runNeo4jUserQuery(this.driver, this.settings, query, p, opts));
  }

  /** Closes the driver; a server that stopped answering holds this up for one second at most. */
  async close(): Promise<void> {
    await closeSoon(this.driver, 1_000);
  }
}
