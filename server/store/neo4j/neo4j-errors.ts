// Maps neo4j-driver errors to kgx's typed errors, so no driver error leaves the adapter:
// unreachable or refusing server → StoreUnavailable, timeouts → QueryTimeout, bad Cypher → QueryRefused.
import neo4j, { Neo4jError } from "neo4j-driver";
import { KgxError, QueryRefused, QueryTimeout, StoreUnavailable, TransactionTooLarge } from "../../core/errors.ts";

const UNAVAILABLE = new Set<string>([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);
/** The driver's own messages (code N/A) when it cannot get a connection in time. */
const NO_CONNECTION = /^(Connection acquisition timed out|Failed to establish connection|Pool is closed)/;

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").trim();
}

/** True when the error means the server is down, unreachable or refusing us (not the query's fault). */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(err.code) ||
    NO_CONNECTION.test(err.message) ||
    err.code.startsWith("Neo.ClientError.Security.") ||
    err.code === "Neo.ClientError.Database.DatabaseNotFound" ||
    err.code === "Neo.TransientError.General.DatabaseUnavailable"
  );
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(err.code);
}

/**
 * Neo4j ran short of memory for a transaction: it outgrew db.memory.transaction.max, the pool of
 * db.memory.transaction.total.max (shared with the server's other transactions), or the heap.
 */
export function isOutOfMemory(err: unknown): err is Neo4jError {
  return (
    err instanceof Neo4jError &&
    (err.code === "Neo.ClientError.General.TransactionOutOfMemoryError" ||
      err.code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError" ||
      err.code === "Neo.TransientError.General.OutOfMemoryError")
  );
}

export function unavailable(uri: string, err: unknown): StoreUnavailable {
  const msg = (err instanceof Error ? firstLine(err.message) : String(err)).replace(/\. Pool status:.*$/, "");
  const code = err instanceof Neo4jError ? err.code : "";
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new StoreUnavailable(`store: Neo4j at ${uri} refused the credentials (NEO4J_USER/NEO4J_PASSWORD): ${msg}`);
  }
  return new StoreUnavailable(`store: cannot reach Neo4j at ${uri}: ${msg}`);
}

/**
 * Any error from the driver as a kgx error; kgx errors pass through unchanged. Out of memory, a write is
 * TransactionTooLarge (kgx import splits it); a read, StoreUnavailable (busy: retry).
 */
export function toKgxError(err: unknown, uri: string, kind: "read" | "write" = "read"): Error {
  if (err instanceof KgxError) return err;
  if (isUnavailable(err)) return unavailable(uri, err);
  if (isTimeout(err)) return new QueryTimeout("store: the Neo4j transaction ran past its time limit");
  if (isOutOfMemory(err)) {
    const why = `(${err.code}): ${firstLine(err.message)}`;
    return kind === "write"
      ? new TransactionTooLarge(`store: Neo4j refused the write for its size ${why}`)
      : new StoreUnavailable(`store: Neo4j at ${uri} is short of transaction memory, retry later ${why}`);
  }
  if (err instanceof Neo4jError) return new KgxError(`store: Neo4j ${err.code}: ${firstLine(err.message)}`);
  if (err instanceof Error) return new KgxError(`store: Neo4j: ${firstLine(err.message)}`);
  return new KgxError(`store: Neo4j: ${String(err)}`);
}

const POSITION = /\s*\(line \d+, column \d+ \(offset: \d+\)\)/;

export interface Position {
  line: number;
  column: number;
  offset?: number;
}

/** Where Neo4j says a query went wrong: the GQL diagnostic record, else "(line L, column C (offset: O))". */
export function errorPosition(err: unknown): Position | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const pos = err.diagnosticRecord?._position;
  if (pos && Number(pos.line) > 0) {
    return { line: Number(pos.line), column: Number(pos.column), offset: Number(pos.offset) };
  }
  const m = /\(line (\d+), column (\d+)(?: \(offset: (\d+)\))?/.exec(err.message);
  if (!m) return undefined;
  return { line: Number(m[1]), column: Number(m[2]), ...(m[3] ? { offset: Number(m[3]) } : {}) };
}

/** 1-based line and column of a 0-based offset in `text`. */
export function lineColumn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - (before.lastIndexOf("\n") + 1) + 1, offset };
}

/**
 * Moves a position Neo4j reported for `prefix + query` onto the user's `query`. Neo4j may count
 * from the start of the whole text or of the statement after EXPLAIN: the offset tells which.
 */
export function userPosition(pos: Position, prefix: string, query: string): Position {
  const prefixLines = prefix.split("\n").length - 1;
  if (pos.offset !== undefined) {
    const whole = lineColumn(prefix + query, pos.offset);
    if (pos.offset >= prefix.length && whole.line === pos.line && whole.column === pos.column) {
      return lineColumn(query, pos.offset - prefix.length);
    }
    const own = lineColumn(query, pos.offset);
    if (own.line === pos.line && own.column === pos.column) return own;
  }
  return { line: pos.line > prefixLines ? pos.line - prefixLines : pos.line, column: pos.column };
}

/** A user query the server rejected, as QueryRefused, its position moved onto the user's text. */
export function refused(err: unknown, prefix: string, query: string): QueryRefused {
  const msg = (err instanceof Error ? firstLine(err.message) : String(err)).replace(POSITION, "");
  const pos = errorPosition(err);
  if (!pos) return new QueryRefused(`query: ${msg}`);
  const { line, column } = userPosition(pos, prefix, query);
  return new QueryRefused(`query: ${msg} (line ${line}, column ${column})`, line, column);
}
