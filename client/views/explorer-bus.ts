// The explorer's side of the view bus: draw Cypher results ("replace" swaps the graph,
// "add" merges, both undoable) and provide a snapshot of what is shown.
import { queryToDrawData } from "../state/graph/query-graph.ts";
import { onDrawGraph, provideSnapshot } from "../state/view-bus/index.ts";
import type { Explorer } from "./explorer.ts";

export function connectViewBus(explorer: Explorer, selected: () => string | null): () => void {
  const off = onDrawGraph((cmd) => {
    const data = queryToDrawData(cmd.nodes, cmd.edges);
    explorer.expansion.apply(data, cmd.mode, `query (${cmd.mode})`);
    explorer.sigma.refresh();
  });
  provideSnapshot(() => {
    const nodeIds = explorer.visibleNodes();
    const positions: Record<string, { x: number; y: number }> = {};
    for (const id of nodeIds) {
      const a = explorer.graph.getNodeAttributes(id);
      positions[id] = { x: a.x, y: a.y };
    }
    const sel = selected();
    return { nodeIds, selected: sel && explorer.graph.hasNode(sel) ? [sel] : [], positions };
  });
  return off;
}
