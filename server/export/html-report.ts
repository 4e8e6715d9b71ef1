// The self-contained HTML evidence report (one file, no network): names, legend, interactive graph,
// and every claim with evidence, confidence, rule, date and article; readable printed on A4.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { LABEL_COLORS } from "../core/model/labels.ts";
import { outletOf, statementOf } from "./markdown.ts";
import { articleDate, articleUrl, linksOf, polarityWord, readable, readableTime } from "./report-text.ts";
import { toSvg } from "./svg.ts";
import { esc } from "./xml.ts";

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:16px 24px;background:#1f2933;color:#fff}header h1{margin:0 0 4px;font-size:20px}
header p{margin:2px 0;color:#cbd2d9}main{padding:16px 24px}
.graph{border:1px solid #ddd;background:#fff;overflow:hidden;cursor:grab;height:70vh}.graph svg{width:100%;height:100%}
.legend{display:flex;gap:14px;flex-wrap:wrap;margin:8px 0}.legend span{display:inline-flex;align-items:center;gap:6px}
.legend i{width:12px;height:12px;border-radius:50%;display:inline-block}
.dim{opacity:.12}.hit circle{stroke:#000;stroke-width:2}table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid #ddd;padding:6px 8px;vertical-align:top;text-align:left}th{background:#f0f2f4}
tr.hidden{display:none}button{margin:8px 0}.muted{color:#667}.num,.date{white-space:nowrap}
.polarity{display:inline-block;padding:0 5px;border-radius:6px;background:#fde2e1;color:#9b1c1c;font-size:11px;text-transform:uppercase}
code{font-size:12px}td a{color:#1d5f86}td:nth-child(4){width:36%}td:nth-child(8){width:18%}
@media print{@page{size:A4 landscape;margin:12mm}body{background:#fff;font-size:10.5pt}
header{background:none;color:#000;padding:0 0 6px;border-bottom:2px solid #000}header p{color:#333}main{padding:8px 0}
.graph{height:148mm;border:0;break-inside:avoid;break-after:page}button{display:none}
thead{display:table-header-group}tr{break-inside:avoid}th,td{padding:3px 5px}}`;

const SCRIPT = `(() => {
const svg = document.querySelector('.graph svg'); const rows = [...document.querySelectorAll('tbody tr')];
const nodes = [...svg.querySelectorAll('g.node')]; const edges = [...svg.querySelectorAll('g.edge')];
const vb = svg.viewBox.baseVal; let drag = null;
const focus = (id) => {
  const near = new Set([id]);
  edges.forEach((e) => { const s = e.dataset.source, t = e.dataset.target;
    const on = s === id || t === id; if (on) { near.add(s); near.add(t); } e.classList.toggle('dim', id !== null && !on); });
  nodes.forEach((n) => { n.classList.toggle('dim', id !== null && !near.has(n.dataset.id)); n.classList.toggle('hit', n.dataset.id === id); });
};
let pinned = null;
nodes.forEach((n) => {
  n.addEventListener('mouseenter', () => pinned || focus(n.dataset.id));
  n.addEventListener('mouseleave', () => pinned || focus(null));
  n.addEventListener('click', (ev) => { ev.stopPropagation(); pinned = n.dataset.id; focus(pinned);
    rows.forEach((r) => r.classList.toggle('hidden', r.dataset.source !== pinned && r.dataset.target !== pinned));
    document.getElementById('filter').textContent = 'Claims of ' + n.querySelector('text').textContent; });
});
document.getElementById('all').addEventListener('click', () => { pinned = null; focus(null);
  rows.forEach((r) => r.classList.remove('hidden')); document.getElementById('filter').textContent = 'All claims'; });
svg.addEventListener('wheel', (ev) => { ev.preventDefault(); const k = ev.deltaY > 0 ? 1.15 : 1 / 1.15;
  const r = svg.getBoundingClientRect(); const px = vb.x + (ev.clientX - r.left) / r.width * vb.width;
  const py = vb.y + (ev.clientY - r.top) / r.height * vb.height;
  vb.x = px - (px - vb.x) * k; vb.y = py - (py - vb.y) * k; vb.width *= k; vb.height *= k; }, { passive: false });
svg.addEventListener('mousedown', (ev) => { drag = { x: ev.clientX, y: ev.clientY }; });
window.addEventListener('mouseup', () => { drag = null; });
window.addEventListener('mousemove', (ev) => { if (!drag) return; const r = svg.getBoundingClientRect();
  vb.x -= (ev.clientX - drag.x) / r.width * vb.width; vb.y -= (ev.clientY - drag.y) / r.height * vb.height;
  drag = { x: ev.clientX, y: ev.clientY }; });
document.body.dataset.ready = 'true';
})();`;

/** The claims table: what, who, whom, the evidence, and how far to trust it and where it is from. */
function claimRows(b: ExportBundle): string {
  return b.claims
    .map((c) => {
      const meta = b.articles?.[c.article];
      const url = articleUrl(meta);
      const full = c.articleTitle || c.article;
      // Some titles are whole summaries: the cell keeps the start, the tooltip all of it.
      const title =
        full.length > 90 ? `<span title="${esc(full)}">${esc(full.slice(0, 88).trimEnd())}…</span>` : esc(full);
      const polarity = polarityWord(c);
      return (
        `<tr data-claim="${esc(c.id)}" data-source="${esc(c.source)}" data-target="${esc(c.target)}">` +
        `<td>${esc(c.type)}${polarity ? ` <b class="polarity">${esc(polarity)}</b>` : ""}${c.reviewed ? " ✓ reviewed" : ""}</td>` +
        `<td>${esc(c.sourceName)}</td><td>${esc(c.targetName)}${c.role ? `<br><i>as ${esc(c.role)}</i>` : ""}</td>` +
        `<td>${esc(statementOf(c))}</td><td class="num">${Math.round(c.confidence * 100)}%</td>` +
        `<td><code>${esc(c.rule)}</code></td><td class="date">${esc(articleDate(meta))}</td>` +
        `<td>${url ? `<a href="${esc(url)}">${title}</a>` : title}<br><span class="muted">sentence ${c.sentence + 1}</span></td>` +
        `<td>${esc(outletOf(c))}</td></tr>`
      );
    })
    .join("\n");
}

export function toHtmlReport(b: ExportBundle): string {
  const labels = [...new Set(b.nodes.map((n) => n.label))].sort();
  const legend =
    labels.map((l) => `<span><i style="background:${LABEL_COLORS[l]}"></i>${esc(l)}</span>`).join("") +
    '<span class="muted">Disc size: mentions · Arrow: who claims → about whom · Label: claim types ×count</span>';
  const title = readable(b, b.title);
  const links = linksOf(b.edges).length;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${esc(title)}</h1>
<p>Produced by: <span data-testid="report-origin">${esc(readable(b, b.origin))}</span></p>
<p>Generated <time datetime="${esc(b.generatedAt)}" data-testid="report-time">${esc(readableTime(b.generatedAt))}</time> ·
<span data-testid="report-counts">${b.nodes.length} entities · ${links} link${links === 1 ? "" : "s"} · ${b.claims.length} claims</span></p></header>
<main><div class="legend" data-testid="report-legend">${legend}</div>
<div class="graph">${toSvg(b, { standalone: false })}</div>
<h2 id="filter">All claims</h2><button id="all" type="button">Show all claims</button>
<table data-testid="report-claims"><thead><tr><th>Type</th><th>Source</th><th>Target</th><th>Quote or sentence</th>
<th>Confidence</th><th>Rule</th><th>Date</th><th>Article</th><th>Outlet</th></tr></thead><tbody>
${claimRows(b)}
</tbody></table></main>
<script>${SCRIPT}</script></body></html>
`;
}
