// The server's Grafeo runner: the database lives in a child process, so an analyst query
// that overruns its time or memory limit is ended by killing that process; a new one reopens
// the database (WAL, nothing committed is lost), and the other requests that were in flight
// on the killed process are run again on the new one, so one runaway query fails nobody else.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { InvalidInput, QueryTimeout, StoreUnavailable, TooLarge } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import type { CypherRunner, CypherTx, Row } from "../cypher-runner.ts";
import { ChildRestarted, hostError, rssBytes } from "./host-faults.ts";
import type { HostReply, HostRequest } from "./host-protocol.ts";

type Req = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;
interface Call {
  req: Req;
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
  /** Idempotent (reads, user queries): run again once on a fresh process if this one is killed. */
  retryable: boolean;
  retried: boolean;
  timeoutMs: number;
}
interface Pending extends Call {
  child: ChildProcess;
  timer?: NodeJS.Timeout;
}

export interface HostLimits {
  /** The database process is killed past this resident size while an analyst query runs. */
  maxRssBytes?: number;
  /** close() kills the database process if it has not exited after this long. */
  closeDeadlineMs?: number;
}

const ENTRY = path.join(import.meta.dirname, "host-entry.mjs");
const COMMIT_GRACE_MS = 2_000;
const RSS_POLL_MS = 100;

export class GrafeoHostRunner implements CypherRunner {
  private child: ChildProcess | null = null;
  private starting: Promise<ChildProcess> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  private watch: NodeJS.Timeout | null = null;
  /** Resolves when the last killed child has exited and released the database lock. */
  private dying: Promise<unknown> = Promise.resolve();
  /** Children killed on purpose (a query overran): their analyst queries may run again elsewhere. */
  private readonly killed = new WeakSet<ChildProcess>();

  private constructor(
    private readonly file: string,
    private readonly limits: HostLimits,
    private readonly readOnly: boolean,
  ) {}

  /** `readOnly`: the process opens `file` with a shared lock and the engine refuses every write. */
  static async open(
    file: string,
    limits: HostLimits = {},
    opts: { readOnly?: boolean } = {},
  ): Promise<GrafeoHostRunner> {
    const runner = new GrafeoHostRunner(file, limits, Boolean(opts.readOnly));
    await runner.ensure();
    return runner;
  }

  /** The database process's pid (for tests and diagnostics); null between processes. */
  get pid(): number | null {
    return this.child?.pid ?? null;
  }

  private ensure(): Promise<ChildProcess> {
    if (this.closed) return Promise.reject(new StoreUnavailable("store: closed"));
    if (this.child) return Promise.resolve(this.child);
    this.starting ??= this.dying.then(() => this.spawn());
    return this.starting;
  }

