// Pure hash-route codec: parse `location.hash` into a Route and format a Route back,
// so the explorer works when served statically and every view has a shareable URL.
import { DEFAULT_FILTERS } from "../filters/utils.ts";
import { readViewQuery, VIEW_QUERY_KEYS, writeViewQuery } from "../view-state/query.ts";
import type { KeptView, Route } from "./types.ts";

export const GRAPH_ROUTE: Route = { view: "graph", entity: null };

/** The view a link keeps when there is nothing to keep. */
export const NO_KEPT_VIEW: KeptView = { filters: DEFAULT_FILTERS, camera: null };

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Parse "start-end" into an ordered pair of non-negative integers, or null. */
export function parseSpan(s: string | null): [number, number] | null {
  const m = s ? /^(\d+)-(\d+)$/.exec(s) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start <= end ? [start, end] : null;
}

/** The filters and camera in the query, or undefined when it has none of the view's keys. */
function keptView(params: URLSearchParams): KeptView | undefined {
  if (!VIEW_QUERY_KEYS.some((k) => k !== "e" && params.has(k))) return undefined;
  const { filters, camera } = readViewQuery(params);
  return { filters, camera };
}

/** Parse a location hash ("#/article/a1?s=10-42&t=SAID"); anything unknown is the graph. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "").replace(/^\//, "");
  const q = raw.indexOf("?");
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : "");
  const [head, ...rest] = path.split("/");
  const id = rest.length === 1 && rest[0] ? decode(rest[0]) : null;
  const keep = keptView(params);
  const kept = keep ? { keep } : {};
  if (head === "entity" && id) return { view: "graph", entity: id, ...kept };
  if (head === "article" && id) {
    return { view: "article", id, span: parseSpan(params.get("s")), from: params.get("from") || null, ...kept };
  }
  return { ...GRAPH_ROUTE, ...kept };
}

/** Format a Route as a hash ("#/entity/e%2F1", "#/article/a1?s=3-9&from=e1&t=SAID"). */
export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  let path: string;
  if (route.view === "graph") path = route.entity ? `#/entity/${encodeURIComponent(route.entity)}` : "#/";
  else {
    path = `#/article/${encodeURIComponent(route.id)}`;
    if (route.span) params.set("s", `${route.span[0]}-${route.span[1]}`);
    if (route.from) params.set("from", route.from);
  }
  if (route.keep) writeViewQuery(params, { ...route.keep, edge: null });
  const qs = params.toString();
  return `${path}${qs ? `?${qs}` : ""}`;
}
