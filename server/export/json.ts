// The canonical JSON of graph-model.md for an exported subgraph (plus node positions), in a total
// order (ids; claims by type, article, offsets, ends, id) so equal stores export equal bytes.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import type { CanonicalGraph } from "../core/model/types.ts";

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
type Claim = ExportBundle["claims"][number];
const claimOrder = (a: Claim, b: Claim) =>
  cmp(a.type, b.type) ||
  cmp(a.article, b.article) ||
  cmp(a.start, b.start) ||
  cmp(a.end, b.end) ||
  cmp(a.source, b.source) ||
  cmp(a.target, b.target) ||
  cmp(a.id, b.id);

export function toCanonicalJson(bundle: ExportBundle): string {
  const b = {
    ...bundle,
    nodes: [...bundle.nodes].sort((x, y) => cmp(x.id, y.id)),
    claims: [...bundle.claims].sort(claimOrder),
  };
  const articles = new Map(
    [...b.claims].sort((x, y) => cmp(x.article, y.article)).map((c) => [c.article, c.articleTitle]),
  );
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
