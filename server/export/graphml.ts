// GraphML writer (graphology-graphml only parses): typed keys declared once, every value
// escaped, directed multi-edges with their claim counts.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { esc } from "./xml.ts";

type Key = { id: string; for: "node" | "edge"; name: string; type: "string" | "double" | "int" };

const KEYS: Key[] = [
  { id: "d0", for: "node", name: "label", type: "string" },
  { id: "d1", for: "node", name: "kind", type: "string" },
  { id: "d2", for: "node", name: "mentions", type: "int" },
  { id: "d3", for: "node", name: "aliases", type: "string" },
  { id: "d4", for: "node", name: "x", type: "double" },
  { id: "d5", for: "node", name: "y", type: "double" },
  { id: "d6", for: "node", name: "size", type: "double" },
  { id: "d7", for: "node", name: "color", type: "string" },
  { id: "d8", for: "edge", name: "type", type: "string" },
  { id: "d9", for: "edge", name: "claims", type: "int" },
  { id: "d10", for: "edge", name: "articles", type: "int" },
  { id: "d11", for: "edge", name: "weight", type: "double" },
];

const data = (k: string, v: unknown) =>
  `      <data key="${KEYS.find((x) => x.name === k && x.id)!.id}">${esc(v)}</data>`;

export function toGraphml(b: ExportBundle): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`),
    '  <graph id="kgx" edgedefault="directed">',
  ];
  const ids = new Set(b.nodes.map((n) => n.id));
  for (const n of b.nodes) {
    out.push(`    <node id="${esc(n.id)}">`);
    out.push(data("label", n.name), data("kind", n.label), data("mentions", n.mentions));
    out.push(data("aliases", n.aliases.join(" | ")), data("x", n.x), data("y", n.y));
    out.push(data("size", n.size), data("color", n.color), "    </node>");
  }
  for (const e of b.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    out.push(`    <edge id="${esc(e.id)}" source="${esc(e.source)}" target="${esc(e.target)}">`);
    out.push(data("type", e.type), data("claims", e.count), data("articles", e.articles), data("weight", e.count));
    out.push("    </edge>");
  }
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n").replace(/^ {6}<data/gm, "      <data");
}
