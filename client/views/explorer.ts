// The graph explorer: draw the graph with sigma, filter and highlight through reducers,
// expand / undo / ego networks, the layout worker, the view bus, and test hooks.
import circular from "graphology-layout/circular";
import { api } from "../api/client.ts";
import { buildGraph } from "../sigma/build-graph.ts";
import { fitTarget, overlayInsets } from "../sigma/camera-fit.ts";
import { createLabelLayout } from "../sigma/label-layout.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import { edgeAt } from "../sigma/edge-hit.ts";
import { createExpansion } from "../sigma/expansion.ts";
import type { ExpansionController } from "../sigma/expansion.ts";
import { runLayout } from "../sigma/layout.ts";
import { createLayoutController, drawLightWhileRunning } from "../sigma/layout-worker.ts";
import type { LayoutController } from "../sigma/layout-worker.ts";
import { loadPositions, savePositions } from "../sigma/positions-store.ts";
import { createReducers } from "../sigma/reducers.ts";
import type { ViewModel } from "../sigma/reducers.ts";
import { createRenderer } from "../sigma/renderer.ts";
import type { KgxSigma } from "../sigma/renderer.ts";
import type { ExplorerSettings } from "../sigma/settings.ts";
import type { PositionMap } from "../state/positions/index.ts";
import { DEFAULT_FILTERS, NO_CONTEXT } from "../state/filters/index.ts";
import type { FilterState, Visibility } from "../state/filters/index.ts";
import type { DrawData } from "../state/graph/index.ts";
import { EMPTY_SELECTION, withHovered, withSelected } from "../state/selection/index.ts";
import type { CameraView } from "../state/view-state/index.ts";
import type { KgxHooks } from "../test-hooks.ts";
import { mark } from "../test-hooks.ts";
import { connectViewBus } from "./explorer-bus.ts";
import { loadArticleDates } from "./timeline-strip.ts";
import { renderOverlay } from "./explorer-overlay.ts";
import { installGraphKeyboard } from "./graph-keyboard.ts";
import { installExplorerHooks } from "./explorer-hooks.ts";

export interface Explorer {
  sigma: KgxSigma;
  graph: KgxGraph;
  expansion: ExpansionController;
  layout: LayoutController;
  /** Reflect the route's selection (null clears it) without emitting a click. */
  setSelected(id: string | null): void;
  setEdge(key: string | null): void;
  setFilters(filters: FilterState): void;
  filters(): FilterState;
  /** What the current filters hide in the drawn graph (null when no filter is active). */
  visibility(): Visibility | null;
  /** Make sure a node is drawn: fetch and merge its neighbourhood when it is not. */
  ensureNode(id: string): Promise<boolean>;
  /** Move the camera onto a node (when it was picked elsewhere than on the canvas). */
  focusNode(id: string): void;
  camera(): CameraView;
  setCamera(c: CameraView): void;
  /** Zoom to fit the visible nodes inside what the overlays leave free. */
  fit(animate?: boolean): void;
  /** Ids of the nodes the filters leave visible. */
  visibleNodes(): string[];
  onChange(cb: () => void): void;
  kill(): void;
}

export interface ExplorerOptions {
  container: HTMLElement;
  overlay: HTMLElement;
  data: DrawData;
  settings: ExplorerSettings;
  hooks: KgxHooks;
  onNodeClick(id: string | null): void;
  onEdgeClick(key: string): void;
  onCameraChange(c: CameraView): void;
  /** Positions to start from (a shared view's) instead of this browser's saved ones. */
  positions?: PositionMap;
  /** The legend and the empty-view reset ask for other filters through the URL. */
  requestFilters?(f: FilterState): void;
}

