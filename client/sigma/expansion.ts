// Expand, page, ego-network and replace: every change to the drawn graph goes through
// here and onto an undo stack, so Ctrl+Z (or the Undo button) takes it back.
import type { SerializedGraph } from "graphology-types";
import { api } from "../api/client.ts";
import { nextPage, rankNeighbours, subgraph } from "../state/expansion/index.ts";
import type { DrawData, EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import { canUndo, emptyStack, pop, push } from "../state/history/index.ts";
import type { GraphChange, UndoStack } from "../state/history/index.ts";
import type { PositionMap } from "../state/positions/index.ts";
import { mergeGraphData } from "./build-graph.ts";
import { placeAround } from "./expand-placement.ts";
import type { KgxGraph } from "./build-graph.ts";
import type { ExplorerSettings } from "./settings.ts";

/** How many neighbours one request ranks; pages of 25 are cut from them client-side. */
const NEIGHBOUR_LIMIT = 500;

type Snapshot = SerializedGraph<NodeAttrs, EdgeAttrs>;

export interface ExpansionController {
  /** Add the next page (25) of a node's neighbours by claim count; returns how many were added. */
  expand(id: string): Promise<number>;
  /** Ranked neighbours of `id` still not drawn (null before its first expansion). */
  remaining(id: string): number | null;
  /** Replace the view by the N-hop ego network of `id`. */
  ego(id: string, hops: number, limit?: number): Promise<number>;
  /** Merge ("add") or swap in ("replace") drawable data as one undoable change. */
  apply(data: DrawData, mode: "add" | "replace", label: string): GraphChange<Snapshot>;
  undo(): boolean;
  canUndo(): boolean;
  onChange(cb: () => void): void;
  /** Called when a change goes onto the undo stack (not on undo). */
  onRecord(cb: () => void): void;
}

export function createExpansion(
  graph: KgxGraph,
  settings: ExplorerSettings,
  saved: () => PositionMap,
  afterReplace: () => void,
): ExpansionController {
  let stack: UndoStack<GraphChange<Snapshot>> = emptyStack(50);
  const ranked = new Map<string, { ids: string[]; data: DrawData; remaining: number }>();
  const listeners: Array<() => void> = [];
  const recorded: Array<() => void> = [];
  const changed = (): void => listeners.forEach((cb) => cb());
  const record = (change: GraphChange<Snapshot>): void => {
    if (change.nodes.length || change.edges.length || change.before) {
      stack = push(stack, change);
      recorded.forEach((cb) => cb());
    }
    changed();
  };

  const apply = (data: DrawData, mode: "add" | "replace", label: string): GraphChange<Snapshot> => {
    const before = mode === "replace" ? graph.export() : undefined;
    if (mode === "replace") graph.clear();
    const added = mergeGraphData(graph, data, settings, mode === "add", saved());
    const change: GraphChange<Snapshot> = { label, ...added, before };
    if (mode === "replace") afterReplace();
    record(change);
    return change;
  };

  return {
    apply,
    async expand(id) {
      let entry = ranked.get(id);
      if (!entry) {
        const data = await api.neighbourhood(id, 1, NEIGHBOUR_LIMIT);
        entry = { ids: rankNeighbours(id, data), data, remaining: 0 };
        ranked.set(id, entry);
      }
      const shown = new Set(graph.nodes());
      const page = nextPage(entry.ids, shown);
      entry.remaining = page.remaining;
      const keep = new Set([...shown, ...page.ids, id]);
      const positions = saved();
      const added = mergeGraphData(graph, subgraph(entry.data, keep), settings, true, positions);
      // New nodes around their parent (those with a kept position stay where they were).
      placeAround(
        graph,
        id,
        added.nodes.filter((n) => !(n in positions)),
      );
      record({ label: `expand ${id}`, ...added });
      return added.nodes.length;
    },
    remaining: (id) => ranked.get(id)?.remaining ?? null,
    async ego(id, hops, limit = 300) {
      const data = await api.neighbourhood(id, hops, limit);
      return apply(data, "replace", `ego ${id}`).nodes.length;
    },
    undo() {
      const [change, rest] = pop(stack);
      if (!change) return false;
      stack = rest;
      if (change.before) {
        graph.clear();
        graph.import(change.before);
      } else {
        for (const e of change.edges) if (graph.hasEdge(e)) graph.dropEdge(e);
        for (const n of change.nodes) if (graph.hasNode(n)) graph.dropNode(n);
      }
      // A page taken back is offered again by the next expansion.
      for (const entry of ranked.values()) entry.remaining = entry.ids.filter((n) => !graph.hasNode(n)).length;
      changed();
      return true;
    },
    canUndo: () => canUndo(stack),
    onChange: (cb) => void listeners.push(cb),
    onRecord: (cb) => void recorded.push(cb),
  };
}
