// Stable hooks for end-to-end tests on window.__kgx: the sigma instance and graph,
// a ready flag set after the first render, programmatic clicks, coordinates, filters, layout.
import type { KgxGraph } from "./sigma/build-graph.ts";
import type { LabelFrame } from "./sigma/label-layout.ts";
import type { KgxSigma } from "./sigma/renderer.ts";

export interface NodePosition {
  /** Relative to the sigma container (sigma's viewport coordinates). */
  x: number;
  y: number;
  /** Relative to the page's viewport, ready for a physical mouse click. */
  clientX: number;
  clientY: number;
}

export interface KgxHooks {
  sigma: KgxSigma | null;
  graph: KgxGraph | null;
  ready: boolean;
  error: string | null;
  /** Milliseconds from navigation start: graph fetched, layout done, first render. */
  timings: Record<string, number>;
  clickNode(id: string): void;
  clickEdge(key: string): void;
  nodePosition(id: string): NodePosition | null;
  /** Every edge sigma draws (not hidden by the filters) with the claim types it shows. */
  visibleEdgeTypes(): Array<{ id: string; types: string[] }>;
  layoutPhase(): string;
  /** The labels the last frame drew, with their boxes (viewport pixels). */
  labels(): LabelFrame;
  /** The labels the last PNG export drew (null before one). */
  pngLabels(): LabelFrame | null;
  /** The node the graph's keyboard cursor is on. */
  keyboardCursor(): string | null;
}

declare global {
  interface Window {
    __kgx: KgxHooks;
  }
}

export function installHooks(): KgxHooks {
  const hooks: KgxHooks = {
    sigma: null,
    graph: null,
    ready: false,
    error: null,
    timings: {},
    clickNode: () => {
      throw new Error("kgx: graph not ready");
    },
    clickEdge: () => {
      throw new Error("kgx: graph not ready");
    },
    nodePosition: () => null,
    visibleEdgeTypes: () => [],
    layoutPhase: () => "idle",
    labels: () => ({ nodes: [], edges: [], skippedEdges: [] }),
    pngLabels: () => null,
    keyboardCursor: () => null,
  };
  window.__kgx = hooks;
  return hooks;
}

export function mark(hooks: KgxHooks, name: string): void {
  hooks.timings[name] = Math.round(performance.now());
}
