// One extraction worker thread: extracts each article it is sent and posts the result back,
// so a slow article never blocks the server's main thread.
import { parentPort } from "node:worker_threads";
import { extractArticle } from "../core/extraction/index.ts";
import type { ArticleInput } from "../core/model/types.ts";

parentPort?.on("message", (msg: { id: number; input: ArticleInput }) => {
  try {
    parentPort?.postMessage({ id: msg.id, ok: true, value: extractArticle(msg.input) });
  } catch (err) {
    const e = err as { name?: string; message?: string };
    parentPort?.postMessage({ id: msg.id, ok: false, error: { name: e?.name ?? "Error", message: e?.message ?? "" } });
  }
});
parentPort?.postMessage({ ready: true });
