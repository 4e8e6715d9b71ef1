// Pure hash-route codec: parse `location.hash` into a Route and format a Route back,
// so the explorer works when served statically and every view has a shareable URL.
import type { Route } from "./types.ts";

export const GRAPH_ROUTE: Route = { view: "graph", entity: null };

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

/** Parse a location hash ("#/article/a1?s=10-42"); anything unknown is the graph. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, "").replace(/^\//, "");
  const q = raw.indexOf("?");
  const path = q >= 0 ? raw.slice(0, q) : raw;
  const params = new URLSearchParams(q >= 0 ? raw.slice(q + 1) : "");
  const [head, ...rest] = path.split("/");
  const id = rest.length === 1 && rest[0] ? decode(rest[0]) : null;
  if (head === "entity" && id) return { view: "graph", entity: id };
  if (head === "article" && id) {
    return { view: "article", id, span: parseSpan(params.get("s")), from: params.get("from") || null };
  }
  return GRAPH_ROUTE;
}

/** Format a Route as a hash ("#/entity/e%2F1"). */
export function formatRoute(route: Route): string {
  if (route.view === "graph") return route.entity ? `#/entity/${encodeURIComponent(route.entity)}` : "#/";
  const params = new URLSearchParams();
  if (route.span) params.set("s", `${route.span[0]}-${route.span[1]}`);
  if (route.from) params.set("from", route.from);
  const qs = params.toString();
  return `#/article/${encodeURIComponent(route.id)}${qs ? `?${qs}` : ""}`;
}
