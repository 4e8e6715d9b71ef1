// The subgraph an analyst exports: entities with positions, sizes and colours, the
// aggregated edges, every claim behind them with its evidence, and where it came from.
import { neutraliseBidiDeep } from "../model/bidi.ts";
import { edgesFromClaims } from "../model/edges.ts";
import { LABEL_COLORS } from "../model/labels.ts";
import type { ArticleMeta, ClaimWithContext, Entity, GraphEdge } from "../model/types.ts";

export { edgesFromClaims };
import { layoutPositions } from "./layout.ts";

export interface ExportNode extends Entity {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface ExportBundle {
  title: string;
  /** The query or selection that produced it, in words. */
  origin: string;
  generatedAt: string;
  nodes: ExportNode[];
  edges: GraphEdge[];
  claims: ClaimWithContext[];
  /** The claims' articles (date, address), when the exporter looked them up. */
  articles?: Record<string, ArticleMeta>;
}

export function nodeSize(mentions: number): number {
  return Math.round((4 + Math.sqrt(Math.max(0, mentions)) * 2.5) * 10) / 10;
}

export function buildBundle(input: {
  title: string;
  origin: string;
  entities: Entity[];
  claims: ClaimWithContext[];
  positions?: Record<string, { x: number; y: number }>;
  articles?: Record<string, ArticleMeta>;
  now?: Date;
}): ExportBundle {
  const edges = edgesFromClaims(input.claims);
  const positions =
    input.positions ??
    layoutPositions(
      input.entities.map((e) => e.id),
      edges,
    );
  const nodes = input.entities.map((e) => ({
    ...e,
    x: positions[e.id]?.x ?? 0,
    y: positions[e.id]?.y ?? 0,
    size: nodeSize(e.mentions),
    color: LABEL_COLORS[e.label],
  }));
  // Every export format writes from this bundle: bidi controls are neutralised once, here.
  return neutraliseBidiDeep({
    title: input.title,
    origin: input.origin,
    generatedAt: (input.now ?? new Date()).toISOString(),
    nodes,
    edges,
    claims: input.claims,
    ...(input.articles ? { articles: input.articles } : {}),
  });
}
