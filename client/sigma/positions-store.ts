// Saved node positions in localStorage (one map keyed by node id), so a reload shows
// the same picture; storage errors (quota, private mode) are ignored.
import { decodePositions, encodePositions } from "../state/positions/index.ts";
import type { PositionMap } from "../state/positions/index.ts";
import type { KgxGraph } from "./build-graph.ts";

const KEY = "kgx.positions.v1";
const MAX = 30_000;

export function loadPositions(): PositionMap {
  try {
    return decodePositions(window.localStorage.getItem(KEY));
  } catch {
    return {};
  }
}

export function savePositions(graph: KgxGraph): void {
  try {
    const map = loadPositions();
    graph.forEachNode((id, a) => {
      map[id] = { x: a.x, y: a.y };
    });
    const ids = Object.keys(map);
    for (const id of ids.slice(0, Math.max(0, ids.length - MAX))) delete map[id];
    window.localStorage.setItem(KEY, encodePositions(map));
  } catch {
    // storage full or unavailable: positions are a convenience
  }
}
