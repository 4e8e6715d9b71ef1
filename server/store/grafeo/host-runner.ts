// The server's Grafeo runner: the database lives in a child process, so an analyst query
// that overruns its time limit is ended by killing that process; a new one reopens the
// database (WAL, nothing committed is lost) and the server keeps answering meanwhile.
import { fork, type ChildProcess } from "node:child_process";
import path from "node:path";
import { KgxError, QueryRefused, QueryTimeout, StoreUnavailable } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";
import type { CypherRunner, CypherTx, Row } from "../cypher-runner.ts";
import type { HostReply, HostRequest } from "./host-protocol.ts";

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };
type Req = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

const ENTRY = path.join(import.meta.dirname, "host-entry.mjs");

function toError(e: { name: string; message: string; line?: number; column?: number }): Error {
  if (e.name === "QueryRefused") return new QueryRefused(e.message, e.line, e.column);
  if (e.name === "StoreUnavailable") return new StoreUnavailable(e.message);
  if (e.name === "KgxError") return new KgxError(e.message);
  return new Error(e.message);
}

export class GrafeoHostRunner implements CypherRunner {
  private child: ChildProcess | null = null;
  private starting: Promise<ChildProcess> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;
  /** Resolves when the last killed child has exited and released the database lock. */
  private dying: Promise<unknown> = Promise.resolve();

  private constructor(private readonly file: string) {}

  static async open(file: string): Promise<GrafeoHostRunner> {
    const runner = new GrafeoHostRunner(file);
    await runner.ensure();
    return runner;
  }

  private ensure(): Promise<ChildProcess> {
    if (this.child) return Promise.resolve(this.child);
    this.starting ??= this.dying.then(() => this.spawn());
    return this.starting;
  }

  private spawn(): Promise<ChildProcess> {
    return new Promise<ChildProcess>((resolve, reject) => {
      const child = fork(ENTRY, [], {
        env: { ...process.env, KGX_HOST_DB: this.file },
        serialization: "advanced",
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      child.once("message", (msg: HostReply) => {
        if ("ready" in msg && msg.ready) {
          this.child = child;
          child.on("message", (m: HostReply) => this.settle(m));
          resolve(child);
        } else reject(toError("error" in msg ? msg.error : { name: "Error", message: "store: host failed" }));
      });
      child.once("exit", (code) => {
        if (this.child === child) this.child = null;
        reject(new StoreUnavailable(`store: the database process exited (${code})`));
        for (const p of this.pending.values()) p.reject(new StoreUnavailable("store: the database process exited"));
        this.pending.clear();
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
    if (msg.ok) p.resolve(msg.value);
    else p.reject(toError(msg.error));
  }

  private async call<T>(req: Req, timeoutMs = 0): Promise<T> {
    if (this.closed) throw new StoreUnavailable("store: closed");
    const child = await this.ensure();
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      this.pending.set(id, {
        resolve: (v) => (clearTimeout(timer), resolve(v as T)),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      if (timeoutMs > 0) {
        timer = setTimeout(() => {
          this.pending.delete(id);
          reject(new QueryTimeout(`query: stopped after ${timeoutMs} ms (KGX_QUERY_TIMEOUT_MS)`));
          this.restart(child);
        }, timeoutMs);
      }
      child.send({ ...req, id } as HostRequest);
    });
  }

  /** Kills a child whose query overran; the next call starts a fresh one. */
  private restart(child: ChildProcess) {
    if (this.child === child) this.child = null;
    this.dying = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve(null);
      else child.once("exit", resolve);
    });
    child.kill("SIGKILL");
  }

  read(query: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.call<Row[]>({ op: "read", query, params });
  }

  async write<T>(work: (tx: CypherTx) => Promise<T>): Promise<T> {
    const tx = await this.call<number>({ op: "begin" });
    try {
      const result = await work({ run: (query, params = {}) => this.call<Row[]>({ op: "run", tx, query, params }) });
      await this.call({ op: "commit", tx });
      return result;
    } catch (err) {
      await this.call({ op: "rollback", tx }).catch(() => undefined);
      throw err;
    }
  }

  userQuery(query: string, params: Record<string, unknown>, opts: QueryOptions): Promise<UserQueryResult> {
    return this.call<UserQueryResult>({ op: "user", query, params, maxRows: opts.maxRows }, opts.timeoutMs);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    const child = this.child;
    if (child) {
      const exited = new Promise((r) => child.once("exit", r));
      await this.call({ op: "close" }).catch(() => undefined);
      await exited;
    }
    this.closed = true;
  }
}
