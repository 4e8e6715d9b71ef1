// The canonical JSON of graph-model.md for an exported subgraph (plus node positions).
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import type { CanonicalGraph } from "../core/model/types.ts";

export function toCanonicalJson(b: ExportBundle): string {
  const articles = new Map(b.claims.map((c) => [c.article, c.articleTitle]));
  const graph: CanonicalGraph & { meta: object; positions: Record<string, [number, number]> } = {
    meta: { title: b.title, origin: b.origin, generatedAt: b.generatedAt },
    articles: [...articles].map(([id, title]) => ({ id, title, source: "" })),
    entities: b.nodes.map(({ id, label, name, aliases, mentions }) => ({ id, label, name, aliases, mentions })),
    relations: b.claims.map(
      ({ sourceName: _s, targetName: _t, sourceLabel: _sl, targetLabel: _tl, articleTitle: _a, ...claim }) => claim,
    ),
    positions: Object.fromEntries(b.nodes.map((n) => [n.id, [n.x, n.y]])),
  };
  return JSON.stringify(graph, null, 2) + "\n";
}
