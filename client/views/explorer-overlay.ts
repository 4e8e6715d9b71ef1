// The graph overlay: the clickable legend (counts per label of what is visible), a status
// line, and, when the filters leave nothing, which filters did it with a one-click reset.
import { ENTITY_LABELS } from "@core/model/labels.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import { DEFAULT_FILTERS, describeFilters, toggleIn } from "../state/filters/index.ts";
import type { FilterState, Visibility } from "../state/filters/index.ts";
import { el } from "./dom.ts";
import { renderLegend } from "./legend.ts";

export interface OverlayState {
  graph: KgxGraph;
  vis: Visibility | null;
  filters: FilterState;
  truncated: boolean;
  /** Ask for other filters (the legend's toggles, the reset); null when read-only. */
  setFilters: ((f: FilterState) => void) | null;
}

export function renderOverlay(overlay: HTMLElement, s: OverlayState): void {
  const { graph, vis, filters, setFilters } = s;
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
  const toggle = setFilters
    ? (label: (typeof ENTITY_LABELS)[number]) =>
        setFilters({ ...filters, labels: toggleIn(filters.labels, label, ENTITY_LABELS) })
    : null;
  const name = (id: string): string => (graph.hasNode(id) ? graph.getNodeAttribute(id, "name") : id);
  const empty =
    vis && nodes === 0 && graph.order > 0
      ? el("div", { className: "graph-empty", testid: "graph-empty", attrs: { role: "status" } }, [
          el("p", { text: `Nothing passes the filters: ${describeFilters(filters, name).join("; ")}.` }),
          setFilters
            ? el("button", {
                className: "tool-button",
                text: "Reset filters",
                testid: "empty-reset",
                attrs: { type: "button" },
                onClick: () => setFilters(DEFAULT_FILTERS),
              })
            : null,
        ])
      : null;
  overlay.replaceChildren(
    ...[
      empty,
      renderLegend(byLabel, filters.labels, toggle),
      el("p", {
        className: "graph-status muted",
        testid: "graph-status",
        text: s.truncated && !vis ? `${shown} (most mentioned; graph truncated)` : shown,
      }),
    ].filter((e): e is HTMLElement => e !== null),
  );
}
