// Types of the drawable graph: API edges (one per source, target, type) merged into
// one edge per pair of entities, keeping the per-type breakdown.
import type { ClaimType, EntityLabel } from "../../../server/core/model/labels.ts";

/** One claim type on a pair edge, in the direction of the pair (`forward`) or against it. */
export interface PairPart {
  type: ClaimType;
  count: number;
  articles: number;
  maxConfidence: number;
  forward: boolean;
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
  kind: EntityLabel;
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
}
