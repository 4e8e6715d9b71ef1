// Pure URL codec of the graph view: "#/entity/<id>?t=CONDEMNED&c=0.5&v=0.5,0.5,1" and
// back. Decoding never throws: anything malformed falls back to the default value.
import { DEFAULT_FILTERS } from "../filters/utils.ts";
import { formatRoute, parseHash } from "../route/utils.ts";
import { readViewQuery, writeViewQuery } from "./query.ts";
import type { CameraView, GraphViewState } from "./types.ts";

export const DEFAULT_VIEW: GraphViewState = { entity: null, edge: null, filters: DEFAULT_FILTERS, camera: null };

/** Round camera coordinates so URLs stay short and stable (4 decimals). */
export function roundCamera(c: CameraView): CameraView {
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  return { x: r(c.x), y: r(c.y), ratio: Math.max(1e-4, r(c.ratio)) };
}

/** The query part (after "?") of the graph view, without selection. */
export function encodeViewQuery(v: Omit<GraphViewState, "entity">): string {
  const p = new URLSearchParams();
  writeViewQuery(p, v);
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
    return { entity: route.entity, ...readViewQuery(new URLSearchParams(q >= 0 ? hash.slice(q + 1) : "")) };
  } catch {
    return DEFAULT_VIEW;
  }
}

/**
 * The graph view an article hash came from, for a page opened on an article: its `from`
 * entity and the filters and camera the link kept (the defaults when it kept none).
 */
export function viewBehindArticle(hash: string): GraphViewState {
  const route = parseHash(hash);
  if (route.view !== "article") return decodeGraphHash(hash);
  return { ...DEFAULT_VIEW, entity: route.from, ...route.keep };
}
