// Pure codec of the graph view's URL query ("l=Person&t=CONDEMNED&c=0.5&e=…&v=0.5,0.5,1"):
// filters, selected edge and camera to URLSearchParams and back, shared by every route.
import { CLAIM_TYPES, ENTITY_LABELS } from "@core/model/labels.ts";
import type { FilterState } from "../filters/types.ts";
import { parsePeriod } from "../period/utils.ts";
import type { CameraView } from "./types.ts";

/** The query keys of the graph view; any other key (`s`, `from`) belongs to a route. */
export const VIEW_QUERY_KEYS = ["l", "t", "a", "o", "c", "m", "i", "p", "e", "v"] as const;

/** What the view query carries. */
export interface ViewQuery {
  filters: FilterState;
  edge: string | null;
  camera: CameraView | null;
}

function allowList<T extends string>(raw: string | null, universe: readonly T[]): T[] | null {
  if (raw === null) return null;
  const wanted = new Set(raw.split(","));
  return universe.filter((v) => wanted.has(v));
}

function num(raw: string | null, min: number, max: number, fallback: number): number {
  if (raw === null || raw.trim() === "") return fallback;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
}

function camera(raw: string | null): CameraView | null {
  const parts = raw?.split(",").map(Number);
  if (!parts || parts.length !== 3 || !parts.every(Number.isFinite) || !(parts[2]! > 0)) return null;
  return { x: parts[0]!, y: parts[1]!, ratio: parts[2]! };
}

/** Append the non-default parts of the view to `p` (defaults are left out, so URLs stay short). */
export function writeViewQuery(p: URLSearchParams, v: ViewQuery): void {
  const f = v.filters;
  if (f.labels) p.set("l", f.labels.join(","));
  if (f.types) p.set("t", f.types.join(","));
  if (f.article !== null) p.set("a", f.article);
  if (f.outlet !== null) p.set("o", f.outlet);
  if (f.minConfidence > 0) p.set("c", String(f.minConfidence));
  if (f.minClaims > 0) p.set("m", String(f.minClaims));
  if (f.hideIsolated) p.set("i", "1");
  if (f.period !== null) p.set("p", f.period);
  if (v.edge !== null) p.set("e", v.edge);
  if (v.camera) p.set("v", `${v.camera.x},${v.camera.y},${v.camera.ratio}`);
}

/** Read the view from `p`; missing or malformed values give the defaults. Never throws. */
export function readViewQuery(p: URLSearchParams): ViewQuery {
  return {
    edge: p.get("e"),
    filters: {
      labels: allowList(p.get("l"), ENTITY_LABELS),
      types: allowList(p.get("t"), CLAIM_TYPES),
      article: p.get("a"),
      outlet: p.get("o"),
      minConfidence: num(p.get("c"), 0, 1, 0),
      minClaims: Math.floor(num(p.get("m"), 0, 1e9, 0)),
      hideIsolated: p.get("i") === "1",
      period: parsePeriod(p.get("p")) ? p.get("p") : null,
    },
    camera: camera(p.get("v")),
  };
}
