// The graph overlay: the legend (counts per label of what is visible) and a status line.
import type { KgxGraph } from "../sigma/build-graph.ts";
import type { Visibility } from "../state/filters/index.ts";
import { el } from "./dom.ts";
import { renderLegend } from "./legend.ts";

export function renderOverlay(overlay: HTMLElement, graph: KgxGraph, vis: Visibility | null, truncated: boolean): void {
  const byLabel = new Map<string, number>();
  let nodes = 0;
  graph.forEachNode((id, a) => {
    if (vis?.hiddenNodes.has(id)) return;
    nodes++;
    byLabel.set(a.kind, (byLabel.get(a.kind) ?? 0) + 1);
  });
  const links = vis ? vis.visibleEdges.size : graph.size;
  const filtered = vis ? ` (filtered from ${graph.order} · ${graph.size})` : "";
  const shown = `${nodes} entities · ${links} links${filtered}`;
  overlay.replaceChildren(
    renderLegend(byLabel),
    el("p", {
      className: "graph-status muted",
      testid: "graph-status",
      text: truncated && !vis ? `${shown} (most mentioned; graph truncated)` : shown,
    }),
  );
}
