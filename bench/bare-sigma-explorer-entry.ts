// Render bench subject: the explorer's own renderer setup (buildGraph, reducers with
// filters and selection, createRenderer and its settings) on the same graph as bare sigma.
import type Sigma from "sigma";
import { buildGraph } from "../client/sigma/build-graph.ts";
import { createReducers } from "../client/sigma/reducers.ts";
import type { ViewModel } from "../client/sigma/reducers.ts";
import { createRenderer } from "../client/sigma/renderer.ts";
import { DEFAULT_SETTINGS } from "../client/sigma/settings.ts";
import { DEFAULT_FILTERS, NO_CONTEXT } from "../client/state/filters/index.ts";
import { EMPTY_SELECTION } from "../client/state/selection/index.ts";
import { measure } from "./bare-sigma-measure.ts";

void measure((data, container) => {
  const graph = buildGraph(data, DEFAULT_SETTINGS);
  const view: ViewModel = { selection: EMPTY_SELECTION, edge: null, filters: DEFAULT_FILTERS, context: NO_CONTEXT };
  const reducers = createReducers(graph, () => view, DEFAULT_SETTINGS);
  return createRenderer(container, graph, reducers) as unknown as Sigma;
});
