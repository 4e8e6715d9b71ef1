// Render bench subject: the explorer's own renderer setup (buildGraph, reducers with
// filters and selection, createRenderer and its settings) on the same graph as bare sigma.
import type Sigma from "sigma";
import { buildGraph } from "../client/sigma/build-graph.ts";
import { createReducers } from "../client/sigma/reducers.ts";
import type { Reducers, ViewModel } from "../client/sigma/reducers.ts";
import { createRenderer } from "../client/sigma/renderer.ts";
import type { KgxSigma } from "../client/sigma/renderer.ts";
import { DEFAULT_SETTINGS } from "../client/sigma/settings.ts";
import { DEFAULT_FILTERS, NO_CONTEXT } from "../client/state/filters/index.ts";
import { EMPTY_SELECTION } from "../client/state/selection/index.ts";
import { createLayoutController, drawLightWhileRunning } from "../client/sigma/layout-worker.ts";
import type { LayoutController } from "../client/sigma/layout-worker.ts";
import type { GraphData } from "../server/core/model/types.ts";
import { measure } from "./bare-sigma-measure.ts";
import { measureLayout } from "./layout-measure.ts";

let mounted: { sigma: KgxSigma; reducers: Reducers; layout?: LayoutController } | null = null;
const mount = (data: GraphData, container: HTMLElement): Sigma => {
  const graph = buildGraph(data, DEFAULT_SETTINGS);
  const view: ViewModel = { selection: EMPTY_SELECTION, edge: null, filters: DEFAULT_FILTERS, context: NO_CONTEXT };
  const reducers = createReducers(graph, () => view, DEFAULT_SETTINGS);
  mounted = { sigma: createRenderer(container, graph, reducers), reducers };
  return mounted.sigma as unknown as Sigma;
};

if (new URLSearchParams(location.search).get("mode") === "layout") {
  // The explorer's layout controller and its lighter drawing while running, made with the
  // renderer as mountExplorer makes them (the controller readies its workers when idle).
  const withLayout = (data: GraphData, container: HTMLElement): Sigma => {
    const sigma = mount(data, container);
    const { reducers } = mounted!;
    const layout = createLayoutController(mounted!.sigma.getGraph(), DEFAULT_SETTINGS, () => {});
    drawLightWhileRunning(layout, mounted!.sigma, reducers);
    mounted = { ...mounted!, layout };
    return sigma;
  };
  void measureLayout(withLayout, () => {
    const { layout } = mounted!;
    layout!.start();
    return { stop: () => layout!.stop() };
  });
} else void measure(mount);
