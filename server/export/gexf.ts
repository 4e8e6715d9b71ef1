// GEXF 1.3 via graphology-gexf: labels, colours, sizes and positions as viz data, so the
// file opens laid out and coloured in Gephi and Gephi Lite.
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { xmlSafe } from "./xml.ts";

export function toGexf(b: ExportBundle): string {
  const g = new MultiDirectedGraph();
  for (const n of b.nodes) {
    g.addNode(n.id, {
      label: xmlSafe(n.name),
      kind: n.label,
      mentions: n.mentions,
      aliases: xmlSafe(n.aliases.join(" | ")),
      x: n.x,
      y: n.y,
      size: n.size,
      color: n.color,
    });
  }
  for (const e of b.edges) {
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addEdgeWithKey(e.id, e.source, e.target, {
      label: `${e.type} ×${e.count}`,
      type: e.type,
      claims: e.count,
      articles: e.articles,
      weight: e.count,
    });
  }
  return write(g, {
    version: "1.3",
    pedantic: true,
    formatNode: (_key, a) => ({
      label: String(a.label),
      viz: { color: String(a.color), size: Number(a.size), x: Number(a.x), y: Number(a.y) },
      attributes: { kind: a.kind, mentions: a.mentions, aliases: a.aliases },
    }),
    formatEdge: (_key, a) => ({
      label: String(a.label),
      weight: Number(a.weight),
      attributes: { type: a.type, claims: a.claims, articles: a.articles },
    }),
  });
}
