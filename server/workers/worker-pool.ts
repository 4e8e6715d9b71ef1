// A pool of worker threads (node:worker_threads) with a per-task time limit: a task past the
// limit ends its worker (a fresh one replaces it) and is refused with the pool's timeout error
// (extraction: 422, nothing written; exports: 503). The main thread never runs the task itself.
import os from "node:os";
import { Worker } from "node:worker_threads";
import { InvalidInput, KgxError, StoreUnavailable, TooLarge } from "../core/errors.ts";

type Reply<O> =
  | { ready: true }
  | { id: number; ok: true; value: O }
  | { id: number; ok: false; error: { name: string; message: string } };
interface Job<I, O> {
  id: number;
  input: I;
  resolve: (v: O) => void;
  reject: (e: Error) => void;
}
interface Slot<I, O> {
  worker: Worker;
  ready: Promise<void>;
  job: Job<I, O> | null;
  timer?: NodeJS.Timeout;
}

export interface WorkerPoolOptions {
  /** The worker's entry file (a .mjs that registers tsx and imports the worker). */
  entry: string;
  /** Worker threads (default: the number of cores, at most 4). */
  size?: number;
  /** Per-task time limit in ms. */
  timeoutMs: number;
  /** The error a task past its time limit is refused with. */
  timeoutError: (timeoutMs: number) => Error;
  /** At most this many tasks wait for a worker; more are refused (StoreUnavailable, 503). Default 1,000. */
  maxQueue?: number;
}

export class WorkerPool<I, O> {
  private readonly slots: Array<Slot<I, O>> = [];
  private readonly queue: Array<Job<I, O>> = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: WorkerPoolOptions) {
    const size = Math.max(1, opts.size ?? Math.min(4, os.availableParallelism()));
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot<I, O> {
    const worker = new Worker(this.opts.entry);
    worker.unref();
    const slot: Slot<I, O> = { worker, job: null, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve) => {
      worker.once("message", () => resolve());
    });
    worker.on("message", (msg: Reply<O>) => {
      if (!("id" in msg) || slot.job?.id !== msg.id) return;
      const job = slot.job;
      this.finish(slot);
      if (msg.ok) job.resolve(msg.value);
      else job.reject(workerError(msg.error));
    });
    worker.on("error", (err) => this.fail(slot, new KgxError(`worker: failed (${err.message})`)));
    worker.on("exit", () => this.fail(slot, new StoreUnavailable("worker: exited")));
    return slot;
  }

  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new StoreUnavailable("worker: the pool is closed"));
    if (this.queue.length >= (this.opts.maxQueue ?? 1_000)) {
      return Promise.reject(new StoreUnavailable("worker: too many tasks waiting; try again shortly"));
    }
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job<I, O>;
      slot.job = job;
      void slot.ready.then(() => {
        if (slot.job !== job) return;
        slot.timer = setTimeout(() => this.timeout(slot), this.opts.timeoutMs);
        slot.worker.postMessage({ id: job.id, input: job.input });
      });
    }
  }

  private finish(slot: Slot<I, O>) {
    clearTimeout(slot.timer);
    slot.job = null;
    this.pump();
  }

  private timeout(slot: Slot<I, O>) {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    this.replace(slot);
    job.reject(this.opts.timeoutError(this.opts.timeoutMs));
  }

  private fail(slot: Slot<I, O>, err: Error) {
    const job = slot.job;
    slot.job = null;
    clearTimeout(slot.timer);
    if (this.slots.includes(slot) && !this.closed) this.replace(slot);
    job?.reject(err);
  }

  /** Ends a slot's worker and puts a fresh one in its place. */
  private replace(slot: Slot<I, O>) {
    clearTimeout(slot.timer);
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    slot.worker.removeAllListeners("exit");
    void slot.worker.terminate();
    if (this.closed) return;
    this.slots[i] = this.spawn();
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new StoreUnavailable("worker: the pool is closed"));
    await Promise.all(
      this.slots.map((s) => {
        s.worker.removeAllListeners("exit");
        s.job?.reject(new StoreUnavailable("worker: the pool is closed"));
        return s.worker.terminate();
      }),
    );
  }
}

function workerError(e: { name: string; message: string }): Error {
  if (e.name === "InvalidInput") return new InvalidInput(e.message);
  if (e.name === "TooLarge") return new TooLarge(e.message);
  return new KgxError(e.message);
}
