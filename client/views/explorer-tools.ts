// The tools around the canvas: toolbar (expand, undo, ego, layout), filter and overview
// panels, and the export menu, kept in step with the explorer's graph and filters.
import type { Stats } from "@core/model/types.ts";
import type { ViewPng } from "../sigma/png-export.ts";
import type { FilterState } from "../state/filters/index.ts";
import { isDefaultFilters } from "../state/filters/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { el } from "./dom.ts";
import { createExportMenu } from "./export-menu.ts";
import type { Explorer } from "./explorer.ts";
import { createFilterPanel } from "./filter-panel.ts";
import { renderOverview } from "./overview-panel.ts";
import { createToolbar } from "./toolbar.ts";
import { shareUrl } from "./working-set.ts";

export interface ToolsContext {
  selected(): string | null;
  setFilters(f: FilterState): void;
  /** What the overview's entity links carry over (the filters). */
  kept(): KeptView;
  /** The app's one history: expansions, ego views and filters. */
  undo(): void;
  canUndo(): boolean;
  /** A PNG of the view was made (the test hooks keep its label layout). */
  onPng?(png: ViewPng): void;
}

export function createExplorerTools(
  pane: HTMLElement,
  explorer: Explorer,
  statsP: Promise<Stats | null>,
  ctx: ToolsContext,
): { refresh(): void } {
  const filters = createFilterPanel((f) => ctx.setFilters(f));
  const overview = el("section", {
    className: "tool-panel overview-panel",
    testid: "overview-panel",
    attrs: { "aria-label": "Overview" },
  });
  overview.hidden = true;
  let stats: Stats | null = null;
  void statsP.then((s) => {
    stats = s;
    if (!overview.hidden) renderOverview(overview, stats, explorer.graph, ctx.kept());
  });
  const exportMenu = createExportMenu(explorer, ctx.selected, ctx.onPng);
  const toolbar = createToolbar(
    {
      expand: () => {
        const id = ctx.selected();
        if (!id) return;
        void explorer.expansion
          .expand(id)
          .then((added) => {
            if (added > 0) return;
            const name = explorer.graph.hasNode(id) ? explorer.graph.getNodeAttribute(id, "name") : id;
            toolbar.say(`Nothing new to add: every neighbour of ${name} is already drawn.`);
          })
          .catch((err: unknown) => toolbar.say(`Cannot expand: ${err instanceof Error ? err.message : String(err)}`))
          .finally(refresh);
      },
      undo: () => ctx.undo(),
      ego: (hops) => {
        const id = ctx.selected();
        if (id) void explorer.expansion.ego(id, hops);
      },
      fit: () => explorer.fit(),
      shareUrl: () => shareUrl(explorer.graph, window.location.hash),
      toggleLayout: () => {
        if (explorer.layout.phase() === "idle") explorer.layout.start();
        else void explorer.layout.stop();
      },
      togglePanel: (name) => {
        const panel = name === "filters" ? filters.element : overview;
        const other = name === "filters" ? overview : filters.element;
        panel.hidden = !panel.hidden;
        other.hidden = true;
        refresh();
      },
    },
    [exportMenu.element],
  );
  const panels = el("div", { className: "tool-panels" }, [filters.element, overview]);
  pane.append(el("div", { className: "tools" }, [toolbar.element, panels]));

  function refresh(): void {
    const id = ctx.selected();
    const f = explorer.filters();
    toolbar.update({
      selected: id && explorer.graph.hasNode(id) ? id : null,
      remaining: id ? explorer.expansion.remaining(id) : null,
      canUndo: ctx.canUndo(),
      layout: explorer.layout.phase(),
      filtersActive: !isDefaultFilters(f),
    });
    if (!filters.element.hidden) {
      const outlets = explorer.graph
        .filterNodes((_, a) => a.kind === "Outlet")
        .map((n) => ({ id: n, name: explorer.graph.getNodeAttribute(n, "name") }))
        .sort((a, b) => a.name.localeCompare(b.name));
      filters.render(f, outlets);
    }
    if (!overview.hidden) renderOverview(overview, stats, explorer.graph, ctx.kept());
  }
  explorer.onChange(refresh);
  explorer.layout.onChange(refresh);
  refresh();
  return { refresh };
}
