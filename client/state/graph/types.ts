// Types of the drawable graph: API edges (one per source, target, type) merged into
// one edge per pair of entities, keeping the per-type breakdown.
import type { ClaimType, EntityLabel } from "@core/model/labels.ts";
import type { GraphEdge, GraphNode } from "@core/model/types.ts";

/** An API edge, with the article ids the server may add (absent on older servers). */
export type ApiEdge = GraphEdge & { articleIds?: string[] };

/** A node to draw: an API entity, or an Article from a Cypher result. */
export type DrawNode = Omit<GraphNode, "label"> & { label: EntityLabel | "Article" };

/** What the explorer can merge into its graph: API graphs and mapped query results. */
export interface DrawData {
  nodes: DrawNode[];
  edges: ApiEdge[];
  truncated?: boolean;
}

/** One claim type on a pair edge, in the direction of the pair (`forward`) or against it. */
export interface PairPart {
  type: ClaimType;
  count: number;
  articles: number;
  maxConfidence: number;
  forward: boolean;
  /** The articles backing these claims, when the API sends them (GraphEdge.articleIds). */
  articleIds?: string[];
}

/** Every claim between two entities, drawn as one edge from `source` to `target`. */
export interface PairEdge {
  key: string;
  source: string;
  target: string;
  parts: PairPart[];
  /** Total claims over every part. */
  count: number;
  maxConfidence: number;
  /** True when claims run both ways between the two entities. */
  bidirectional: boolean;
}

/** Node attributes in the graphology graph (sigma reads label, size, color, x, y). */
export interface NodeAttrs {
  label: string;
  kind: EntityLabel | "Article";
  name: string;
  mentions: number;
  size: number;
  color: string;
  x: number;
  y: number;
}

/** Edge attributes in the graphology graph (sigma reads label, size, color, type). */
export interface EdgeAttrs {
  label: string;
  size: number;
  color: string;
  type: string;
  parts: PairPart[];
  count: number;
  maxConfidence: number;
}
