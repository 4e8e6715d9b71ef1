// Zoom to fit: the camera state that shows the given nodes, their discs and their labels
// inside the part of the canvas that no overlay (toolbar, tool panels, legend) covers.
import type { KgxSigma } from "./renderer.ts";

/** Pixels of the canvas covered by overlays, from each side. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface FitTarget {
  x: number;
  y: number;
  ratio: number;
}

interface Item {
  /** Viewport position at the reference camera (ratio 1, centred). */
  x: number;
  y: number;
  radius: number;
  /** Width of the label drawn right of the disc. */
  label: number;
}

const REF = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
const LABEL_FONT = "500 13px system-ui, -apple-system, 'Segoe UI', sans-serif";

let measureCtx: CanvasRenderingContext2D | null = null;
function labelWidth(text: string | null | undefined): number {
  if (!text) return 0;
  measureCtx ??= document.createElement("canvas").getContext("2d");
  if (!measureCtx) return text.length * 7;
  measureCtx.font = LABEL_FONT;
  return measureCtx.measureText(text).width + 6;
}

/** The [lo, hi] offsets `a` for which every a + s·p − before ≥ min and a + s·p + after ≤ max. */
function offsets(items: Item[], s: number, axis: "x" | "y", min: number, max: number): [number, number] {
  let lo = -Infinity;
  let hi = Infinity;
  for (const it of items) {
    const p = s * it[axis];
    const before = it.radius;
    const after = axis === "x" ? it.radius + it.label : it.radius;
    const half = axis === "y" ? 8 : 0; // half a label's height
    lo = Math.max(lo, min + Math.max(before, half) - p);
    hi = Math.min(hi, max - Math.max(after, half) - p);
  }
  return [lo, hi];
}

/**
 * The camera that fits `nodes` into the viewport minus `insets` and `margin`; null when no
 * node is drawn. The scale is searched (labels keep their pixel width at any zoom).
 */
export function fitTarget(
  sigma: KgxSigma,
  nodes: readonly string[],
  insets: Insets,
  margin = 16,
  ratioBounds: [number, number] = [0.05, 4],
): FitTarget | null {
  const items: Item[] = [];
  for (const id of nodes) {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) continue;
    const p = sigma.framedGraphToViewport(d, { cameraState: REF });
    items.push({ x: p.x, y: p.y, radius: Math.min(30, sigma.scaleSize(d.size, 1) + 2), label: labelWidth(d.label) });
  }
  if (items.length === 0) return null;
  const { width, height } = sigma.getDimensions();
  const box = {
    x0: insets.left + margin,
    x1: width - insets.right - margin,
    y0: insets.top + margin,
    y1: height - insets.bottom - margin,
  };
  if (box.x1 - box.x0 < 40 || box.y1 - box.y0 < 40) return null;
  const fits = (s: number): boolean => {
    const [xl, xh] = offsets(items, s, "x", box.x0, box.x1);
    const [yl, yh] = offsets(items, s, "y", box.y0, box.y1);
    return xl <= xh && yl <= yh;
  };
  // s = 1 / ratio: search the largest scale that fits, within the camera's bounds.
  let lo = 1 / ratioBounds[1];
  let hi = 1 / ratioBounds[0];
  if (fits(hi)) lo = hi;
  else
    for (let i = 0; i < 40 && fits(lo); i++) {
      const mid = Math.sqrt(lo * hi);
      if (fits(mid)) lo = mid;
      else hi = mid;
      if (hi / lo < 1.01) break;
    }
  const s = lo;
  const [xl, xh] = offsets(items, s, "x", box.x0, box.x1);
  const [yl, yh] = offsets(items, s, "y", box.y0, box.y1);
  const ax = Number.isFinite(xh) && xl <= xh ? (xl + xh) / 2 : xl;
  const ay = Number.isFinite(yh) && yl <= yh ? (yl + yh) / 2 : yl;
  // A point p (reference) is drawn at W/2 + s·(p − q), q the camera centre's reference position.
  const q = { x: (width / 2 - ax) / s, y: (height / 2 - ay) / s };
  const centre = sigma.viewportToFramedGraph(q, { cameraState: REF });
  return { x: centre.x, y: centre.y, ratio: 1 / s };
}

/** What the overlays inside `pane` cover of `container`, measured from the DOM. */
export function overlayInsets(pane: HTMLElement, container: HTMLElement): Insets {
  const c = container.getBoundingClientRect();
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const visible = (e: Element): DOMRect | null => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !(e as HTMLElement).hidden ? r : null;
  };
  for (const e of pane.querySelectorAll(".toolbar")) {
    const r = visible(e);
    if (r) insets.top = Math.max(insets.top, r.bottom - c.top);
  }
  for (const e of pane.querySelectorAll(".tool-panel")) {
    const r = visible(e);
    if (r) insets.left = Math.max(insets.left, r.right - c.left);
  }
  for (const e of pane.querySelectorAll(".legend, .graph-status, .graph-empty")) {
    const r = visible(e);
    if (r) insets.bottom = Math.max(insets.bottom, c.bottom - r.top);
  }
  return insets;
}
