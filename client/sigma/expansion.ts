// Expand, page, ego-network and replace: every change to the drawn graph goes through
// here and onto an undo stack, so Ctrl+Z (or the Undo button) takes it back.
import type { SerializedGraph } from "graphology-types";
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

/** An undone change, with what redoing it puts back: the dropped nodes and edges, or the whole graph. */
interface Undone {
  change: GraphChange<Snapshot>;
  after: Snapshot;
}

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
  /** Put back the change the last undo took away (a new change drops what could be redone). */
  redo(): boolean;
  canRedo(): boolean;
  /** Forget what could be redone (a new change elsewhere in the history). */
  clearRedo(): void;
  onChange(cb: () => void): void;
  /** Called when a change goes onto the undo stack (not on undo). */
  onRecord(cb: () => void): void;
}

/** Fetches an entity's N-hop neighbourhood (the HTTP API's, in the app). */
export type NeighbourhoodFetcher = (id: string, hops: number, limit: number) => Promise<DrawData>;

export interface ExpansionDeps {
  graph: KgxGraph;
  settings: ExplorerSettings;
  neighbourhood: NeighbourhoodFetcher;
  /** The positions this browser kept (new nodes that have one go there). */
  saved: () => PositionMap;
  /** After a replacement: lay the new graph out. */
  afterReplace: () => void;
}

export function createExpansion(deps: ExpansionDeps): ExpansionController {
  const { graph, settings, neighbourhood, saved, afterReplace } = deps;
  let stack: UndoStack<GraphChange<Snapshot>> = emptyStack(50);
  let redoStack: UndoStack<Undone> = emptyStack(50);
  const ranked = new Map<string, { ids: string[]; data: DrawData; remaining: number }>();
  const listeners: Array<() => void> = [];
  const recorded: Array<() => void> = [];
  const changed = (): void => listeners.forEach((cb) => cb());
  const record = (change: GraphChange<Snapshot>): void => {
    if (change.nodes.length || change.edges.length || change.before) {
      stack = push(stack, change);
      redoStack = emptyStack(50);
      recorded.forEach((cb) => cb());
    }
    changed();
  };

  // A page taken back (or put back) changes what the next expansion offers.
  const recount = (): void => {
    for (const entry of ranked.values()) entry.remaining = entry.ids.filter((n) => !graph.hasNode(n)).length;
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
        const data = await neighbourhood(id, 1, NEIGHBOUR_LIMIT);
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
      const data = await neighbourhood(id, hops, limit);
      return apply(data, "replace", `ego ${id}`).nodes.length;
    },
    undo() {
      const [change, rest] = pop(stack);
      if (!change) return false;
      stack = rest;
      redoStack = push(redoStack, { change, after: undoneParts(graph, change) });
      if (change.before) {
        graph.clear();
        graph.import(change.before);
      } else {
        for (const e of change.edges) if (graph.hasEdge(e)) graph.dropEdge(e);
        for (const n of change.nodes) if (graph.hasNode(n)) graph.dropNode(n);
      }
      recount();
      changed();
      return true;
    },
    canUndo: () => canUndo(stack),
    redo() {
      const [undone, rest] = pop(redoStack);
      if (!undone) return false;
      redoStack = rest;
      if (undone.change.before) graph.clear();
      graph.import(undone.after, true);
      stack = push(stack, undone.change);
      recount();
      changed();
      return true;
    },
    canRedo: () => canUndo(redoStack),
    clearRedo: () => void (redoStack = emptyStack(50)),
    onChange: (cb) => void listeners.push(cb),
    onRecord: (cb) => void recorded.push(cb),
  };
}

/** What undoing `change` takes away: the whole graph for a replacement, else its nodes and edges. */
function undoneParts(graph: KgxGraph, change: GraphChange<Snapshot>): Snapshot {
  if (change.before) return graph.export();
  const whole = graph.export();
  const nodes = new Set(change.nodes);
  const edges = new Set(change.edges);
  return {
    ...whole,
    nodes: whole.nodes.filter((n) => nodes.has(n.key)),
    edges: whole.edges.filter((e) => e.key !== undefined && edges.has(e.key)),
  };
}
