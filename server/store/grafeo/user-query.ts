// Analyst Cypher on Grafeo, read-only by the engine's own judgement: the planner's
// EXPLAIN must show only operators on a read allow-list, and the query then runs in a transaction that is
// always rolled back, refused if the engine counted any write. Rows are capped.
import { KgxError, QueryRefused, TooLarge } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import { plain, type Db } from "./values.ts";
import { toCells } from "./query-cells.ts";

const MAX_QUERY_CHARS = 100_000;
/**
 * Grafeo's plan operators that only read. Anything else (AddLabel, SetProperty, Create, an
 * operator a newer Grafeo adds, an unnamed `Discriminant(N)` other than the subquery argument
 * leaf 51) refuses the query: an allow-list, so a write the list does not know is never run.
 */
const READ_OPERATORS = new Set([
  "Aggregate",
  "Apply",
  "CallProcedure",
  "Distinct",
  "Empty",
  "Expand",
  "Filter",
  "LeftJoin",
  "Limit",
  "NodeScan",
  "Project",
  "Return",
  "ShortestPath",
  "Skip",
  "Sort",
  "Union",
  "Unwind",
]);
/** The argument leaf of CALL { WITH … } subqueries, which Grafeo prints without a name. */
const ARGUMENT_LEAF = "Discriminant(51)";
const READ_PROCEDURES = new Set(["db.labels", "db.relationshipTypes", "db.propertyKeys"]);

/** Parses "--> query:L:C" from a Grafeo error into a QueryRefused with line and column. */
export function refusal(err: unknown, columnShift = 0): QueryRefused {
  const msg = err instanceof Error ? err.message : String(err);
  const first = msg.split("\n")[0]?.replace(/^Query error: /, "") ?? msg;
  const at = /-->\s*query:(\d+):(\d+)/.exec(msg);
  const line = at ? Number(at[1]) : undefined;
  const column = at ? Number(at[2]) - (line === 1 ? columnShift : 0) : undefined;
  return new QueryRefused(`query: ${first}${line ? ` (line ${line}, column ${column})` : ""}`, line, column);
}

/** Returns why the plan is not read-only, or null when every operator is on the read list. */
export function writeInPlan(plan: string): string | null {
  for (const raw of plan.split("\n")) {
    const line = raw.trim();
    if (!line) continue;
    if (line.includes("[after the write]")) return `the plan writes (${line})`;
    if (line === ARGUMENT_LEAF) continue;
    const op = /^(\w+)/.exec(line)?.[1] ?? "";
    if (!READ_OPERATORS.has(op)) return `operator ${op || line} is not on the read-only list`;
    // Subquery expressions (EXISTS { … }, COUNT { … }) print their operators as `NameOp { … }`.
    for (const m of line.matchAll(/\b(\w+)Op \{/g)) {
      if (!READ_OPERATORS.has(m[1] ?? "")) return `operator ${m[1]} in a subquery is not on the read-only list`;
    }
    if (op === "CallProcedure") {
      const name = /\(([\w.]+)\)/.exec(line)?.[1] ?? "";
      if (!READ_PROCEDURES.has(name)) return `procedure ${name || "?"} is not on the read-only list`;
    }
  }
  return null;
}

export async function runUserQuery(
  db: Db,
  query: string,
  params: Record<string, unknown>,
  opts: QueryOptions,
): Promise<UserQueryResult> {
  const started = performance.now();
  const text = query.trim().replace(/;\s*$/, "");
  if (!text) throw new QueryRefused("query: the query is empty");
  if (text.length > MAX_QUERY_CHARS) throw new QueryRefused(`query: longer than ${MAX_QUERY_CHARS} characters`);
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(text))
    throw new QueryRefused("query: EXPLAIN and PROFILE are not supported here");
  let plan: string;
  try {
    const explained = (await db.executeCypher(`EXPLAIN ${text}`, params)).toArray()[0];
    plan = String(explained?.plan ?? "");
  } catch (err) {
    const msg = err instanceof Error ? err.message : "";
    if (/Schema commands/i.test(msg)) throw new QueryRefused("query: refused: schema and index commands write");
    throw refusal(err, "EXPLAIN ".length);
  }
  const why = writeInPlan(plan);
  if (why) throw new QueryRefused(`query: refused: read-only queries only; ${why}`);
  const tx = db.beginTransaction();
  try {
    const result = await tx.executeCypher(text, params);
    const c = result.counters;
    const wrote = c.nodesCreated + c.nodesDeleted + c.edgesCreated + c.edgesDeleted + c.propertiesSet;
    if (wrote + c.labelsAdded + c.labelsRemoved > 0) throw new QueryRefused("query: refused: the query wrote");
    const all = result.rows();
    const rows = all.slice(0, opts.maxRows).map((r) => r.map(plain));
    if (opts.maxBytes && overBudget(rows, opts.maxBytes)) {
      throw new TooLarge(`query: the answer is larger than ${opts.maxBytes} bytes (KGX_QUERY_MAX_BYTES); add a LIMIT`);
    }
    const cells = toCells(rows, (internal) => lookupNodeKey(db, internal));
    return {
      columns: result.columns,
      rows: cells.rows,
      graph: cells.graph,
      truncated: all.length > opts.maxRows,
      ms: Math.round(performance.now() - started),
    };
  } catch (err) {
    throw err instanceof KgxError ? err : refusal(err);
  } finally {
    if (tx.isActive) tx.rollback();
  }
}

function lookupNodeKey(db: Db, internal: number): string {
  const node = db.getNode(internal);
  const id = node?.get("id");
  return typeof id === "string" ? id : `#${internal}`;
}

/** True when the JSON of `value` would pass `budget` bytes; walks without copying and stops early. */
export function overBudget(value: unknown, budget: number): boolean {
  let left = budget;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") left -= v.length + 2;
    else if (Array.isArray(v)) {
      left -= v.length + 2;
      for (const x of v) stack.push(x);
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) {
        left -= k.length + 4;
        stack.push(x);
      }
    } else left -= 8;
    if (left < 0) return true;
  }
  return false;
}
