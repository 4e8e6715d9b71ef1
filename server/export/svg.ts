// Draws an exported subgraph as a standalone SVG: one line per pair of entities (as the
// explorer draws them) with arrowheads and a whole, non-overlapping label, discs and names.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { linkLabel, linksOf } from "./report-text.ts";
import { esc } from "./xml.ts";

export const SVG_SIZE = { width: 1200, height: 800, pad: 60 };
const NODE_FONT = 16;
const EDGE_FONT = 15;
/** Average glyph width of the sans-serif font, in ems (labels are measured without a canvas). */
const EM = 0.56;

export function project(b: ExportBundle): Map<string, { x: number; y: number; r: number }> {
  // a loop, not Math.min(...xs): a spread of every node's coordinate overflows the stack on large views
  let [minX, maxX, minY, maxY] = [0, 1, 0, 1];
  for (const n of b.nodes) {
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  }
  const { width, height, pad } = SVG_SIZE;
  // Room on the right for the names drawn right of the discs.
  const scale = Math.min((width - 2 * pad - 120) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1));
  const ox = (width - 120 - (maxX - minX) * scale) / 2;
  const oy = (height - (maxY - minY) * scale) / 2;
  return new Map(
    b.nodes.map((n) => [n.id, { x: ox + (n.x - minX) * scale, y: height - (oy + (n.y - minY) * scale), r: n.size }]),
  );
}

const r1 = (v: number) => Math.round(v * 10) / 10;

type Box = { x0: number; y0: number; x1: number; y1: number };
const hit = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function toSvg(b: ExportBundle, opts: { standalone?: boolean } = {}): string {
  const at = project(b);
  const { width, height } = SVG_SIZE;
  const out: string[] = [];
  if (opts.standalone ?? true) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      `font-family="sans-serif" data-testid="report-graph">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" ' +
      'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#777"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  );
  // Node names and discs are placed first; an edge label that would cover one (or another
  // edge label) is left out rather than drawn over it: the claims table has every claim.
  const taken: Box[] = [];
  for (const n of b.nodes) {
    const p = at.get(n.id)!;
    taken.push({ x0: p.x - p.r, y0: p.y - p.r, x1: p.x + p.r, y1: p.y + p.r });
    taken.push({ x0: p.x + p.r + 2, y0: p.y - 9, x1: p.x + p.r + 4 + n.name.length * NODE_FONT * EM, y1: p.y + 6 });
  }
  const links = linksOf(b.edges).sort((x, y) => y.count - x.count);
  const edges: string[] = [];
  for (const l of links) {
    const s = at.get(l.a);
    const t = at.get(l.b);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const [x1, y1] = [s.x + (dx / len) * (s.r + 2), s.y + (dy / len) * (s.r + 2)];
    const [x2, y2] = [t.x - (dx / len) * (t.r + 2), t.y - (dy / len) * (t.r + 2)];
    const forward = l.parts.some((p) => p.forward);
    const backward = l.parts.some((p) => !p.forward);
    const label = linkLabel(l);
    const w = label.length * EDGE_FONT * EM;
    const [cx, cy] = [(x1 + x2) / 2, (y1 + y2) / 2];
    const box = { x0: cx - w / 2 - 2, y0: cy - EDGE_FONT, x1: cx + w / 2 + 2, y1: cy + 4 };
    const fits = w < Math.hypot(x2 - x1, y2 - y1) + 40 && !taken.some((o) => hit(o, box));
    if (fits) taken.push(box);
    edges.push(
      `<g class="edge" data-source="${esc(l.a)}" data-target="${esc(l.b)}" data-type="${esc(l.parts.map((p) => p.type).join(" "))}">` +
        `<line x1="${r1(x1)}" y1="${r1(y1)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="#999" ` +
        `stroke-width="${r1(Math.min(6, 1 + Math.log2(l.count)))}"` +
        `${forward ? ' marker-end="url(#arrow)"' : ""}${backward ? ' marker-start="url(#arrow)"' : ""}/>` +
        `<title>${esc(label)}</title>` +
        (fits
          ? `<text x="${r1(cx)}" y="${r1(cy)}" font-size="${EDGE_FONT}" fill="#444" text-anchor="middle" ` +
            `paint-order="stroke" stroke="#fff" stroke-width="3">${esc(label)}</text>`
          : "") +
        "</g>",
    );
  }
  out.push('<g class="edges">');
  for (const e of edges) out.push(e); // never a spread: one argument per edge overflows the stack
  out.push("</g>", '<g class="nodes">');
  for (const n of b.nodes) {
    const p = at.get(n.id)!;
    out.push(
      `<g class="node" data-id="${esc(n.id)}" data-label="${esc(n.label)}">` +
        `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="${r1(p.r)}" fill="${esc(n.color)}" stroke="#fff" stroke-width="1"/>` +
        `<title>${esc(`${n.name} (${n.label}, ${n.mentions} mentions)`)}</title>` +
        `<text x="${r1(p.x + p.r + 3)}" y="${r1(p.y + 5)}" font-size="${NODE_FONT}" fill="#222" ` +
        `paint-order="stroke" stroke="#fff" stroke-width="3">${esc(n.name)}</text></g>`,
    );
  }
  out.push("</g>", "</svg>", "");
  return out.join("\n");
}
