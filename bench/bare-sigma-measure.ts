// Shared by both render bench pages: fetch the graph, time the first frame of a renderer
// built by `mount`, then pan and zoom the camera for a fixed number of frames (p95 frame time).
import type Sigma from "sigma";
import type { GraphData } from "../server/core/model/types.ts";

export interface RenderResult {
  firstFrameMs: number;
  panP95Ms: number;
  frames: number;
  nodes: number;
  edges: number;
}

declare global {
  interface Window {
    __bench?: RenderResult | { error: string };
  }
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));

export async function measure(
  mount: (data: GraphData, container: HTMLElement) => Sigma,
  frames = Number(new URLSearchParams(location.search).get("frames") ?? 30),
): Promise<void> {
  try {
    const data = (await (await fetch("./graph.json")).json()) as GraphData;
    const container = document.getElementById("c")!;
    await frame();
    const t0 = performance.now();
    const sigma = mount(data, container);
    const mountMs = performance.now() - t0;
    await frame();
    await frame();
    const firstFrameMs = performance.now() - t0;
    console.log(`first frame ${Math.round(firstFrameMs)} ms (mount ${Math.round(mountMs)} ms)`);
    const camera = sigma.getCamera();
    const times: number[] = [];
    let last = await frame();
    for (let i = 0; i < frames; i++) {
      const t = i / frames;
      camera.setState({
        x: 0.5 + 0.3 * Math.sin(t * 2 * Math.PI),
        y: 0.5 + 0.3 * Math.cos(t * 2 * Math.PI),
        ratio: 1 - 0.6 * Math.sin(t * Math.PI),
      });
      const now = await frame();
      times.push(now - last);
      last = now;
    }
    times.sort((a, b) => a - b);
    const panP95Ms = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
    const graph = sigma.getGraph();
    window.__bench = { firstFrameMs, panP95Ms, frames, nodes: graph.order, edges: graph.size };
  } catch (err) {
    window.__bench = { error: err instanceof Error ? err.message : String(err) };
  }
}
