// Turns a canonical JSON graph (from `kgx extract`, `kgx synth` or an export) back into
// per-article extractions the store can upsert. Article text is rebuilt from the claims'
// evidence sentences, with offsets recomputed so every claim still slices to its evidence.
import type { ArticleHead, Claim, CanonicalGraph, Entity, ExtractedArticle } from "../model/types.ts";

/**
 * The graph's articles, converted one at a time on demand: `article(i)` builds the i-th. An import converts a batch
 * just before writing it, so 1M converted claims are never alive at once (at 100k entities / 1M claims, converting
 * them all first took 14.6 s, most of it the collector's).
 */
export function canonicalArticles(graph: CanonicalGraph): {
  count: number;
  /** How many claims the i-th article carries, without converting it. */
  claims(i: number): number;
  article(i: number): ExtractedArticle;
  /** The i-th article's metadata and entities (as `article(i)` gives them), without building its text. */
  head(i: number): ArticleHead;
} {
  const entities = new Map(graph.entities.map((e) => [e.id, e]));
  const byArticle = new Map<string, Claim[]>();
  for (const c of graph.relations) {
    if (!entities.has(c.source) || !entities.has(c.target)) continue;
    const list = byArticle.get(c.article);
    if (list) list.push(c);
    else byArticle.set(c.article, [c]);
  }
  /** The entities the claims name, each with how many times this article's claims name it. */
  const used = (claims: Claim[]): Entity[] => {
    const counts = new Map<string, number>();
    for (const c of claims) for (const id of [c.source, c.target]) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts].map(([id, n]) => ({ ...entities.get(id)!, mentions: n }));
  };
  return {
    count: graph.articles.length,
    claims: (i: number) => byArticle.get(graph.articles[i]!.id)?.length ?? 0,
    head: (i: number) => {
      const meta = graph.articles[i]!;
      return { article: meta, entities: used(byArticle.get(meta.id) ?? []) };
    },
    article(i: number): ExtractedArticle {
      const meta = graph.articles[i]!;
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
      return {
        article: { ...meta, text: text || meta.title || meta.id, sentences },
        entities: used(placed),
        claims: placed,
      };
    },
  };
}

/** Consecutive runs [from, to) of articles of at most `maxClaims` claims each (an article alone may pass it). */
export function importBatches(
  all: { count: number; claims(i: number): number },
  maxClaims: number,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  let rows = 0;
  for (let i = 0; i < all.count; i++) {
    // An article without claims still counts, so a run of them stays bounded.
    const n = Math.max(1, all.claims(i));
    if (i > from && rows + n > maxClaims) {
      out.push([from, i]);
      from = i;
      rows = 0;
    }
    rows += n;
  }
  if (from < all.count) out.push([from, all.count]);
  return out;
}

export function toExtractedArticles(graph: CanonicalGraph): ExtractedArticle[] {
  const all = canonicalArticles(graph);
  return Array.from({ length: all.count }, (_, i) => all.article(i));
}
