// Pure URL codec of the graph view: "#/entity/<id>?t=CONDEMNED&c=0.5&v=0.5,0.5,1" and
// back. Decoding never throws: anything malformed falls back to the default value.
import { CLAIM_TYPES, ENTITY_LABELS } from "../../../server/core/model/labels.ts";
import { DEFAULT_FILTERS } from "../filters/utils.ts";
import { formatRoute, parseHash } from "../route/utils.ts";
import type { CameraView, GraphViewState } from "./types.ts";

export const DEFAULT_VIEW: GraphViewState = { entity: null, edge: null, filters: DEFAULT_FILTERS, camera: null };

/** Round camera coordinates so URLs stay short and stable (4 decimals). */
export function roundCamera(c: CameraView): CameraView {
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  return { x: r(c.x), y: r(c.y), ratio: Math.max(1e-4, r(c.ratio)) };
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

/** The query part (after "?") of the graph view, without selection. */
export function encodeViewQuery(v: Omit<GraphViewState, "entity">): string {
  const p = new URLSearchParams();
  const f = v.filters;
  if (f.labels) p.set("l", f.labels.join(","));
  if (f.types) p.set("t", f.types.join(","));
  if (f.article !== null) p.set("a", f.article);
  if (f.outlet !== null) p.set("o", f.outlet);
  if (f.minConfidence > 0) p.set("c", String(f.minConfidence));
  if (f.minClaims > 0) p.set("m", String(f.minClaims));
  if (f.hideIsolated) p.set("i", "1");
  if (v.edge !== null) p.set("e", v.edge);
  if (v.camera) p.set("v", `${v.camera.x},${v.camera.y},${v.camera.ratio}`);
  return p.toString();
}

/** The whole hash of a graph view: the route path (selection) and the query. */
export function encodeGraphHash(v: GraphViewState): string {
  const qs = encodeViewQuery(v);
  return `${formatRoute({ view: "graph", entity: v.entity })}${qs ? `?${qs}` : ""}`;
}

/** Parse a location hash into a graph view; article routes and junk give the defaults. */
export function decodeGraphHash(hash: string): GraphViewState {
  try {
    const route = parseHash(hash);
    if (route.view !== "graph") return DEFAULT_VIEW;
    const q = hash.indexOf("?");
    const p = new URLSearchParams(q >= 0 ? hash.slice(q + 1) : "");
    return {
      entity: route.entity,
      edge: p.get("e"),
      filters: {
        labels: allowList(p.get("l"), ENTITY_LABELS),
        types: allowList(p.get("t"), CLAIM_TYPES),
        article: p.get("a"),
        outlet: p.get("o"),
        minConfidence: num(p.get("c"), 0, 1, 0),
        minClaims: Math.floor(num(p.get("m"), 0, 1e9, 0)),
        hideIsolated: p.get("i") === "1",
      },
      camera: camera(p.get("v")),
    };
  } catch {
    return DEFAULT_VIEW;
  }
}
