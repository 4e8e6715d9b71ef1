// Layout controller: ForceAtlas2 in a web worker (start / stop), then noverlap in a worker
// to separate the discs; ForceAtlas2 stops itself on convergence. Positions are saved after.
import FA2LayoutSupervisor from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import NoverlapLayoutSupervisor from "graphology-layout-noverlap/worker";
import type { EdgeAttrs, NodeAttrs } from "../state/graph/index.ts";
import type { KgxGraph } from "./build-graph.ts";
import type { Reducers } from "./reducers.ts";
import type { KgxSigma } from "./renderer.ts";
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
 * which floods the UI thread with messages on small graphs. The request made by start()
 * goes out at once; the later ones once per animation frame, so every frame stays short
 * while the worker still does the computing.
 */
function paceToFrames<S extends { isRunning(): boolean; start(): void }>(supervisor: S): S {
  const target = supervisor as unknown as { askForIterations(withEdges?: boolean): unknown; start(): void };
  const ask = target.askForIterations.bind(supervisor);
  const start = target.start.bind(supervisor);
  let starting = false;
  target.start = () => {
    starting = true;
    try {
      start();
    } finally {
      starting = false;
    }
  };
  target.askForIterations = (withEdges?: boolean) => {
    if (starting) return ask(withEdges);
    requestAnimationFrame(() => supervisor.isRunning() && ask(withEdges));
    return supervisor;
  };
  return supervisor;
}

/** Run `task` when the page is idle (soon after the first render). */
const whenIdle = (task: () => void): void => {
  if (typeof requestIdleCallback === "function") requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 500);
};

/** How long ForceAtlas2 may run before it is stopped anyway: longer for larger graphs. */
export function settleTime(order: number): number {
  return Math.min(20_000, 3000 + order * 4);
}

/**
 * Watches the positions ForceAtlas2 sends: calls `onSettled` once the nodes barely move
 * (mean step under a thousandth of the drawing's extent for a dozen updates) or after the
 * settle time for the graph's size.
 */
function watchConvergence(graph: KgxGraph, onSettled: () => void): () => void {
  const started = performance.now();
  const limit = settleTime(graph.order);
  let prev: Float64Array | null = null;
  let calm = 0;
  const onUpdate = (): void => {
    const xs = new Float64Array(graph.order * 2);
    let i = 0;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    graph.forEachNode((_, a) => {
      xs[i++] = a.x;
      xs[i++] = a.y;
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    if (prev && prev.length === xs.length) {
      let step = 0;
      for (let k = 0; k < xs.length; k += 2) step += Math.hypot(xs[k]! - prev[k]!, xs[k + 1]! - prev[k + 1]!);
      const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
      calm = step / graph.order / extent < 1e-3 ? calm + 1 : 0;
    }
    prev = xs;
    if (calm >= 12 || performance.now() - started > limit) {
      stop();
      onSettled();
    }
  };
  const timer = setTimeout(() => {
    stop();
    onSettled();
  }, limit + 500);
  const stop = (): void => {
    clearTimeout(timer);
    graph.off("eachNodeAttributesUpdated", onUpdate);
  };
  graph.on("eachNodeAttributesUpdated", onUpdate);
  return stop;
}

export function createLayoutController(
  graph: KgxGraph,
  settings: ExplorerSettings,
  onSettled: () => void,
): LayoutController {
  let phase: LayoutPhase = "idle";
  let killed = false;
  let settled: (() => void) | null = null;
  let overlapTimer: ReturnType<typeof setTimeout> | undefined;
  let unwatch: (() => void) | null = null;
  const listeners: Array<(p: LayoutPhase) => void> = [];
  const set = (p: LayoutPhase): void => {
    phase = p;
    for (const cb of listeners) cb(p);
  };
  const finish = (): void => {
    clearTimeout(overlapTimer);
    nover?.stop();
    set("idle");
    onSettled();
    settled?.();
    settled = null;
  };
  // One supervisor of each kind for the explorer's life, made when the page is idle: their
  // workers are then up and compiled when the analyst starts the layout, instead of
  // starting up in the same frames as the first positions (the supervisors respawn their
  // workers themselves when the graph grows).
  let fa2: FA2LayoutSupervisor<NodeAttrs, EdgeAttrs> | null = null;
  let nover: NoverlapLayoutSupervisor | null = null;
  const supervisors = (): { fa2: FA2LayoutSupervisor<NodeAttrs, EdgeAttrs>; nover: NoverlapLayoutSupervisor } => {
    fa2 ??= paceToFrames(new FA2LayoutSupervisor(graph, { getEdgeWeight: "count" }));
    nover ??= paceToFrames(
      new NoverlapLayoutSupervisor(graph, {
        settings: { margin: 2, ratio: 1.2 },
        onConverged: () => phase === "noverlap" && finish(),
      }),
    );
    return { fa2, nover };
  };
  whenIdle(() => !killed && supervisors());
  const controller: LayoutController = {
    phase: () => phase,
    start() {
      if (phase !== "idle" || graph.order === 0 || killed) return;
      const { fa2 } = supervisors();
      // Settings follow the graph's current size (it may have grown by expansions).
      Object.assign((fa2 as unknown as { settings: object }).settings, {
        ...forceAtlas2.inferSettings(graph),
        gravity: settings.fa2Gravity,
        barnesHutOptimize: graph.order > 500,
      });
      fa2.start();
      set("forceatlas2");
      // It stops by itself once converged (or after a settle time), then tidies overlaps.
      unwatch = watchConvergence(graph, () => void controller.stop());
    },
    stop() {
      unwatch?.();
      unwatch = null;
      if (phase === "idle") return Promise.resolve();
      if (phase === "noverlap") return new Promise((resolve) => listeners.push((p) => p === "idle" && resolve()));
      const { fa2, nover } = supervisors();
      fa2.stop();
      set("noverlap");
      return new Promise<void>((resolve) => {
        settled = resolve;
        nover.start();
        // noverlap may never converge on a dense graph: give it a bounded time.
        overlapTimer = setTimeout(() => phase === "noverlap" && finish(), 3000);
      });
    },
    onChange: (cb) => void listeners.push(cb),
    kill() {
      killed = true;
      unwatch?.();
      clearTimeout(overlapTimer);
      fa2?.kill();
      nover?.kill();
      fa2 = nover = null;
      phase = "idle";
    },
  };
  return controller;
}

/**
 * Draw lighter while nodes move: no edge labels (a text pass per frame, unreadable anyway)
 * and, on large graphs, no edges (see the edge reducer); all back once the layout stops.
 */
export function drawLightWhileRunning(layout: LayoutController, sigma: KgxSigma, reducers: Reducers): void {
  const edgeLabels = sigma.getSetting("renderEdgeLabels");
  let running = false;
  layout.onChange((phase) => {
    if (running === (phase !== "idle")) return; // ForceAtlas2 → noverlap changes nothing here
    running = phase !== "idle";
    reducers.setLayoutRunning(running);
    // Only the edges' drawing changes: reduce them again (not every node), draw next frame.
    if (edgeLabels) sigma.setSetting("renderEdgeLabels", !running);
    sigma.refresh({ partialGraph: { edges: sigma.getGraph().edges() }, schedule: true });
  });
  // sigma would draw new positions in the next animation frame, the same task in which the
  // browser then waits for the GPU to finish that drawing (software WebGL reads every frame
  // back). Drawing as soon as positions arrive lets the GPU work while the UI thread is free.
  sigma.getGraph().on("eachNodeAttributesUpdated", () => {
    if (running) sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: false });
  });
}
