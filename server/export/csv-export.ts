// CSV exports for spreadsheets and Gephi's import: nodes.csv, edges.csv (one row per
// aggregated edge, Gephi's Source/Target/Type/Label/Weight) and claims.csv (the evidence).
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { toCsv } from "./csv.ts";

export function nodesCsv(b: ExportBundle): string {
  return toCsv(
    ["Id", "Label", "Kind", "Mentions", "Aliases", "X", "Y", "Size", "Color"],
    b.nodes.map((n) => [n.id, n.name, n.label, n.mentions, n.aliases.join(" | "), n.x, n.y, n.size, n.color]),
  );
}

export function edgesCsv(b: ExportBundle): string {
  return toCsv(
    ["Id", "Source", "Target", "Type", "Label", "Weight", "Claims", "Articles"],
    b.edges.map((e) => [e.id, e.source, e.target, "Directed", e.type, e.count, e.count, e.articles]),
  );
}

export function claimsCsv(b: ExportBundle): string {
  return toCsv(
    [
      "Type",
      "Source",
      "Target",
      "Statement",
      "Quote",
      "Article",
      "Article title",
      "Start",
      "End",
      "Confidence",
      "Rule",
    ],
    b.claims.map((c) => [
      c.type,
      c.sourceName,
      c.targetName,
      c.evidence,
      c.quote ?? "",
      c.article,
      c.articleTitle,
      c.start,
      c.end,
      c.confidence,
      c.rule,
    ]),
  );
}
