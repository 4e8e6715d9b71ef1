// The app's one history: graph changes (expansions, ego, query results) and filter changes,
// undone by Ctrl+Z and Back, redone by Ctrl+Shift+Z (Ctrl+Y) and Forward, through URL entries.
import type { ExpansionController } from "../sigma/expansion.ts";

type Step = "graph" | "filters";

/** What each history entry carries: how many graph changes precede it, and its place in the list. */
export interface HistoryStamp {
  kgxGraph: number;
  kgxSeq: number;
}

export interface GraphHistory {
  /** The state to give the current URL entry (replaceState). */
  stamp(): HistoryStamp;
  /** A new URL entry is about to be pushed; `filters` when it changes them (a new change: drops what could be redone). */
  pushed(filters: boolean): void;
  /** A new graph change was recorded by the expansion: push its URL entry. */
  graphRecorded(): void;
  /**
   * The hash now shows other filters: true when the app made that move itself (a new change,
   * or its own undo / redo), else a Back or Forward that the logs follow.
   */
  filtersMoved(): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
}

export function createGraphHistory(expansion: () => ExpansionController | null, refresh: () => void): GraphHistory {
  const undoLog: Step[] = [];
  const redoLog: Step[] = [];
  let graphDepth = 0;
  let seq = 0;
  /** Set while a move of the filters in the URL is the app's own (not the user's Back / Forward). */
  let ownFilterMove = false;
  /** The direction of the last traversal (popstate), for the filter change it shows. */
  let forward = false;
  const stamp = (): HistoryStamp => ({ kgxGraph: graphDepth, kgxSeq: seq });
  const move = (from: Step[], to: Step[], step: Step): void => {
    const at = from.lastIndexOf(step);
    if (at >= 0) from.splice(at, 1);
    to.push(step);
  };
  const undoGraph = (): boolean => {
    if (!expansion()?.undo()) return false;
    graphDepth = Math.max(0, graphDepth - 1);
    move(undoLog, redoLog, "graph");
    return true;
  };
  const redoGraph = (): boolean => {
    if (!expansion()?.redo()) return false;
    graphDepth++;
    move(redoLog, undoLog, "graph");
    return true;
  };
  /** The current entry follows what Ctrl+Z / Ctrl+Shift+Z did to the drawn graph. */
  const restamp = (): void => window.history.replaceState(stamp(), "", window.location.hash);
  const dropRedo = (): void => {
    redoLog.length = 0;
    expansion()?.clearRedo();
  };

  window.history.replaceState(stamp(), "");
  // Back or Forward onto an entry made before (after) a graph change undoes (redoes) it.
  // A fragment navigation (a link, `location.hash =`) fires popstate with no state: not a traversal.
  window.addEventListener("popstate", (ev) => {
    const state = ev.state as Partial<HistoryStamp> | null;
    if (state?.kgxGraph === undefined) return;
    forward = (state.kgxSeq ?? seq) > seq;
    if (state.kgxSeq !== undefined) seq = state.kgxSeq;
    while (graphDepth > state.kgxGraph && undoGraph());
    while (graphDepth < state.kgxGraph && redoGraph());
    refresh();
  });

  return {
    stamp,
    pushed(filters) {
      seq++;
      if (!filters) return;
      dropRedo();
      undoLog.push("filters");
      ownFilterMove = true;
    },
    graphRecorded() {
      redoLog.length = 0; // the expansion dropped its own redo stack
      undoLog.push("graph");
      graphDepth++;
      seq++;
      window.history.pushState(stamp(), "", window.location.hash);
    },
    filtersMoved() {
      if (!ownFilterMove) {
        if (forward) move(redoLog, undoLog, "filters");
        else move(undoLog, redoLog, "filters");
      }
      ownFilterMove = false;
    },
    undo() {
      const last = undoLog[undoLog.length - 1];
      if (last === "filters") {
        move(undoLog, redoLog, "filters");
        ownFilterMove = true;
        window.history.back();
      } else if (last === "graph" && undoGraph()) restamp();
      refresh();
    },
    redo() {
      const last = redoLog[redoLog.length - 1];
      if (last === "filters") {
        move(redoLog, undoLog, "filters");
        ownFilterMove = true;
        window.history.forward();
      } else if (last === "graph" && redoGraph()) restamp();
      refresh();
    },
    canUndo: () => undoLog.length > 0,
    canRedo: () => redoLog.length > 0,
  };
}
