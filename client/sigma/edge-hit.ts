// Edge picking on the CPU, on click only: sigma's GPU edge picking redraws every edge a
// second time on every frame, which costs more than the whole bare render at 50k edges.
import type { KgxSigma } from "./renderer.ts";

/** Distance from point p to the segment a-b. */
export function distanceToSegment(
  p: { x: number; y: number },
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2)) : 0;
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/** The drawn edge nearest to a viewport point, within `tolerance` pixels of its line. */
export function edgeAt(sigma: KgxSigma, point: { x: number; y: number }, tolerance = 5): string | null {
  const graph = sigma.getGraph();
  let best: string | null = null;
  let bestD = Infinity;
  const cache = new Map<string, { x: number; y: number } | null>();
  const pos = (n: string) => {
    let p = cache.get(n);
    if (p === undefined) {
      const d = sigma.getNodeDisplayData(n);
      p = d && !d.hidden ? sigma.framedGraphToViewport(d) : null;
      cache.set(n, p);
    }
    return p;
  };
  graph.forEachEdge((e, _attrs, s, t) => {
    const d = sigma.getEdgeDisplayData(e);
    if (!d || d.hidden) return;
    const a = pos(s);
    const b = pos(t);
    if (!a || !b) return;
    const dist = distanceToSegment(point, a, b);
    if (dist <= tolerance + sigma.scaleSize(d.size) / 2 && dist < bestD) {
      bestD = dist;
      best = e;
    }
  });
  return best;
}
