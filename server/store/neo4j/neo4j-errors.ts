// Maps neo4j-driver errors to kgx's typed errors, so no driver error leaves the adapter:
// unreachable or refusing server → StoreUnavailable, timeouts → QueryTimeout, bad Cypher → QueryRefused.
import neo4j, { Neo4jError } from "neo4j-driver";
import { KgxError, QueryRefused, QueryTimeout, StoreUnavailable } from "../../core/errors.ts";

const UNAVAILABLE = new Set<string>([neo4j.error.SERVICE_UNAVAILABLE, neo4j.error.SESSION_EXPIRED]);

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? "").trim();
}

/** True when the error means the server is down, unreachable or refusing us (not the query's fault). */
export function isUnavailable(err: unknown): boolean {
  if (!(err instanceof Neo4jError)) return false;
  return (
    UNAVAILABLE.has(err.code) ||
    err.code.startsWith("Neo.ClientError.Security.") ||
    err.code === "Neo.ClientError.Database.DatabaseNotFound" ||
    err.code === "Neo.TransientError.General.DatabaseUnavailable"
  );
}

export function isTimeout(err: unknown): boolean {
  return err instanceof Neo4jError && /TransactionTimedOut|Transaction\.Terminated|LockClientStopped/.test(err.code);
}

export function unavailable(uri: string, err: unknown): StoreUnavailable {
  const msg = err instanceof Error ? firstLine(err.message) : String(err);
  const code = err instanceof Neo4jError ? err.code : "";
  if (code.startsWith("Neo.ClientError.Security.")) {
    return new StoreUnavailable(`store: Neo4j at ${uri} refused the credentials (NEO4J_USER/NEO4J_PASSWORD): ${msg}`);
  }
  return new StoreUnavailable(`store: cannot reach Neo4j at ${uri}: ${msg}`);
}

/** Any error from the driver as a kgx error; kgx errors pass through unchanged. */
export function toKgxError(err: unknown, uri: string): Error {
  if (err instanceof KgxError) return err;
  if (isUnavailable(err)) return unavailable(uri, err);
  if (isTimeout(err)) return new QueryTimeout("store: the Neo4j transaction ran past its time limit");
  if (err instanceof Neo4jError) return new KgxError(`store: Neo4j ${err.code}: ${firstLine(err.message)}`);
  if (err instanceof Error) return new KgxError(`store: Neo4j: ${firstLine(err.message)}`);
  return new KgxError(`store: Neo4j: ${String(err)}`);
}

const POSITION = /\s*\(line \d+, column \d+ \(offset: \d+\)\)/;

export interface Position {
  line: number;
  column: number;
}

/** Where Neo4j says a query went wrong: the GQL diagnostic record, else "(line L, column C" in the message. */
export function errorPosition(err: unknown): Position | undefined {
  if (!(err instanceof Neo4jError)) return undefined;
  const pos = err.diagnosticRecord?._position;
  if (pos && Number(pos.line) > 0) return { line: Number(pos.line), column: Number(pos.column) };
  const m = /\(line (\d+), column (\d+)/.exec(err.message);
  return m ? { line: Number(m[1]), column: Number(m[2]) } : undefined;
}

/**
 * A user query the server rejected, as QueryRefused. The query was sent after `prefixLines`
 * lines of our own (the "EXPLAIN" line); positions past them are moved back onto the user's text.
 */
export function refused(err: unknown, prefixLines: number): QueryRefused {
  const msg = (err instanceof Error ? firstLine(err.message) : String(err)).replace(POSITION, "");
  const pos = errorPosition(err);
  if (!pos) return new QueryRefused(`query: ${msg}`);
  const line = pos.line > prefixLines ? pos.line - prefixLines : pos.line;
  return new QueryRefused(`query: ${msg} (line ${line}, column ${pos.column})`, line, pos.column);
}
