// Grafeo's values at the adapter's boundary: the database handle's type and the conversion of
// engine values into plain JSON-safe ones (as neo4j-values.ts does for the driver's).
import type grafeo from "@grafeo-db/js";

export type Db = InstanceType<typeof grafeo.GrafeoDB>;

/** Converts Grafeo values (bigints past 2^53, nested lists and maps) into plain JSON-safe values. */
export function plain(v: unknown): unknown {
  if (typeof v === "bigint") return Number(v);
  if (Array.isArray(v)) return v.map(plain);
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === "object" && !ArrayBuffer.isView(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = plain(x);
    return out;
  }
  return v;
}