export async function mountExplorer(opts: ExplorerOptions): Promise<Explorer> {
  const { container, overlay, data, settings, hooks, onNodeClick } = opts;
  const saved = opts.positions ?? loadPositions();
  const graph = buildGraph(data, settings, saved);
  const placed = graph.everyNode((id) => id in saved);
  const initialLayout = (): void => {
    if (graph.order <= settings.syncLayoutMax) runLayout(graph, settings);
    else circular.assign(graph, { scale: 100 });
  };
  if (!placed) initialLayout();
  mark(hooks, "layout");

  let view: ViewModel = {
    selection: EMPTY_SELECTION,
    edge: null,
    filters: DEFAULT_FILTERS,
    context: NO_CONTEXT,
    hits: new Set(),
  };
  const reducers = createReducers(graph, () => view, settings);
  const labels = createLabelLayout(settings.background);
  const sigma = createRenderer(container, graph, reducers, settings.instancedPrograms, labels);
  const listeners: Array<() => void> = [];
  const changed = (): void => listeners.forEach((cb) => cb());
  const update = (next: ViewModel): void => {
    if (next === view) return;
    view = next;
    sigma.refresh({ skipIndexation: true });
  };

  const layout = createLayoutController(graph, settings, () => savePositions(graph));
  drawLightWhileRunning(layout, sigma, reducers);
  const expansion = createExpansion({
    graph,
    settings,
    neighbourhood: (id, hops, limit) => api.neighbourhood(id, hops, limit),
    saved: () => loadPositions(),
    afterReplace: () => {
      if (!graph.everyNode((id) => id in saved)) initialLayout();
    },
  });
  expansion.onChange(() => {
    draw();
    changed();
    fit();
  });
  // Ego, expand, query results, filters and the layout's end all re-fit the camera.
  const fit = (animate = true): void => {
    sigma.refresh(); // sigma re-frames the graph after nodes were added or moved
    const pane = container.parentElement ?? container;
    const target = fitTarget(sigma, visibleNodes(), overlayInsets(pane, container));
    if (!target) return;
    const cam = sigma.getCamera();
    if (animate) void cam.animate(target, { duration: 300 });
    else cam.setState(target);
  };
  layout.onChange((phase) => phase === "idle" && fit());

  sigma.on("enterNode", ({ node }) => {
    update({ ...view, selection: withHovered(view.selection, node) });
    container.style.cursor = "pointer";
  });
  sigma.on("leaveNode", () => {
    update({ ...view, selection: withHovered(view.selection, null) });
    container.style.cursor = "";
  });
  window.addEventListener("kgx:search-hits", (ev) => {
    const ids = (ev as CustomEvent<string[]>).detail.filter((id) => graph.hasNode(id));
    if (ids.length || view.hits?.size) update({ ...view, hits: new Set(ids) });
  });
  sigma.on("clickNode", ({ node }) => onNodeClick(node));
  sigma.on("clickStage", ({ event }) => {
    const edge = edgeAt(sigma, event);
    if (edge) opts.onEdgeClick(edge);
    else onNodeClick(null);
  });
  sigma.on("doubleClickNode", (e) => {
    e.preventSigmaDefault();
    void expansion.expand(e.node);
  });
  let camTimer: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", (s) => {
    clearTimeout(camTimer);
    camTimer = setTimeout(() => opts.onCameraChange({ x: s.x, y: s.y, ratio: s.ratio }), 250);
  });

  // sigma only listens to window resizes; the panel opening also resizes the container.
  const resizer = new ResizeObserver(() => sigma.scheduleRefresh());
  resizer.observe(container);

  const visibleNodes = (): string[] => {
    const hidden = reducers.visibility()?.hiddenNodes;
    return graph.filterNodes((id) => !hidden?.has(id));
  };
  const draw = (): void =>
    renderOverlay(overlay, {
      graph,
      vis: reducers.visibility(),
      filters: view.filters,
      truncated: data.truncated === true,
      setFilters: opts.requestFilters ?? null,
    });
  draw();

  // The article filter needs the article's entities when edges carry no articleIds.
  let articleFor: string | null = null;
  /** The article index (dates, publishers) is loaded once a period or outlet filter needs it. */
  let indexRequested = false;
  const setFilters = (filters: FilterState): void => {
    const moved = JSON.stringify(filters) !== JSON.stringify(view.filters);
    const needsArticle = filters.article !== null && filters.article !== articleFor;
    const kept = filters.article === articleFor ? view.context : NO_CONTEXT;
    const { articleDates = null, articlePublishers = null } = view.context;
    update({ ...view, filters, context: { ...kept, articleDates, articlePublishers } });
    if ((filters.period !== null || filters.outlet !== null) && !indexRequested) {
      indexRequested = true;
      loadArticleDates(api, (index) => {
        update({
          ...view,
          context: { ...view.context, articleDates: index.dates, articlePublishers: index.publishers },
        });
        draw();
        changed();
      });
    }
    if (needsArticle) {
      articleFor = filters.article;
      void api
        .article(filters.article!)
        .then((a) => {
          if (view.filters.article === a.article.id)
            update({ ...view, context: { articleEntities: new Set(a.mentions.map((m) => m.id)) } });
        })
        .catch(() => {})
        .finally(draw);
    }
    draw();
    changed();
    if (moved) fit(); // what is shown changed: frame it
  };

  const explorer: Explorer = {
    sigma,
    graph,
    expansion,
    layout,
    setSelected: (id) => update({ ...view, selection: withSelected(view.selection, id) }),
    setEdge: (key) => update({ ...view, edge: key }),
    setFilters,
    filters: () => view.filters,
    visibility: () => reducers.visibility(),
    ensureNode: async (id) => {
      if (graph.hasNode(id)) return true;
      try {
        expansion.apply(await api.neighbourhood(id, 1, 50), "add", `show ${id}`);
      } catch {
        return false; // the panel reports the entity's own errors
      }
      return graph.hasNode(id);
    },
    focusNode: (id) => {
      if (!graph.hasNode(id)) return;
      if (!sigma.getNodeDisplayData(id)) sigma.refresh(); // a node merged in this frame
      const d = sigma.getNodeDisplayData(id);
      const cam = sigma.getCamera();
      if (d) void cam.animate({ x: d.x, y: d.y, ratio: Math.min(cam.ratio, 0.6) }, { duration: 400 });
    },
    camera: () => {
      const s = sigma.getCamera().getState();
      return { x: s.x, y: s.y, ratio: s.ratio };
    },
    setCamera: (c) => sigma.getCamera().setState({ x: c.x, y: c.y, ratio: c.ratio }),
    fit,
    visibleNodes,
    onChange: (cb) => void listeners.push(cb),
    kill: () => {
      layout.kill();
      resizer.disconnect();
      sigma.kill();
    },
  };
  connectViewBus({
    apply: (data, mode, label) => void expansion.apply(data, mode, label),
    refresh: () => sigma.refresh(),
    visibleNodes,
    position: (id) =>
      graph.hasNode(id) ? { x: graph.getNodeAttribute(id, "x"), y: graph.getNodeAttribute(id, "y") } : null,
    selected: () => view.selection.selected,
  });
  const keyboard = installGraphKeyboard({
    container,
    graph,
    sigma,
    visibleNodes,
    selected: () => view.selection.selected,
    setCursor: (id) => update({ ...view, selection: withHovered(view.selection, id) }),
    open: onNodeClick,
  });
  hooks.keyboardCursor = () => keyboard.cursor();
  installExplorerHooks(
    hooks,
    { graph, sigma, layoutPhase: () => layout.phase(), onNodeClick: opts.onNodeClick, onEdgeClick: opts.onEdgeClick },
    container,
    reducers.visibility,
  );
  hooks.labels = () => labels.frame();

  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  mark(hooks, "firstRender");
  hooks.ready = true;
  return explorer;
}
