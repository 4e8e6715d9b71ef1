// Explorer settings in one interface with DEFAULT_SETTINGS: how much graph to load,
// how long the layout runs, node and edge scales, and the colours of visual states.
export interface ExplorerSettings {
  graphLimit: number;
  /** Above this many entities the explorer starts from the top entities' ego network. */
  focusedStartAbove: number;
  /** Graphs this large skip the synchronous start layout (the worker lays them out). */
  syncLayoutMax: number;
  fa2Iterations: number;
  fa2Gravity: number;
  noverlapIterations: number;
  minNodeSize: number;
  maxNodeSize: number;
  maxEdgeSize: number;
  /** Below this many shown nodes every node is labelled. */
  labelAllBelow: number;
  /** With nothing focused, edges with fewer claims than this are drawn without a label. */
  edgeLabelMinCount: number;
  /** Above this many edges, edges are drawn as plain lines. */
  arrowsMaxEdges: number;
  edgeColor: string;
  edgeHighlightColor: string;
  edgeSelectedColor: string;
  dimmedColor: string;
  background: string;
  /** Draw with sigma's instanced programs instead of the plain ones (`?gl=instanced`). */
  instancedPrograms: boolean;
}

export const DEFAULT_SETTINGS: ExplorerSettings = {
  graphLimit: 500,
  focusedStartAbove: 2000,
  syncLayoutMax: 1500,
  fa2Iterations: 200,
  fa2Gravity: 1,
  noverlapIterations: 120,
  minNodeSize: 4,
  maxNodeSize: 20,
  maxEdgeSize: 6,
  labelAllBelow: 150,
  edgeLabelMinCount: 2,
  arrowsMaxEdges: 5000,
  edgeColor: "#c3c9d1",
  edgeHighlightColor: "#5a6472",
  edgeSelectedColor: "#2e86ab",
  dimmedColor: "#e6e8eb",
  background: "#fbfbfc",
  instancedPrograms: false,
};
