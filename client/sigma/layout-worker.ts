// Layout controller: ForceAtlas2 in a web worker (start / stop), then noverlap in a worker
// to separate the discs; the UI thread only receives positions. Positions are saved after.
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import NoverlapLayoutSupervisor from "graphology-layout-noverlap/worker";
import type { KgxGraph } from "./build-graph.ts";
import type { ExplorerSettings } from "./settings.ts";

export type LayoutPhase = "idle" | "forceatlas2" | "noverlap";

export interface LayoutController {
  phase(): LayoutPhase;
  start(): void;
  /** Stop ForceAtlas2 and tidy overlaps; resolves when the positions are final. */
  stop(): Promise<void>;
  onChange(cb: (phase: LayoutPhase) => void): void;
  kill(): void;
}

/**
 * Both supervisors ask their worker for the next iterations as soon as positions arrive,
 * which floods the UI thread with messages on small graphs; after the first request, asking
 * once per animation frame keeps every frame short while the worker still does the computing.
 */
function paceToFrames(supervisor: { isRunning(): boolean }): void {
  const target = supervisor as unknown as { askForIterations(withEdges?: boolean): unknown };
  const ask = target.askForIterations.bind(supervisor);
  let first = true;
  target.askForIterations = (withEdges?: boolean) => {
    if (first) {
      first = false;
      return ask(withEdges);
    }
    requestAnimationFrame(() => supervisor.isRunning() && ask(withEdges));
    return supervisor;
  };
}

export function createLayoutController(
  graph: KgxGraph,
  settings: ExplorerSettings,
  onSettled: () => void,
): LayoutController {
  let phase: LayoutPhase = "idle";
  let fa2: FA2LayoutSupervisor | null = null;
  let nover: NoverlapLayoutSupervisor | null = null;
  let settled: (() => void) | null = null;
  const listeners: Array<(p: LayoutPhase) => void> = [];
  const set = (p: LayoutPhase): void => {
    phase = p;
    for (const cb of listeners) cb(p);
  };
  const finish = (): void => {
    nover?.kill();
    nover = null;
    set("idle");
    onSettled();
    settled?.();
    settled = null;
  };
  return {
    phase: () => phase,
    start() {
      if (phase !== "idle" || graph.order === 0) return;
      fa2 = new FA2LayoutSupervisor(graph, {
        settings: {
          ...forceAtlas2.inferSettings(graph),
          gravity: settings.fa2Gravity,
          barnesHutOptimize: graph.order > 500,
        },
        getEdgeWeight: "count",
      });
      paceToFrames(fa2);
      fa2.start();
      set("forceatlas2");
    },
    stop() {
      if (phase === "idle") return Promise.resolve();
      if (phase === "noverlap") return new Promise((resolve) => listeners.push((p) => p === "idle" && resolve()));
      fa2?.kill();
      fa2 = null;
      set("noverlap");
      return new Promise<void>((resolve) => {
        settled = resolve;
        nover = new NoverlapLayoutSupervisor(graph, {
          settings: { margin: 2, ratio: 1.2 },
          onConverged: finish,
        });
        paceToFrames(nover);
        nover.start();
        // noverlap may never converge on a dense graph: give it a bounded time.
        setTimeout(() => phase === "noverlap" && finish(), 3000);
      });
    },
    onChange: (cb) => void listeners.push(cb),
    kill() {
      fa2?.kill();
      nover?.kill();
      fa2 = nover = null;
      phase = "idle";
    },
  };
}
