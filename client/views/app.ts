// The graph application: keeps the URL hash (selection, filters, camera) and the views in
// step: explorer, entity and evidence panels, toolbar, filters, overview, article view.
import type { Stats } from "@core/model/types.ts";
import type { ExplorerSettings } from "../sigma/settings.ts";
import type { KeptView } from "../state/route/index.ts";
import { parseHash } from "../state/route/index.ts";
import {
  decodeGraphHash,
  encodeGraphHash,
  roundCamera,
  viewBehindArticle,
  workingSetOf,
} from "../state/view-state/index.ts";
import type { CameraView, GraphViewState } from "../state/view-state/index.ts";
import type { KgxHooks } from "../test-hooks.ts";
import { mark } from "../test-hooks.ts";
import type { ArticleView } from "./article-view.ts";
import { message } from "./dom.ts";
import type { ClaimLens, EdgePanel } from "./edge-panel.ts";
import type { EntityPanel } from "./entity-panel.ts";
import type { Explorer } from "./explorer.ts";
import { mountExplorer } from "./explorer.ts";
import { createExplorerTools } from "./explorer-tools.ts";
import { createGraphHistory } from "./graph-history.ts";
import { loadInitialData } from "./initial-data.ts";
import { installShortcuts } from "./shortcuts.ts";
import { onNewsChanged } from "../api/news-api.ts";
import { createTimelineStrip } from "./timeline-strip.ts";
import { loadWorkingSet } from "./working-set.ts";

export interface AppParts {
  main: HTMLElement;
  graphPane: HTMLElement;
  canvas: HTMLElement;
  overlay: HTMLElement;
  loading: HTMLElement;
  panel: EntityPanel;
  edgePanel: EdgePanel;
  article: ArticleView;
  searchInput: () => HTMLInputElement | null;
}

export interface App {
  /** Select an entity (search, links): updates the URL, which updates the views. */
  select(id: string | null): void;
  /** Filter the graph to one article's claims. */
  filterArticle(id: string): void;
}

