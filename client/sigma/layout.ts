// The initial layout, bounded and synchronous: circular start (deterministic), a fixed
// number of ForceAtlas2 iterations with inferred settings, then noverlap to separate discs.
import circular from "graphology-layout/circular";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { KgxGraph } from "./build-graph.ts";
import type { ExplorerSettings } from "./settings.ts";

export function runLayout(graph: KgxGraph, settings: ExplorerSettings): void {
  if (graph.order === 0) return;
  circular.assign(graph, { scale: 100 });
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: settings.fa2Iterations,
      // Stronger gravity than inferred keeps small disconnected components near the core.
      settings: { ...forceAtlas2.inferSettings(graph), gravity: settings.fa2Gravity },
      getEdgeWeight: "count",
    });
  }
  noverlap.assign(graph, { maxIterations: settings.noverlapIterations, settings: { margin: 2, ratio: 1.2 } });
}
