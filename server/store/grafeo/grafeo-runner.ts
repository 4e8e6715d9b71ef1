// The embedded adapter: runs the store's Cypher on a Grafeo database file, one handle
// per process, each article in one transaction. Nothing of @grafeo-db/js leaves this folder.
import fs from "node:fs";
import path from "node:path";
import grafeo from "@grafeo-db/js";
import { QueryTimeout, StoreUnavailable } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import type { CypherRunner, CypherTx, Row } from "../cypher-runner.ts";
import { hostError, wireError } from "./host-faults.ts";
import { runUserQuery } from "./user-query.ts";
import { plain, type Db } from "./values.ts";

/** Disk faults (full, read-only) as StoreUnavailable with the engine's reason; other errors unchanged. */
function storeFault(err: unknown): unknown {
  const w = wireError(err);
  return w.name === "StoreUnavailable" && !(err instanceof StoreUnavailable) ? hostError(w) : err;
}

function rowsOf(result: { toArray(): Array<Record<string, unknown>> }): Row[] {
  return result.toArray().map((r) => plain(r) as Row);
}

export class GrafeoRunner implements CypherRunner {
  private constructor(
    readonly db: Db,
    readonly location: string | null,
  ) {}

  /** Opens (or creates) the database at `file`; `null` gives an in-memory database. */
  static open(file: string | null, opts: { readOnly?: boolean } = {}): GrafeoRunner {
    try {
      if (file === null) return new GrafeoRunner(grafeo.GrafeoDB.create(), null);
      // A snapshot for analyst queries: a shared lock, and every write refused by the engine.
      if (opts.readOnly) return new GrafeoRunner(grafeo.GrafeoDB.openReadOnly(file), file);
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      const db = fs.existsSync(file) ? grafeo.GrafeoDB.open(file) : grafeo.GrafeoDB.create(file);
      return new GrafeoRunner(db, file);
    } catch (err) {
      const msg = err instanceof Error ? err.message.split("\n")[0] : String(err);
      const busy = /lock|in use|busy|resource temporarily/i.test(msg ?? "");
      throw new StoreUnavailable(
        busy
          ? `store: the database ${file} is in use by another kgx process (${msg})`
          : `store: cannot open the database ${file ?? "(memory)"}: ${msg}`,
      );
    }
  }

  async read(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    try {
      return rowsOf(await this.db.executeCypher(query, params));
    } catch (err) {
      throw storeFault(err);
    }
  }

  async write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const tx = this.db.beginTransaction();
    try {
      const result = await work({ run: async (q, p = {}) => rowsOf(await tx.executeCypher(q, p)) });
      tx.commit();
      return result;
    } catch (err) {
      if (tx.isActive) tx.rollback();
      throw storeFault(err);
    }
  }

  /**
   * In-process, a query past its time limit is answered with QueryTimeout but keeps running
   * in the engine until the process ends: right for the one-shot CLI. The server uses
   * GrafeoHostRunner, which kills the query's process.
   */
  userQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QueryTimeout(`query: stopped after ${opts.timeoutMs} ms`)), opts.timeoutMs);
    });
    return Promise.race([runUserQuery(this.db, query, params, opts), limit]).finally(() => clearTimeout(timer));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
