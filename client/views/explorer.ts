// The graph explorer: fetch the graph, lay it out, draw it with sigma, highlight the
// hovered or selected neighbourhood, and report node clicks to the router.
import type { GraphData } from "../../server/core/model/types.ts";
import { api } from "../api/client.ts";
import { buildGraph, mergeGraphData } from "../sigma/build-graph.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import { runLayout } from "../sigma/layout.ts";
import { createReducers } from "../sigma/reducers.ts";
import { createRenderer } from "../sigma/renderer.ts";
import type { KgxSigma } from "../sigma/renderer.ts";
import type { ExplorerSettings } from "../sigma/settings.ts";
import { EMPTY_SELECTION, withHovered, withSelected } from "../state/selection/index.ts";
import type { SelectionState } from "../state/selection/index.ts";
import type { KgxHooks } from "../test-hooks.ts";
import { mark } from "../test-hooks.ts";
import { el } from "./dom.ts";
import { renderLegend } from "./legend.ts";

export interface Explorer {
  sigma: KgxSigma;
  graph: KgxGraph;
  /** Reflect the route's selection (null clears it) without emitting a click. */
  setSelected(id: string | null): void;
  /** Make sure a node is drawn: fetch and merge its neighbourhood when it is not. */
  ensureNode(id: string): Promise<boolean>;
  /** Move the camera onto a node (when it was picked elsewhere than on the canvas). */
  focusNode(id: string): void;
  kill(): void;
}

export interface ExplorerOptions {
  container: HTMLElement;
  overlay: HTMLElement;
  data: GraphData;
  settings: ExplorerSettings;
  hooks: KgxHooks;
  onNodeClick(id: string | null): void;
}

export async function mountExplorer(opts: ExplorerOptions): Promise<Explorer> {
  const { container, overlay, data, settings, hooks, onNodeClick } = opts;
  const graph = buildGraph(data, settings);
  runLayout(graph, settings);
  mark(hooks, "layout");

  let state: SelectionState = EMPTY_SELECTION;
  const reducers = createReducers(graph, () => state, settings);
  const sigma = createRenderer(container, graph, reducers);
  const update = (next: SelectionState): void => {
    if (next === state) return;
    state = next;
    sigma.refresh({ skipIndexation: true });
  };

  sigma.on("enterNode", ({ node }) => {
    update(withHovered(state, node));
    container.style.cursor = "pointer";
  });
  sigma.on("leaveNode", () => {
    update(withHovered(state, null));
    container.style.cursor = "";
  });
  sigma.on("clickNode", ({ node }) => onNodeClick(node));
  sigma.on("clickStage", () => onNodeClick(null));

  // sigma only listens to window resizes; the panel opening also resizes the container.
  const resizer = new ResizeObserver(() => sigma.scheduleRefresh());
  resizer.observe(container);

  const renderOverlay = (): void => {
    const byLabel = new Map<string, number>();
    graph.forEachNode((_, a) => byLabel.set(a.kind, (byLabel.get(a.kind) ?? 0) + 1));
    const shown = `${graph.order} entities · ${graph.size} links`;
    overlay.replaceChildren(
      renderLegend(byLabel),
      el("p", {
        className: "graph-status muted",
        testid: "graph-status",
        text: data.truncated ? `${shown} (most mentioned; graph truncated)` : shown,
      }),
    );
  };
  renderOverlay();

  hooks.sigma = sigma;
  hooks.graph = graph;
  hooks.clickNode = (id) => {
    if (!graph.hasNode(id)) throw new Error(`kgx: no node ${id}`);
    onNodeClick(id);
  };
  hooks.nodePosition = (id) => {
    if (!graph.hasNode(id)) return null;
    const p = sigma.graphToViewport(graph.getNodeAttributes(id));
    const box = container.getBoundingClientRect();
    return { x: p.x, y: p.y, clientX: box.left + p.x, clientY: box.top + p.y };
  };

  await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  mark(hooks, "firstRender");
  hooks.ready = true;

  return {
    sigma,
    graph,
    setSelected: (id) => update(withSelected(state, id)),
    ensureNode: async (id) => {
      if (graph.hasNode(id)) return true;
      try {
        mergeGraphData(graph, await api.neighbourhood(id, 1, 50), settings, true);
      } catch {
        return false; // the panel reports the entity's own errors
      }
      renderOverlay();
      return graph.hasNode(id);
    },
    focusNode: (id) => {
      if (!graph.hasNode(id)) return;
      if (!sigma.getNodeDisplayData(id)) sigma.refresh(); // a node merged in this frame
      const d = sigma.getNodeDisplayData(id);
      if (d)
        void sigma
          .getCamera()
          .animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, 0.6) }, { duration: 400 });
    },
    kill: () => {
      resizer.disconnect();
      sigma.kill();
    },
  };
}
