// The server's Grafeo runner in two processes: the explorer's reads and every write go to the
// primary, analyst Cypher to a second process that opens a read-only snapshot of the database,
// so a query killed for its time or memory limit never takes the primary (nor its requests) down.
import fs from "node:fs";
import path from "node:path";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import type { CypherRunner, CypherTx, Row } from "../cypher-runner.ts";
import { GrafeoHostRunner, type HostLimits } from "./host-runner.ts";

interface Analyst {
  runner: GrafeoHostRunner;
  file: string;
  /** How many writes had completed when the snapshot was taken (it holds all of them). */
  done: number;
  takenAt: number;
  inFlight: Set<Promise<unknown>>;
}

export class GrafeoAnalystRunner implements CypherRunner {
  private done = 0;
  private analyst: Analyst | null = null;
  private refreshing: Promise<Analyst> | null = null;
  private serial = 0;
  private closed = false;

  private constructor(
    readonly primary: GrafeoHostRunner,
    private readonly dir: string,
    private readonly limits: HostLimits,
    private readonly maxAgeMs: number,
  ) {}

  /** Opens the primary on `file`; snapshots live in `file`.analyst/, emptied here and on close. */
  /** `maxAgeMs`: a snapshot younger than this serves queries even if writes completed since (0: never). */
  static async open(file: string, limits: HostLimits = {}, maxAgeMs = 0): Promise<GrafeoAnalystRunner> {
    // The primary first: its open says why a disk is unusable (StoreUnavailable), before any file is touched here.
    const primary = await GrafeoHostRunner.open(file, limits);
    const dir = `${path.resolve(file)}.analyst`;
    fs.rmSync(dir, { recursive: true, force: true });
    return new GrafeoAnalystRunner(primary, dir, limits, maxAgeMs);
  }

  /** The primary database process's pid (explorer reads and writes). */
  get pid(): number | null {
    return this.primary.pid;
  }

  /** The analyst process's pid, null until the first analyst query. */
  get analystPid(): number | null {
    return this.analyst?.runner.pid ?? null;
  }

  read(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.primary.read(query, params);
  }

  async write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    try {
      return await this.primary.write(work);
    } finally {
      this.done++;
    }
  }

  /**
   * On a snapshot that holds every write completed before the query arrived (a new one is taken when
   * one completed since the last), so an analyst sees all that was acknowledged; the copy is made before
   * the query's time limit starts.
   */
  async userQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    const analyst = await this.fresh();
    const run = analyst.runner.userQuery(query, params, opts);
    analyst.inFlight.add(run);
    try {
      return await run;
    } finally {
      analyst.inFlight.delete(run);
    }
  }

  private async fresh(): Promise<Analyst> {
    const want = this.done;
    for (;;) {
      const cur = this.analyst;
      if (cur && cur.done >= want) return cur;
      if (cur && Date.now() - cur.takenAt < this.maxAgeMs) {
        this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
        return cur;
      }
      this.refreshing ??= this.refresh().finally(() => (this.refreshing = null));
      const next = await this.refreshing;
      if (next.done >= want || this.closed) return next;
    }
  }

  /** Copies the committed state, opens it in a new analyst process, and retires the old one when idle. */
  private async refresh(): Promise<Analyst> {
    const done = this.done;
    const takenAt = Date.now();
    fs.mkdirSync(this.dir, { recursive: true });
    const file = path.join(this.dir, `snapshot-${++this.serial}.grafeo`);
    await this.primary.snapshot(file);
    const runner = await GrafeoHostRunner.open(file, this.limits, { readOnly: true });
    const next: Analyst = { runner, file, done, takenAt, inFlight: new Set() };
    const old = this.analyst;
    this.analyst = next;
    if (old) void this.retire(old);
    return next;
  }

  /** Waits for the queries in flight on it (not when the store closes: its deadline ends them). */
  private async retire(old: Analyst, wait = true): Promise<void> {
    if (wait) await Promise.allSettled([...old.inFlight]);
    await old.runner.close().catch(() => undefined);
    fs.rmSync(old.file, { recursive: true, force: true });
    fs.rmSync(`${old.file}.wal`, { recursive: true, force: true });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.refreshing?.catch(() => undefined);
    const old = this.analyst;
    this.analyst = null;
    await Promise.all([old ? this.retire(old, false) : undefined, this.primary.close()]);
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
