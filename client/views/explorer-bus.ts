// The explorer's side of the view bus: draw Cypher results ("replace" swaps the graph,
// "add" merges, both undoable) and provide a snapshot of what is shown.
import type { DrawData } from "../state/graph/index.ts";
import { queryToDrawData } from "../state/graph/query-graph.ts";
import { onDrawGraph, provideSnapshot } from "./view-bus/index.ts";

/** What the bus needs of the explorer, and nothing more. */
export interface ViewBusTarget {
  /** Merge ("add") or swap in ("replace") a result as one undoable change. */
  apply(data: DrawData, mode: "add" | "replace", label: string): void;
  /** Redraw after a change. */
  refresh(): void;
  /** Ids of the nodes the filters leave visible. */
  visibleNodes(): string[];
  /** A drawn node's graph position (null when it is not drawn). */
  position(id: string): { x: number; y: number } | null;
  /** The selected entity, if any. */
  selected(): string | null;
}

export function connectViewBus(target: ViewBusTarget): () => void {
  const off = onDrawGraph((cmd) => {
    const data = queryToDrawData(cmd.nodes, cmd.edges);
    target.apply(data, cmd.mode, `query (${cmd.mode})`);
    target.refresh();
  });
  provideSnapshot(() => {
    const nodeIds = target.visibleNodes();
    const positions: Record<string, { x: number; y: number }> = {};
    for (const id of nodeIds) {
      const p = target.position(id);
      if (p) positions[id] = p;
    }
    const sel = target.selected();
    return { nodeIds, selected: sel && target.position(sel) ? [sel] : [], positions };
  });
  return off;
}