  private spawn(): Promise<ChildProcess> {
    return new Promise<ChildProcess>((resolve, reject) => {
      const child = fork(ENTRY, [], {
        env: { ...process.env, KGX_HOST_DB: this.file, KGX_HOST_READONLY: this.readOnly ? "1" : "0" },
        serialization: "advanced",
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      child.once("message", (msg: HostReply) => {
        if ("ready" in msg && msg.ready) {
          this.child = child;
          child.on("message", (m: HostReply) => this.settle(m));
          resolve(child);
        } else reject(hostError("error" in msg ? msg.error : { name: "Error", message: "store: host failed" }));
      });
      child.once("exit", (code, signal) => {
        reject(new StoreUnavailable(`store: the database process exited (${code ?? signal})`));
        this.orphan(child, `the database process exited (${code ?? signal})`);
      });
    }).finally(() => {
      this.starting = null;
    });
  }

  private settle(msg: HostReply) {
    if (!("id" in msg)) return;
    const p = this.pending.get(msg.id);
    if (!p) return;
    this.pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.ok) p.resolve(msg.value);
    else p.reject(hostError(msg.error));
  }

  private call<T>(req: Req, opts: { retryable?: boolean; timeoutMs?: number } = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const call: Call = {
        req,
        resolve: resolve as (v: unknown) => void,
        reject,
        retryable: opts.retryable ?? false,
        retried: false,
        timeoutMs: opts.timeoutMs ?? 0,
      };
      this.ensure().then((child) => this.dispatch(child, call), reject);
    });
  }

  private dispatch(child: ChildProcess, call: Call) {
    const id = this.nextId++;
    const p: Pending = { ...call, child };
    this.pending.set(id, p);
    const drop = (err: Error) => {
      if (this.pending.get(id) !== p) return;
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(err);
    };
    try {
      child.send({ ...call.req, id } as HostRequest, (err) => {
        if (err) drop(new ChildRestarted(`store: the database process is gone (${err.message})`));
      });
    } catch (err) {
      // Nothing was sent (parameters the channel cannot serialise): fail this call alone, no timer left behind.
      drop(new InvalidInput(`store: the request cannot be sent (${err instanceof Error ? err.message : String(err)})`));
      return;
    }
    if (call.timeoutMs > 0) p.timer = setTimeout(() => this.overrun(id), call.timeoutMs);
    if (call.req.op === "user") this.watchMemory();
  }

  private overrun(id: number) {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(new QueryTimeout(`query: stopped after ${p.timeoutMs} ms (KGX_QUERY_TIMEOUT_MS)`));
    void this.restart(p.child);
  }

  /** While analyst queries run, kills the database process if its resident size passes the limit. */
  private watchMemory() {
    const max = this.limits.maxRssBytes;
    if (!max || this.watch) return;
    this.watch = setInterval(() => {
      const users = [...this.pending.entries()].filter(([, p]) => p.req.op === "user");
      const child = this.child;
      if (users.length === 0 || !child?.pid) {
        clearInterval(this.watch ?? undefined);
        this.watch = null;
        return;
      }
      const rss = rssBytes(child.pid);
      if (rss === null || rss <= max) return;
      for (const [id, p] of users) {
        if (p.child !== child) continue;
        this.pending.delete(id);
        clearTimeout(p.timer);
        p.reject(
          new TooLarge(
            `query: stopped: the database process passed ${Math.round(max / 2 ** 20)} MB (KGX_DB_MAX_RSS_MB)`,
          ),
        );
      }
      void this.restart(child);
    }, RSS_POLL_MS);
    this.watch.unref();
  }

  /** Kills a child (after letting an in-flight commit finish); the calls it held are run again or failed. */
  private async restart(child: ChildProcess) {
    if (this.child === child) this.child = null;
    this.dying = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(null);
      else child.once("exit", resolve);
    });
    const deadline = Date.now() + COMMIT_GRACE_MS;
    const committing = () => [...this.pending.values()].some((p) => p.child === child && p.req.op === "commit");
    while (committing() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    this.killed.add(child);
    child.kill("SIGKILL");
  }

  /** The calls of a child that is gone: idempotent ones go to a fresh child once, the others fail. */
  private orphan(child: ChildProcess, why: string) {
    if (this.child === child) this.child = null;
    for (const [id, p] of [...this.pending.entries()]) {
      if (p.child !== child) continue;
      this.pending.delete(id);
      clearTimeout(p.timer);
      // A crash may be the analyst query's own doing: only reads go again then, queries only after a kill.
      const again = p.retryable && !p.retried && (p.req.op !== "user" || this.killed.has(child));
      if (again && !this.closed) {
        this.ensure().then((c) => this.dispatch(c, { ...p, retried: true }), p.reject);
      } else p.reject(new ChildRestarted(`store: ${why}; the request was not completed`));
    }
  }

  /** Writes a copy of the committed database to `path` (see GrafeoAnalystRunner). */
  snapshot(path: string): Promise<void> {
    return this.call<void>({ op: "snapshot", path });
  }

  read(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.call<Row[]>({ op: "read", query, params }, { retryable: true });
  }

  /** A transaction cut by a killed process before its commit was sent is run again once, from the start. */
  async write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let committing = false;
      try {
        const tx = await this.call<number>({ op: "begin" });
        try {
          const result = await work({
            run: (query, params = {}) => this.call<Row[]>({ op: "run", tx, query, params }),
          });
          committing = true;
          await this.call({ op: "commit", tx });
          return result;
        } catch (err) {
          if (!(err instanceof ChildRestarted)) await this.call({ op: "rollback", tx }).catch(() => undefined);
          throw err;
        }
      } catch (err) {
        if (err instanceof ChildRestarted && !committing && attempt === 0 && !this.closed) continue;
        throw err;
      }
    }
  }

  userQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    return this.call<UserQueryResult>(
      { op: "user", query, params, maxRows: opts.maxRows, maxBytes: opts.maxBytes ?? 0 },
      { timeoutMs: opts.timeoutMs, retryable: true },
    );
  }

  /** Closes the database; past the deadline (a close that fails or hangs, e.g. disk full) the process is killed. */
  async close(): Promise<void> {
    if (this.closed) return;
    const child = this.child;
    this.closed = true;
    if (!child) return;
    const exited = new Promise((r) => {
      if (child.exitCode !== null || child.signalCode !== null) r(null);
      else child.once("exit", r);
    });
    const id = this.nextId++;
    try {
      child.send({ op: "close", id } as HostRequest);
    } catch {
      // the channel is gone: the deadline below ends the process
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise((r) => (timer = setTimeout(r, this.limits.closeDeadlineMs ?? 5_000)));
    await Promise.race([exited, deadline]);
    clearTimeout(timer);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGKILL");
      await exited;
    }
  }
}
