// Writes a large JSON answer to the socket in pieces of about 16 KB, waiting for 'drain' whenever
// the socket's buffer is full, so a slow reader never makes the server hold the whole serialised answer.
import type { Response } from "express";

const PIECE = 16 * 1024;

/** Serialises `value` as JSON.stringify would (same bytes), writing as it goes; stops if the client leaves. */
export async function streamJson(res: Response, value: unknown): Promise<void> {
  res.status(200).type("application/json");
  let pending = "";
  let gone = false;
  const closed = new Promise<void>((r) => res.once("close", r)).then(() => (gone = true));
  const flush = async (force = false) => {
    if (gone || (!force && pending.length < PIECE)) return;
    const piece = pending;
    pending = "";
    if (!res.write(piece) && !gone) await Promise.race([new Promise((r) => res.once("drain", r)), closed]);
  };
  const emit = async (v: unknown): Promise<void> => {
    if (gone) return;
    if (Array.isArray(v)) {
      pending += "[";
      for (let i = 0; i < v.length; i++) {
        if (i > 0) pending += ",";
        await emit(v[i] === undefined || typeof v[i] === "function" ? null : v[i]);
        await flush();
      }
      pending += "]";
    } else if (v !== null && typeof v === "object" && typeof (v as { toJSON?: unknown }).toJSON !== "function") {
      pending += "{";
      let first = true;
      for (const [k, x] of Object.entries(v)) {
        if (x === undefined || typeof x === "function") continue;
        pending += `${first ? "" : ","}${JSON.stringify(k)}:`;
        first = false;
        await emit(x);
      }
      pending += "}";
    } else pending += JSON.stringify(v) ?? "null";
  };
  await emit(value);
  await flush(true);
  if (!gone) res.end();
}
