// A pool of extraction worker threads (node:worker_threads) with a per-article time limit:
// an article past the limit ends its worker (a fresh one replaces it) and is refused with
// ExtractionTimeout (422), before anything is written.
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { ExtractionTimeout, InvalidInput, KgxError, StoreUnavailable } from "../core/errors.ts";
import type { ArticleInput, ExtractedArticle } from "../core/model/types.ts";

const ENTRY = path.join(import.meta.dirname, "extract-entry.mjs");

type Reply =
  | { ready: true }
  | { id: number; ok: true; value: ExtractedArticle }
  | { id: number; ok: false; error: { name: string; message: string } };
interface Job {
  id: number;
  input: ArticleInput;
  resolve: (v: ExtractedArticle) => void;
  reject: (e: Error) => void;
}
interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job: Job | null;
  timer?: NodeJS.Timeout;
}

export interface ExtractPoolOptions {
  /** Worker threads (default: the number of cores, at most 4). */
  size?: number;
  /** Per-article time limit in ms. */
  timeoutMs: number;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly opts: ExtractPoolOptions) {
    const size = Math.max(1, opts.size ?? Math.min(4, os.availableParallelism()));
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY);
    worker.unref();
    const slot: Slot = { worker, job: null, ready: Promise.resolve() };
    slot.ready = new Promise<void>((resolve) => {
      worker.once("message", () => resolve());
    });
    worker.on("message", (msg: Reply) => {
      if (!("id" in msg) || slot.job?.id !== msg.id) return;
      const job = slot.job;
      this.finish(slot);
      if (msg.ok) job.resolve(msg.value);
      else
        job.reject(
          msg.error.name === "InvalidInput" ? new InvalidInput(msg.error.message) : new KgxError(msg.error.message),
        );
    });
    worker.on("error", (err) => this.fail(slot, new KgxError(`extraction: the worker failed (${err.message})`)));
    worker.on("exit", () => this.fail(slot, new StoreUnavailable("extraction: the worker exited")));
    return slot;
  }

  extract(input: ArticleInput): Promise<ExtractedArticle> {
    if (this.closed) return Promise.reject(new StoreUnavailable("extraction: the pool is closed"));
    return new Promise<ExtractedArticle>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.pump();
    });
  }

  private pump() {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      void slot.ready.then(() => {
        if (slot.job !== job) return;
        slot.timer = setTimeout(() => this.timeout(slot), this.opts.timeoutMs);
        slot.worker.postMessage({ id: job.id, input: job.input });
      });
    }
  }

  private finish(slot: Slot) {
    clearTimeout(slot.timer);
    slot.job = null;
    this.pump();
  }

  private timeout(slot: Slot) {
    const job = slot.job;
    if (!job) return;
    slot.job = null;
    this.replace(slot);
    job.reject(
      new ExtractionTimeout(
        `extraction: the article took longer than ${this.opts.timeoutMs} ms (KGX_EXTRACT_TIMEOUT_MS); nothing was written`,
      ),
    );
  }

  private fail(slot: Slot, err: Error) {
    const job = slot.job;
    slot.job = null;
    clearTimeout(slot.timer);
    if (this.slots.includes(slot) && !this.closed) this.replace(slot);
    job?.reject(err);
  }

  /** Ends a slot's worker and puts a fresh one in its place. */
  private replace(slot: Slot) {
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
    for (const job of this.queue.splice(0)) job.reject(new StoreUnavailable("extraction: the pool is closed"));
    await Promise.all(
      this.slots.map((s) => {
        s.worker.removeAllListeners("exit");
        s.job?.reject(new StoreUnavailable("extraction: the pool is closed"));
        return s.worker.terminate();
      }),
    );
  }
}
