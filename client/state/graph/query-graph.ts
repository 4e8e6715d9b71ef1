// Pure mapping of a Cypher result's nodes and relationships (QueryNode / QueryRel) to
// drawable data: label from labels, name from name/title, claims aggregated like the API.
import { ARTICLE_LABEL, isClaimType, isEntityLabel } from "@core/model/labels.ts";
import type { QueryNode, QueryRel } from "@core/model/types.ts";
import type { ApiEdge, DrawData, DrawNode } from "./types.ts";

function labelOf(labels: readonly string[]): DrawNode["label"] | null {
  const entity = labels.find(isEntityLabel);
  if (entity) return entity;
  return labels.includes(ARTICLE_LABEL) ? "Article" : null;
}

export function queryToDrawData(nodes: readonly QueryNode[], rels: readonly QueryRel[]): DrawData {
  const out: DrawNode[] = [];
  const ids = new Set<string>();
  for (const n of nodes) {
    const label = labelOf(n.labels);
    if (!label || ids.has(n.id)) continue;
    ids.add(n.id);
    const p = n.properties;
    const name = typeof p.name === "string" ? p.name : typeof p.title === "string" ? p.title : n.id;
    const mentions = typeof p.mentions === "number" && Number.isFinite(p.mentions) ? p.mentions : 1;
    out.push({ id: n.id, label, name, mentions });
  }
  const edges = new Map<string, ApiEdge & { arts: Set<string> }>();
  for (const r of rels) {
    if (!isClaimType(r.type) || !ids.has(r.source) || !ids.has(r.target)) continue;
    const key = `${r.source}|${r.type}|${r.target}`;
    const conf = typeof r.properties.confidence === "number" ? r.properties.confidence : 0;
    const art = typeof r.properties.article === "string" ? r.properties.article : null;
    let e = edges.get(key);
    if (!e) {
      e = {
        id: key,
        source: r.source,
        target: r.target,
        type: r.type,
        count: 0,
        articles: 0,
        maxConfidence: 0,
        arts: new Set(),
      };
      edges.set(key, e);
    }
    e.count += 1;
    e.maxConfidence = Math.max(e.maxConfidence, conf);
    if (art) e.arts.add(art);
  }
  return {
    nodes: out,
    edges: [...edges.values()].map(({ arts, ...e }) => ({ ...e, articles: arts.size, articleIds: [...arts] })),
  };
}
