// A client-side SVG of the current view: what sigma shows (filters applied) projected to
// the viewport: edges as lines, nodes as discs, and labels of labelled nodes.
import type { KgxSigma } from "./renderer.ts";

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

export function viewToSvg(sigma: KgxSigma, background = "#fbfbfc"): string {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${esc(background)}"/>`,
  ];
  const pos = (id: string) => {
    const d = sigma.getNodeDisplayData(id);
    if (!d || d.hidden) return null;
    const p = sigma.framedGraphToViewport(d);
    return { ...p, r: sigma.scaleSize(d.size), d };
  };
  graph.forEachEdge((e, _a, s, t) => {
    const d = sigma.getEdgeDisplayData(e);
    const a = pos(s);
    const b = pos(t);
    if (!d || d.hidden || !a || !b) return;
    out.push(
      `<line x1="${a.x.toFixed(1)}" y1="${a.y.toFixed(1)}" x2="${b.x.toFixed(1)}" y2="${b.y.toFixed(1)}" stroke="${esc(d.color)}" stroke-width="${sigma.scaleSize(d.size).toFixed(2)}"/>`,
    );
  });
  const labels: string[] = [];
  graph.forEachNode((id) => {
    const p = pos(id);
    if (!p || p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
    out.push(`<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="${p.r.toFixed(1)}" fill="${esc(p.d.color)}"/>`);
    if (p.d.label && (p.d.forceLabel || p.r >= 6))
      labels.push(`<text x="${(p.x + p.r + 3).toFixed(1)}" y="${(p.y + 4).toFixed(1)}">${esc(p.d.label)}</text>`);
  });
  out.push(`<g font-family="system-ui, sans-serif" font-size="13" fill="#1d232b">`, ...labels, "</g></svg>");
  return out.join("\n");
}
