// Analyst Cypher on Neo4j: a READ session, an EXPLAIN pre-check that lets only read queries (query type "r",
// no LOAD CSV or transaction commands) through, the transaction timeout plus a client-side deadline, a row cap.
import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { QueryRefused, QueryTimeout } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import { isTimeout, isUnavailable, refused, toKgxError, unavailable } from "./neo4j-errors.ts";
import { toCells, toParams, toPlain, unresolvedEnds } from "./neo4j-values.ts";

/** Sent before the analyst's query for the pre-check; its own line, so error lines shift by exactly one. */
export const EXPLAIN_PREFIX = "EXPLAIN\n";
/** Looks up the kgx ids of relationship ends that are not themselves in the result. */
export const ENDS_QUERY = "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS eid, n.id AS id";
/** How long past the server's own timeout the client waits before giving up on the transaction. */
const GRACE_MS = 1_000;

const KINDS: Record<string, string> = { w: "a write", rw: "a read-write query", s: "a schema change" };

/** Operators (Neo4j names them "Op@database") that EXPLAIN calls reads but the console refuses. */
const ADMIN_READS: Array<[RegExp, string]> = [
  [/^TerminateTransactions\b/, "TERMINATE TRANSACTIONS"],
  [/^ShowTransactions\b/, "SHOW TRANSACTIONS"],
  [/^ShowSettings\b/, "SHOW SETTINGS"],
];

interface PlanNode {
  operatorType?: string;
  children?: PlanNode[];
}

function planUses(plan: PlanNode | false | undefined, operator: RegExp): boolean {
  if (!plan) return false;
  return operator.test(plan.operatorType ?? "") || (plan.children ?? []).some((c) => planUses(c, operator));
}

function isQueryFault(err: unknown): boolean {
  return (
    err instanceof neo4j.Neo4jError && err.code.startsWith("Neo.ClientError.") && !isTimeout(err) && !isUnavailable(err)
  );
}

/** What a user query's failure means to the caller: refused, timed out, or the store gone. */
function userError(err: unknown, uri: string, query: string): Error {
  if (err instanceof QueryRefused || err instanceof QueryTimeout) return err;
  if (isUnavailable(err)) return unavailable(uri, err);
  if (isTimeout(err)) return new QueryTimeout("query: ran past its time limit and was stopped");
  if (isQueryFault(err)) return refused(err, "", query);
  return toKgxError(err, uri);
}

async function precheck(tx: ManagedTransaction, query: string, params: Record<string, unknown>): Promise<void> {
  const summary = await tx
    .run(EXPLAIN_PREFIX + query, params)
    .summary()
    .catch((err: unknown) => {
      throw isQueryFault(err) ? refused(err, EXPLAIN_PREFIX, query) : err;
    });
  const type = summary.queryType;
  if (type !== "r") throw new QueryRefused(`query: only read queries may run here; this is ${KINDS[type] ?? type}`);
  const plan = summary.plan as PlanNode | false;
  if (planUses(plan, /^LoadCSV\b/i)) throw new QueryRefused("query: LOAD CSV is not allowed");
  // Query type "r" on Neo4j, yet they end or reveal other sessions' work and the server's settings.
  const admin = ADMIN_READS.find(([op]) => planUses(plan, op));
  if (admin) throw new QueryRefused(`query: ${admin[1]} is not allowed here`);
}

async function consume(tx: ManagedTransaction, query: string, params: Record<string, unknown>, maxRows: number) {
  const result = tx.run(query, params);
  const columns = (await result.keys()).map(String);
  const rows: unknown[][] = [];
  let truncated = false;
  for await (const record of result) {
    if (rows.length >= maxRows) {
      truncated = true;
      break;
    }
    rows.push(columns.map((k) => record.get(k)));
  }
  const ends = new Map<string, string>();
  const missing = unresolvedEnds(rows);
  if (missing.length > 0) {
    for (const r of (await tx.run(ENDS_QUERY, { ids: missing })).records) {
      const id = toPlain(r.get("id"));
      const eid = String(r.get("eid"));
      ends.set(eid, typeof id === "string" || typeof id === "number" ? String(id) : `#${eid}`);
    }
  }
  return { columns, truncated, ...toCells(rows, ends) };
}

export async function runNeo4jUserQuery(
  driver: Driver,
  target: { uri: string; database: string },
  query: string,
  params: Record<string, unknown>,
  opts: QueryOptions,
): Promise<UserQueryResult> {
  const text = query.trim().replace(/;\s*$/, "");
  if (!text) throw new QueryRefused("query: the query is empty");
  const started = performance.now();
  const p = toParams(params) as Record<string, unknown>;
  const session = driver.session({
    database: target.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: Math.min(opts.maxRows + 1, 1000),
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let late = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new QueryTimeout(`query: ran past its time limit of ${opts.timeoutMs} ms`));
    }, opts.timeoutMs + GRACE_MS);
  });
  const work = session.executeRead(
    async (tx) => {
      await precheck(tx, text, p);
      return consume(tx, text, p, opts.maxRows);
    },
    { timeout: opts.timeoutMs },
  );
  work.catch(() => undefined);
  try {
    const out = await Promise.race([work, deadline]);
    return { ...out, ms: Math.round(performance.now() - started) };
  } catch (err) {
    throw userError(err, target.uri, text);
  } finally {
    clearTimeout(timer);
    const closing = session.close().catch(() => undefined);
    if (!late) await closing;
  }
}
