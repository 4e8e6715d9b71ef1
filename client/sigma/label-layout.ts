// Label drawing without overlaps: node labels are placed by priority, never over each other
// (node-labels.ts), and an edge label is drawn whole along its edge only where it overlaps no other label.
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData, PartialButFor } from "sigma/types";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import { placeNodeLabels } from "./node-labels.ts";
import type { LabelRequest, Point, Quad } from "./node-labels.ts";

export type { Quad } from "./node-labels.ts";

export interface DrawnLabel {
  key: string;
  text: string;
  box: Quad;
}

/** What the last frame drew: node labels, edge labels, and the edge labels left out. */
export interface LabelFrame {
  nodes: DrawnLabel[];
  edges: DrawnLabel[];
  skippedEdges: string[];
}

/** sigma passes the item's key along with its display data, though its types do not say so. */
type NodeData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color"> & {
  key?: string;
  /** Set by the node reducer: the selection, its neighbours and search hits go first. */
  labelRank?: number;
};
type EndData = PartialButFor<NodeDisplayData, "x" | "y" | "size">;
type EdgeData = PartialButFor<EdgeDisplayData, "size" | "label" | "color"> & { key?: string };
type KgxSettings = Settings<NodeAttrs, EdgeAttrs>;

const rect = (x: number, y: number, w: number, h: number): Quad => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** Separating-axis test for two convex quads. */
export function overlaps(a: Quad, b: Quad): boolean {
  for (const poly of [a, b]) {
    for (let i = 0; i < 4; i++) {
      const p = poly[i]!;
      const q = poly[(i + 1) % 4]!;
      const nx = q[1] - p[1];
      const ny = p[0] - q[0];
      const project = (quad: Quad): [number, number] => {
        let min = Infinity;
        let max = -Infinity;
        for (const [x, y] of quad) {
          const v = x * nx + y * ny;
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
        return [min, max];
      };
      const [a0, a1] = project(a);
      const [b0, b1] = project(b);
      if (a1 <= b0 || b1 <= a0) return false;
    }
  }
  return true;
}

export interface LabelLayout {
  frame(): LabelFrame;
  /** Call at the start of each render (sigma's "beforeRender"). */
  reset(): void;
  /**
   * Call before each edge-label pass (sigma also redraws edge labels alone, on hover): draws
   * the node labels sigma asked for since reset, placed so that none overlaps another.
   */
  resetEdges(): void;
  drawNodeLabel(ctx: CanvasRenderingContext2D, data: NodeData, settings: KgxSettings): void;
  drawEdgeLabel(
    ctx: CanvasRenderingContext2D,
    edge: EdgeData,
    source: EndData,
    target: EndData,
    settings: KgxSettings,
  ): void;
}

export function createLabelLayout(background: string): LabelLayout {
  let current: LabelFrame = { nodes: [], edges: [], skippedEdges: [] };
  let discs: Quad[] = [];
  let last = current;
  /** Node labels asked for this frame, drawn together once all are known. */
  let pending: { ctx: CanvasRenderingContext2D; settings: KgxSettings; requests: LabelRequest[] } | null = null;
  let colours = new Map<string, string>();
  const flushNodes = (): void => {
    if (!pending) return;
    const { ctx, settings, requests } = pending;
    pending = null;
    ctx.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    const placed = placeNodeLabels(requests, { measure: (t) => ctx.measureText(t).width, size: settings.labelSize });
    for (const p of placed) {
      ctx.fillStyle = colours.get(p.key) ?? "#000";
      ctx.fillText(p.text, p.textX, p.textY);
      current.nodes.push({ key: p.key, text: p.text, box: p.box });
    }
  };
  const free = (box: Quad): boolean =>
    !current.nodes.some((n) => overlaps(n.box, box)) &&
    !current.edges.some((e) => overlaps(e.box, box)) &&
    !discs.some((d) => overlaps(d, box));

  return {
    frame: () => (current.nodes.length || current.edges.length ? current : last),
    reset() {
      if (current.nodes.length || current.edges.length) last = current;
      current = { nodes: [], edges: [], skippedEdges: [] };
      discs = [];
      pending = null;
      colours = new Map();
    },
    resetEdges() {
      flushNodes();
      current.edges = [];
      current.skippedEdges = [];
    },
    drawNodeLabel(ctx, data, settings) {
      discs.push(rect(data.x - data.size, data.y - data.size, data.size * 2, data.size * 2));
      if (!data.label) return;
      pending ??= { ctx, settings, requests: [] };
      const key = data.key ?? "";
      const c = settings.labelColor;
      const attr = c.attribute ? (data as Record<string, unknown>)[c.attribute] : undefined;
      colours.set(key, typeof attr === "string" ? attr : (c.color ?? "#000"));
      pending.requests.push({
        key,
        text: data.label,
        x: data.x,
        y: data.y,
        size: data.size,
        rank: data.labelRank ?? 0,
      });
    },
    drawEdgeLabel(ctx, edge, source, target, settings) {
      const label = edge.label;
      if (!label) return;
      const size = settings.edgeLabelSize;
      ctx.font = `${settings.edgeLabelWeight} ${size}px ${settings.edgeLabelFont}`;
      const dx0 = target.x - source.x;
      const dy0 = target.y - source.y;
      const d0 = Math.hypot(dx0, dy0);
      if (d0 < source.size + target.size) return;
      // The part of the edge between the discs, and its middle.
      const sx = source.x + (dx0 * source.size) / d0;
      const sy = source.y + (dy0 * source.size) / d0;
      const tx = target.x - (dx0 * target.size) / d0;
      const ty = target.y - (dy0 * target.size) / d0;
      const cx = (sx + tx) / 2;
      const cy = (sy + ty) / 2;
      const w = ctx.measureText(label).width;
      // Upright text: the angle is kept within ±90°.
      let angle = Math.atan2(ty - sy, tx - sx);
      if (angle > Math.PI / 2) angle -= Math.PI;
      if (angle < -Math.PI / 2) angle += Math.PI;
      const cos = Math.cos(angle);
      const sin = Math.sin(angle);
      const off = edge.size / 2 + 2;
      const h = size + 2;
      const corner = (u: number, v: number): Point => [cx + u * cos - v * sin, cy + u * sin + v * cos];
      const box: Quad = [corner(-w / 2, off), corner(w / 2, off), corner(w / 2, off + h), corner(-w / 2, off + h)];
      // Whole or not at all: a label longer than its edge, or over another label, is left out
      // (hovering or selecting an end, or the evidence panel, shows it).
      if (w > Math.hypot(tx - sx, ty - sy) + 8 || !free(box)) {
        current.skippedEdges.push(edge.key ?? "");
        return;
      }
      current.edges.push({ key: edge.key ?? "", text: label, box });
      ctx.save();
      ctx.translate(cx, cy);
      ctx.rotate(angle);
      ctx.lineWidth = 3;
      ctx.strokeStyle = background;
      ctx.lineJoin = "round";
      const color = settings.edgeLabelColor;
      ctx.fillStyle = "color" in color && color.color ? color.color : "#4a5563";
      ctx.strokeText(label, -w / 2, off + size - 1);
      ctx.fillText(label, -w / 2, off + size - 1);
      ctx.restore();
    },
  };
}
