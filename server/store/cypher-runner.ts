// The minimal surface a database adapter provides: run parameterised Cypher for reads,
// and run a function inside one write transaction. CypherGraphStore builds on it.

import type { QueryOptions } from "../core/ports.ts";
import type { UserQueryResult } from "../core/model/types.ts";

export type Row = Record<string, unknown>;

export interface CypherTx {
  run(query: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** True when independent statements may be sent without waiting for each answer (Neo4j's Bolt pipelines
   * them in order within the transaction); absent: one statement at a time. */
  pipelined?: boolean;
}

/** Runs independent statement groups of one transaction: pipelined where the runner allows it, else in order. */
export async function inParallel(tx: CypherTx, jobs: (() => Promise<unknown>)[]): Promise<void> {
  if (tx.pipelined) await Promise.all(jobs.map((job) => job()));
  else for (const job of jobs) await job();
}

export interface CypherRunner {
  /** Runs a read query; rows come back as plain objects of plain values. */
  read(query: string, params?: Record<string, unknown>): Promise<Row[]>;
  /** Runs `work` in one write transaction: all of it commits, or none of it. */
  write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T>;
  /** An analyst's query, read-only, time-limited and row-capped (see GraphStore.runUserQuery). */
  userQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult>;
  close(): Promise<void>;
}

/** Turns a driver number (bigint, Neo4j Integer already converted) into a JS number. */
export function num(v: unknown, fallback = 0): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return fallback;
}

export function str(v: unknown, fallback = ""): string {
  return typeof v === "string" ? v : v == null ? fallback : String(v);
}

export function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}
