// The compact wire form of a GraphData (`?format=compact`): nodes and edges as arrays, ends as node
// indexes, article ids listed once; decodes to exactly the GraphData it was made from (less any edge whose
// end is not among its nodes, which no graph answer has and the explorer skips).
import type { ClaimType, EntityLabel } from "./labels.ts";
import type { GraphData, GraphEdge, GraphNode } from "./types.ts";

export const COMPACT_GRAPH_FORMAT = "kgx-graph-compact/1";

/** [id, label, name, mentions] and, when the node has them, x and y. */
type CompactNode = [string, EntityLabel, string, number] | [string, EntityLabel, string, number, number, number];
/**
 * [source index, target index, type, count, articles, maxConfidence, article indexes or null] and, only
 * when the edge's id is not `${type}:${source}->${target}`, that id.
 */
type CompactEdge =
  | [number, number, ClaimType, number, number, number, number[] | null]
  | [number, number, ClaimType, number, number, number, number[] | null, string];

export interface CompactGraph {
  format: typeof COMPACT_GRAPH_FORMAT;
  nodes: CompactNode[];
  articles: string[];
  edges: CompactEdge[];
  truncated?: boolean;
}

export const edgeKey = (type: string, source: string, target: string): string => `${type}:${source}->${target}`;

export function encodeCompactGraph(g: GraphData): CompactGraph {
  const nodeIndex = new Map<string, number>();
  const nodes = g.nodes.map((n, i): CompactNode => {
    nodeIndex.set(n.id, i);
    return n.x !== undefined && n.y !== undefined
      ? [n.id, n.label, n.name, n.mentions, n.x, n.y]
      : [n.id, n.label, n.name, n.mentions];
  });
  const articles: string[] = [];
  const articleIndex = new Map<string, number>();
  const article = (id: string) => {
    let i = articleIndex.get(id);
    if (i === undefined) articleIndex.set(id, (i = articles.push(id) - 1));
    return i;
  };
  const edges: CompactEdge[] = [];
  for (const e of g.edges) {
    const [s, t] = [nodeIndex.get(e.source), nodeIndex.get(e.target)];
    if (s === undefined || t === undefined) continue; // no graph answer has one; the explorer could not draw it
    const head: CompactEdge = [
      s,
      t,
      e.type,
      e.count,
      e.articles,
      e.maxConfidence,
      e.articleIds ? e.articleIds.map(article) : null,
    ];
    edges.push(e.id === edgeKey(e.type, e.source, e.target) ? head : [...head, e.id]);
  }
  const out: CompactGraph = { format: COMPACT_GRAPH_FORMAT, nodes, articles, edges };
  if (g.truncated !== undefined) out.truncated = g.truncated;
  return out;
}

export function decodeCompactGraph(c: CompactGraph): GraphData {
  if (c.format !== COMPACT_GRAPH_FORMAT) throw new Error(`compact graph: unknown format ${JSON.stringify(c.format)}`);
  const nodes = c.nodes.map((n): GraphNode => {
    const node: GraphNode = { id: n[0], label: n[1], name: n[2], mentions: n[3] };
    if (n.length === 6) [node.x, node.y] = [n[4], n[5]];
    return node;
  });
  const edges = c.edges.map((e): GraphEdge => {
    const [s, t, type, count, articles, maxConfidence, arts] = e;
    const source = nodes[s]!.id;
    const target = nodes[t]!.id;
    const edge: GraphEdge = {
      id: e.length === 8 ? e[7] : edgeKey(type, source, target),
      source,
      target,
      type,
      count,
      articles,
      maxConfidence,
    };
    if (arts) edge.articleIds = arts.map((a) => c.articles[a]!);
    return edge;
  });
  const out: GraphData = { nodes, edges };
  if (c.truncated !== undefined) out.truncated = c.truncated;
  return out;
}
