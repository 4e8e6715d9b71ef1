// Turns a canonical JSON graph (from `kgx extract`, `kgx synth` or an export) back into
// per-article extractions the store can upsert. Article text is rebuilt from the claims'
// evidence sentences, with offsets recomputed so every claim still slices to its evidence.
import type { Claim, CanonicalGraph, Entity, ExtractedArticle } from "../model/types.ts";

export function toExtractedArticles(graph: CanonicalGraph): ExtractedArticle[] {
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const byArticle = new Map<string, Claim[]>();
  for (const c of graph.relations) {
    if (!entities.has(c.source) || !entities.has(c.target)) continue;
    const list = byArticle.get(c.article);
    if (list) list.push(c);
    else byArticle.set(c.article, [c]);
  }
  return graph.articles.map((meta) => {
    const claims = byArticle.get(meta.id) ?? [];
    const sentences: Array<[number, number]> = [];
    const indexOf = new Map<string, number>();
    let text = meta.title ? `${meta.title}\n\n` : "";
    const placed: Claim[] = claims.map((c) => {
      const evidence = c.evidence.replace(/\s+/g, " ").trim() || `${c.type} claim.`;
      let s = indexOf.get(evidence);
      if (s === undefined) {
        s = sentences.length;
        indexOf.set(evidence, s);
        sentences.push([text.length, text.length + evidence.length]);
        text += `${evidence}\n`;
      }
      const [start, end] = sentences[s]!;
      return { ...c, sentence: s, start, end, evidence };
    });
    const counts = new Map<string, number>();
    for (const c of placed) for (const id of [c.source, c.target]) counts.set(id, (counts.get(id) ?? 0) + 1);
    const used: Entity[] = [...counts].map(([id, n]) => ({ ...entities.get(id)!, mentions: n }));
    return {
      article: { ...meta, text: text || meta.title || meta.id, sentences },
      entities: used,
      claims: placed,
    };
  });
}