export function startApp(
  parts: AppParts,
  settings: ExplorerSettings,
  hooks: KgxHooks,
  statsP: Promise<Stats | null>,
): App {
  let explorer: Explorer | null = null;
  let view: GraphViewState = decodeGraphHash(window.location.hash);
  /** The node last clicked on the canvas: selecting it again must not move the camera. */
  let clickedOnCanvas: string | null = null;

  // One history for graph changes and filters, through the URL (Back / Forward, Ctrl+Z / Ctrl+Shift+Z).
  const graphHistory = createGraphHistory(
    () => explorer?.expansion ?? null,
    () => tools?.refresh(),
  );
  const stamp = graphHistory.stamp;
  const go = (patch: Partial<GraphViewState>, pushHistory = true): void => {
    const next = { ...view, ...patch };
    const hash = encodeGraphHash(next);
    if (pushHistory && window.location.hash !== hash) {
      graphHistory.pushed(Boolean(patch.filters) && JSON.stringify(patch.filters) !== JSON.stringify(view.filters));
      window.location.hash = hash; // hashchange applies it
      window.history.replaceState(stamp(), "", hash);
      return;
    }
    window.history.replaceState(stamp(), "", hash);
    void apply();
  };
  const pairOf = (key: string): { key: string; source: string; target: string } | null => {
    if (explorer?.graph.hasEdge(key)) {
      const [source, target] = explorer.graph.extremities(key);
      return { key, source, target };
    }
    const [a, b, ...rest] = key.split("\u0000");
    return a && b && rest.length === 0 ? { key, source: a, target: b } : null;
  };
  /** What links from the panels carry over: the filters, and the camera (see KeptView). */
  const kept = (): KeptView => ({ filters: view.filters, camera: view.camera });
  /** The filters the evidence panel applies, with what the graph decided with them. */
  const lens = (): ClaimLens => ({ filters: view.filters, graph: explorer?.visibility() ?? null, keep: kept() });
  const showEdge = (): Promise<void> => parts.edgePanel.show(view.edge ? pairOf(view.edge) : null, lens());

  async function apply(): Promise<void> {
    const route = parseHash(window.location.hash);
    if (route.view === "article") {
      parts.main.classList.add("reading");
      // The graph behind the article is the one its link kept: "back" and Escape return to
      // it, and a page opened on the article draws it (the selected edge stays as it was).
      view = { ...viewBehindArticle(window.location.hash), edge: view.edge };
      await parts.article.show(route.id, route.span, route.from, route.keep ?? null);
      return;
    }
    parts.main.classList.remove("reading");
    parts.article.hide();
    const prev = view;
    view = decodeGraphHash(window.location.hash);
    const filtersMoved = JSON.stringify(prev.filters) !== JSON.stringify(view.filters);
    // Back or Forward through a filter change: the undo history follows the URL.
    if (filtersMoved) graphHistory.filtersMoved();
    timeline.setPeriod(view.filters.period);
    if (explorer) {
      // Filters first: the evidence panel reads what the graph decides with them.
      if (filtersMoved || explorer.filters() !== view.filters) explorer.setFilters(view.filters);
      explorer.setSelected(view.entity);
      explorer.setEdge(view.edge);
      syncCamera(explorer.camera());
    }
    const shown = Promise.all([parts.panel.show(view.edge ? null : view.entity, kept()), showEdge()]);
    if (explorer) {
      const id = view.entity;
      if (id && id !== clickedOnCanvas && prev.entity !== id && (await explorer.ensureNode(id))) explorer.focusNode(id);
      tools?.refresh();
    }
    await shown;
  }

  /**
   * Once the explorer is drawn its camera is the truth: a link that kept an older camera
   * (rendered before the user panned) must not leave that one in the URL.
   */
  function syncCamera(live: CameraView): void {
    const cam = roundCamera(live);
    if (!view.camera || (view.camera.x === cam.x && view.camera.y === cam.y && view.camera.ratio === cam.ratio)) return;
    view = { ...view, camera: cam };
    window.history.replaceState(stamp(), "", encodeGraphHash(view));
  }

  let tools: ReturnType<typeof createExplorerTools> | null = null;
  const timeline = createTimelineStrip((period) => go({ filters: { ...view.filters, period } }, false));
  parts.graphPane.append(timeline.element);
  // Articles added or removed: the drawn graph is swapped for the new one (undoable).
  onNewsChanged(() => {
    if (!explorer) return void mount();
    void loadInitialData(null, settings).then((data) => explorer?.expansion.apply(data, "replace", "news changed"));
  });
  const app: App = {
    select: (id) => go({ entity: id, edge: null }),
    filterArticle: (id) => go({ filters: { ...view.filters, article: id } }, false),
  };

  async function start(): Promise<void> {
    window.addEventListener("hashchange", () => void apply());
    const first = apply();
    await mount();
    await first;
  }

  let mounting = false;
  /** Draws the first graph; again after news arrives in an empty store. */
  async function mount(): Promise<void> {
    if (mounting || explorer) return;
    mounting = true;
    try {
      // A shared link draws its working set at its positions; otherwise the usual start.
      const shared = workingSetOf(window.location.hash);
      const data = shared ? await loadWorkingSet(Object.keys(shared)) : await loadInitialData(await statsP, settings);
      mark(hooks, "graphFetched");
      if (data.nodes.length === 0) {
        parts.loading.textContent = "The graph is empty: add news (the button above) or run kgx ingest <files>.";
        hooks.ready = true;
        return;
      }
      const initial = view;
      explorer = await mountExplorer({
        container: parts.canvas,
        overlay: parts.overlay,
        data,
        settings,
        hooks,
        ...(shared ? { positions: shared } : {}),
        onNodeClick: (id) => {
          clickedOnCanvas = id;
          go({ entity: id, edge: null });
        },
        onEdgeClick: (key) => go({ edge: key, entity: null }),
        requestFilters: (filters) => go({ filters }),
        onCameraChange: (c) => {
          if (parseHash(window.location.hash).view !== "graph") return;
          const camera = roundCamera(c);
          view = { ...view, camera };
          // The URL may already hold a selection whose hashchange has not run yet (a click
          // during the camera's animation): keep it, change only the camera.
          window.history.replaceState(
            stamp(),
            "",
            encodeGraphHash({ ...decodeGraphHash(window.location.hash), camera }),
          );
        },
      });
      parts.loading.remove();
      tools = createExplorerTools(parts.graphPane, explorer, statsP, {
        selected: () => view.entity,
        setFilters: (filters) => go({ filters }),
        kept,
        undo: graphHistory.undo,
        canUndo: graphHistory.canUndo,
        onPng: (png) => (hooks.pngLabels = () => png.labels),
      });
      explorer.expansion.onRecord(graphHistory.graphRecorded);
      // Filters or the drawn graph changed: the open evidence panel follows.
      explorer.onChange(() => void showEdge());
      installShortcuts({
        explorer,
        searchInput: parts.searchInput,
        escape: escapeView,
        undo: graphHistory.undo,
        redo: graphHistory.redo,
      });
      explorer.setFilters(initial.filters);
      explorer.setSelected(initial.entity);
      explorer.setEdge(initial.edge);
      if (initial.camera) explorer.setCamera(initial.camera);
      else if (initial.entity && (await explorer.ensureNode(initial.entity))) explorer.focusNode(initial.entity);
      else explorer.fit(false);
      tools.refresh();
      void showEdge();
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      hooks.error = text;
      parts.loading.replaceWith(message(`Cannot load the graph: ${text}`, "error"));
    } finally {
      mounting = false;
    }
  }

  function escapeView(): void {
    const route = parseHash(window.location.hash);
    if (route.view === "article") window.location.hash = encodeGraphHash({ ...view, entity: route.from });
    else if (view.entity || view.edge) go({ entity: null, edge: null });
  }

  void start();
  return app;
}
