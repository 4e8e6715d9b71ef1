// One export worker thread: builds the bundle (ForceAtlas2 layout when no positions are given)
// and writes the format, so a 10k-node HTML report never blocks the server's main thread.
import { parentPort } from "node:worker_threads";
import { buildBundle } from "../core/graph/export-bundle.ts";
import { exportFormat } from "../export/index.ts";
import type { ExportJob, ExportOutput } from "./export-pool.ts";

parentPort?.on("message", (msg: { id: number; input: ExportJob }) => {
  try {
    const format = exportFormat(msg.input.format);
    if (!format) throw new Error(`export: unknown format ${msg.input.format}`);
    const bundle = buildBundle(msg.input.bundle);
    const value: ExportOutput = { body: format.write(bundle), generatedAt: bundle.generatedAt };
    parentPort?.postMessage({ id: msg.id, ok: true, value });
  } catch (err) {
    const e = err as { name?: string; message?: string };
    parentPort?.postMessage({ id: msg.id, ok: false, error: { name: e?.name ?? "Error", message: e?.message ?? "" } });
  }
});
parentPort?.postMessage({ ready: true });
