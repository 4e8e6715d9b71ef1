// The explorer's command bus (one per page, so it lives with the views, not the pure state):
// other views (the Cypher console, exports) ask the Sigma view to draw a query result, and read what it shows.
import type { QueryNode, QueryRel } from "@core/model/types.ts";

export type DrawMode = "replace" | "add";

export interface DrawGraphCommand {
  kind: "draw-graph";
  mode: DrawMode;
  nodes: QueryNode[];
  edges: QueryRel[];
}

/** What the Sigma view shows now: ids, positions and the selection (for exports and sharing). */
export interface ViewSnapshot {
  nodeIds: string[];
  selected: string[];
  positions: Record<string, { x: number; y: number }>;
}

type Handler = (cmd: DrawGraphCommand) => void;

const handlers = new Set<Handler>();
let snapshotProvider: (() => ViewSnapshot) | null = null;

export function onDrawGraph(handler: Handler): () => void {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

export function drawGraph(cmd: Omit<DrawGraphCommand, "kind">): void {
  for (const h of handlers) h({ kind: "draw-graph", ...cmd });
}

export function provideSnapshot(provider: () => ViewSnapshot): void {
  snapshotProvider = provider;
}

export function viewSnapshot(): ViewSnapshot {
  return snapshotProvider?.() ?? { nodeIds: [], selected: [], positions: {} };
}
