// The export worker pool: layout and rendering of exports run off the main thread, each
// within KGX_EXPORT_TIMEOUT_MS, or refused with ExportTimeout (503) and the worker replaced.
import path from "node:path";
import { StoreUnavailable } from "../core/errors.ts";
import type { buildBundle } from "../core/graph/export-bundle.ts";
import { WorkerPool } from "./worker-pool.ts";

export interface ExportJob {
  format: string;
  bundle: Parameters<typeof buildBundle>[0];
}
export interface ExportOutput {
  body: string;
  generatedAt: string;
}

export class ExportPool extends WorkerPool<ExportJob, ExportOutput> {
  constructor(opts: { timeoutMs: number; size?: number }) {
    super({
      entry: path.join(import.meta.dirname, "export-entry.mjs"),
      size: opts.size ?? 1,
      timeoutMs: opts.timeoutMs,
      maxQueue: 8,
      timeoutError: (ms) =>
        new StoreUnavailable(`export: stopped after ${ms} ms (KGX_EXPORT_TIMEOUT_MS); export a smaller selection`),
    });
  }
}
