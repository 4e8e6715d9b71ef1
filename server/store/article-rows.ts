// Turns the article list and the claims-per-article rows into ArticleSummary records,
// dating each article by `published`, or by its ingest day when no date is known.
import { isClaimType } from "../core/model/labels.ts";
import type { ArticleSummary } from "../core/model/types.ts";
import { num, str, type Row } from "./cypher-runner.ts";
import { articleMeta } from "./rows.ts";

export function articleSummaries(articles: Row[], claims: Row[]): ArticleSummary[] {
  const byArticle = new Map<string, Record<string, number>>();
  for (const r of claims) {
    if (!isClaimType(r.type)) continue;
    const counts = byArticle.get(str(r.article)) ?? {};
    counts[r.type] = (counts[r.type] ?? 0) + num(r.n);
    byArticle.set(str(r.article), counts);
  }
  return articles.map((row) => {
    const meta = articleMeta(row);
    const byType = byArticle.get(meta.id) ?? {};
    const dateKnown = Boolean(meta.published);
    return {
      ...meta,
      entities: num(row.entities),
      claims: Object.values(byType).reduce((a, b) => a + b, 0),
      byType,
      dated: (meta.published ?? meta.ingested ?? "").slice(0, 10),
      dateKnown,
      ...(row.publisherId ? { publisherId: str(row.publisherId) } : {}),
      status: "ingested" as const,
    };
  });
}
