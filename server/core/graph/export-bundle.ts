// The subgraph an analyst exports: entities with positions, sizes and colours, the
// aggregated edges, every claim behind them with its evidence, and where it came from.
import { neutraliseBidiDeep } from "../model/bidi.ts";
import { LABEL_COLORS } from "../model/labels.ts";
import type { ArticleMeta, Claim, ClaimWithContext, Entity, GraphEdge } from "../model/types.ts";
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

/** Aggregates claims into one edge per (source, target, type), as the explorer draws them. */
export function edgesFromClaims(
  claims: ReadonlyArray<Pick<Claim, "type" | "source" | "target" | "article" | "confidence">>,
): GraphEdge[] {
  const byKey = new Map<string, GraphEdge & { arts: Set<string> }>();
  for (const c of claims) {
    const id = `${c.type}:${c.source}->${c.target}`;
    const e = byKey.get(id) ?? {
      id,
      source: c.source,
      target: c.target,
      type: c.type,
      count: 0,
      articles: 0,
      maxConfidence: 0,
      arts: new Set<string>(),
    };
    e.count++;
    e.arts.add(c.article);
    e.maxConfidence = Math.max(e.maxConfidence, c.confidence);
    byKey.set(id, e);
  }
  return [...byKey.values()]
    .map(({ arts, ...e }) => ({ ...e, articles: arts.size, articleIds: [...arts].sort() }))
    .sort((a, b) => a.id.localeCompare(b.id));
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
