// Draws an exported subgraph as a standalone SVG: edges with arrowheads and claim-count
// labels, nodes sized and coloured like the explorer, names as text, tooltips as <title>.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { esc } from "./xml.ts";

export const SVG_SIZE = { width: 1200, height: 800, pad: 60 };

export function project(b: ExportBundle): Map<string, { x: number; y: number; r: number }> {
  const xs = b.nodes.map((n) => n.x);
  const ys = b.nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs, 0), Math.max(...xs, 1), Math.min(...ys, 0), Math.max(...ys, 1)];
  const { width, height, pad } = SVG_SIZE;
  const scale = Math.min((width - 2 * pad) / (maxX - minX || 1), (height - 2 * pad) / (maxY - minY || 1));
  const ox = (width - (maxX - minX) * scale) / 2;
  const oy = (height - (maxY - minY) * scale) / 2;
  return new Map(
    b.nodes.map((n) => [n.id, { x: ox + (n.x - minX) * scale, y: height - (oy + (n.y - minY) * scale), r: n.size }]),
  );
}

const r1 = (v: number) => Math.round(v * 10) / 10;

export function toSvg(b: ExportBundle, opts: { standalone?: boolean } = {}): string {
  const at = project(b);
  const { width, height } = SVG_SIZE;
  const out: string[] = [];
  if (opts.standalone ?? true) out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      `font-family="sans-serif" data-testid="report-graph">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" ' +
      'orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#888"/></marker></defs>',
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    '<g class="edges">',
  );
  for (const e of b.edges) {
    const s = at.get(e.source);
    const t = at.get(e.target);
    if (!s || !t) continue;
    const dx = t.x - s.x;
    const dy = t.y - s.y;
    const len = Math.hypot(dx, dy) || 1;
    const [x2, y2] = [t.x - (dx / len) * (t.r + 2), t.y - (dy / len) * (t.r + 2)];
    out.push(
      `<g class="edge" data-source="${esc(e.source)}" data-target="${esc(e.target)}" data-type="${esc(e.type)}">` +
        `<line x1="${r1(s.x)}" y1="${r1(s.y)}" x2="${r1(x2)}" y2="${r1(y2)}" stroke="#999" ` +
        `stroke-width="${r1(Math.min(6, 1 + Math.log2(e.count)))}" marker-end="url(#arrow)"/>` +
        `<title>${esc(`${e.type} ×${e.count}`)}</title>` +
        `<text x="${r1((s.x + x2) / 2)}" y="${r1((s.y + y2) / 2)}" font-size="9" fill="#666" text-anchor="middle">` +
        `${esc(`${e.type}${e.count > 1 ? ` ×${e.count}` : ""}`)}</text></g>`,
    );
  }
  out.push("</g>", '<g class="nodes">');
  for (const n of b.nodes) {
    const p = at.get(n.id)!;
    out.push(
      `<g class="node" data-id="${esc(n.id)}" data-label="${esc(n.label)}">` +
        `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="${r1(p.r)}" fill="${esc(n.color)}" stroke="#fff" stroke-width="1"/>` +
        `<title>${esc(`${n.name} (${n.label}, ${n.mentions} mentions)`)}</title>` +
        `<text x="${r1(p.x + p.r + 3)}" y="${r1(p.y + 4)}" font-size="12" fill="#222">${esc(n.name)}</text></g>`,
    );
  }
  out.push("</g>", "</svg>", "");
  return out.join("\n");
}
