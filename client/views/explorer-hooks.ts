// The explorer's test hooks on window.__kgx: the sigma instance and graph, programmatic
// clicks, node positions on screen, the edges drawn with their claim types, the layout phase.
import type { Visibility } from "../state/filters/index.ts";
import type { KgxHooks } from "../test-hooks.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import type { KgxSigma } from "../sigma/renderer.ts";

/** What the hooks read of the explorer. */
export interface HookTarget {
  graph: KgxGraph;
  sigma: KgxSigma;
  layoutPhase(): string;
  onNodeClick(id: string | null): void;
  onEdgeClick(key: string): void;
}

export function installExplorerHooks(
  hooks: KgxHooks,
  target: HookTarget,
  container: HTMLElement,
  visibility: () => Visibility | null,
): void {
  const { graph, sigma } = target;
  hooks.sigma = sigma;
  hooks.graph = graph;
  hooks.clickNode = (id) => {
    if (!graph.hasNode(id)) throw new Error(`kgx: no node ${id}`);
    target.onNodeClick(id);
  };
  hooks.clickEdge = (key) => {
    if (!graph.hasEdge(key)) throw new Error(`kgx: no edge ${key}`);
    target.onEdgeClick(key);
  };
  hooks.nodePosition = (id) => {
    if (!graph.hasNode(id)) return null;
    const p = sigma.graphToViewport(graph.getNodeAttributes(id));
    const box = container.getBoundingClientRect();
    return { x: p.x, y: p.y, clientX: box.left + p.x, clientY: box.top + p.y };
  };
  hooks.visibleEdgeTypes = () => {
    const v = visibility();
    return graph
      .filterEdges((e) => !sigma.getEdgeDisplayData(e)?.hidden)
      .map((e) => ({
        id: e,
        types: (v?.visibleEdges.get(e) ?? graph.getEdgeAttribute(e, "parts")).map((p) => p.type),
      }));
  };
  hooks.layoutPhase = () => target.layoutPhase();
}
