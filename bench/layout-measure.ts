// Shared by both layout bench pages: mount a renderer, run a worker layout for a fixed time,
// stop it, and report the longest main-thread task while it ran (PerformanceObserver) and,
// apart, the longest in the half second after it settled (the redraw back to normal).
import type Sigma from "sigma";
import type { GraphData } from "../server/core/model/types.ts";

export interface LayoutResult {
  /** The longest task that started between the layout's start and the moment it settled. */
  maxBlockMs: number;
  /** The longest task that started in the 500 ms after it settled. */
  afterBlockMs: number;
  longTasks: number;
  /** Each long task as [start, duration] in ms, the start relative to the layout's start. */
  tasks: Array<[number, number]>;
  frames: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    __layoutBench?: LayoutResult | { error: string };
  }
}

export interface RunningLayout {
  stop(): Promise<void>;
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function measureLayout(
  mount: (data: GraphData, container: HTMLElement) => Sigma,
  start: (sigma: Sigma) => RunningLayout,
  runMs = Number(new URLSearchParams(location.search).get("ms") ?? 3000),
): Promise<void> {
  try {
    const data = (await (await fetch("./graph.json")).json()) as GraphData;
    const sigma = mount(data, document.getElementById("c")!);
    await frame();
    await frame();
    // An analyst starts the layout some time after the page has drawn: let it settle first.
    await sleep(1500);
    const tasks: Array<[number, number]> = [];
    let t0 = performance.now();
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([Math.round(e.startTime - t0), Math.round(e.duration)]);
    });
    observer.observe({ type: "longtask" });
    let frames = 0;
    let running = true;
    const count = (): void => {
      frames++;
      if (running) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
    t0 = performance.now();
    const layout = start(sigma);
    await sleep(runMs);
    const stopAt = Math.round(performance.now() - t0);
    await layout.stop();
    const settledAt = Math.round(performance.now() - t0);
    console.log(`stop at ${stopAt} ms, settled at ${settledAt} ms`);
    await sleep(500);
    running = false;
    observer.disconnect();
    const graph = sigma.getGraph();
    window.__layoutBench = {
      maxBlockMs: Math.max(0, ...tasks.filter((t) => t[0] < settledAt).map((t) => t[1])),
      afterBlockMs: Math.max(0, ...tasks.filter((t) => t[0] >= settledAt).map((t) => t[1])),
      longTasks: tasks.length,
      tasks,
      frames,
      nodes: graph.order,
      edges: graph.size,
    };
  } catch (err) {
    window.__layoutBench = { error: err instanceof Error ? err.message : String(err) };
  }
}
