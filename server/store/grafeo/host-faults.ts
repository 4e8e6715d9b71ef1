// Faults of the Grafeo host process as typed errors: a disk that is full or read-only is a
// StoreUnavailable naming the engine's reason (503), and a killed process a ChildRestarted.
import fs from "node:fs";
import { KgxError, QueryRefused, StoreUnavailable, TooLarge } from "../../core/errors.ts";

/** The process holding the call is gone (killed after another query overran, or crashed). */
export class ChildRestarted extends StoreUnavailable {}

export type WireError = { name: string; message: string; line?: number; column?: number };

const DISK_FAULT = /No space left on device|os error 28|ENOSPC|Read-only file system|os error 30|EROFS|Disk quota/i;

/** The error as it crosses the process boundary; disk faults become StoreUnavailable with the engine's reason. */
export function wireError(err: unknown): WireError {
  const e = err as { name?: string; message?: string; line?: number; column?: number };
  const message = e?.message ?? String(err);
  const disk = DISK_FAULT.exec(message);
  if (disk) {
    const reason = /read-only|os error 30|EROFS/i.test(disk[0]) ? "the disk is read-only" : "no space left on device";
    const first = message.split("\n")[0] ?? message;
    return { name: "StoreUnavailable", message: `store: cannot write: ${reason} (${first})` };
  }
  return { name: e?.name ?? "Error", message, line: e?.line, column: e?.column };
}

export function hostError(e: WireError): Error {
  if (e.name === "QueryRefused") return new QueryRefused(e.message, e.line, e.column);
  if (e.name === "StoreUnavailable") return new StoreUnavailable(e.message);
  if (e.name === "TooLarge") return new TooLarge(e.message);
  if (e.name === "KgxError") return new KgxError(e.message);
  return new Error(e.message);
}

/** Resident set size of a process in bytes from /proc (Linux); null where it cannot be read. */
export function rssBytes(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}
