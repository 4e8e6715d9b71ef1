// The read cache's compact building blocks, shared by the snapshot and the entity details: a pool that
// stores each string once, and CSR incident lists (each item listed under its one or two owners).
import { str } from "./cypher-runner.ts";

export const NONE = -1;

/** Strings by index, each stored once however many claims repeat it; NONE stands for null. */
export class StringPool {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  /** The index of `s` (added if new), or NONE for null and undefined. */
  of(s: unknown): number {
    if (s == null) return NONE;
    const v = str(s);
    let i = this.index.get(v);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(v);
      this.index.set(v, i);
    }
    return i;
  }
}

/** CSR incident lists: item k belongs to owners[k] (and to also[k] when it differs and is not NONE). */
export function incidence(size: number, owners: ArrayLike<number>, also?: ArrayLike<number>) {
  const start = new Int32Array(size + 1);
  const n = owners.length;
  const second = (k: number) => (also && also[k] !== owners[k] ? also[k]! : NONE);
  for (let k = 0; k < n; k++) {
    start[owners[k]! + 1]!++;
    const b = second(k);
    if (b !== NONE) start[b + 1]!++;
  }
  for (let i = 1; i <= size; i++) start[i]! += start[i - 1]!;
  const list = new Int32Array(start[size]!);
  const fill = Int32Array.from(start.subarray(0, size));
  for (let k = 0; k < n; k++) {
    list[fill[owners[k]!]!++] = k;
    const b = second(k);
    if (b !== NONE) list[fill[b]!++] = k;
  }
  return { start, list };
}
