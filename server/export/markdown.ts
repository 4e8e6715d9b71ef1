// The Markdown evidence report: what produced it (names, not ids), when, the counts, and every claim
// with quote or sentence, polarity, confidence, rule, date, article link and outlet; cells escaped.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import type { ClaimWithContext } from "../core/model/types.ts";
import { articleDate, articleUrl, linksOf, polarityWord, readable, readableTime } from "./report-text.ts";
import { xmlSafe } from "./xml.ts";

export function mdCell(s: unknown): string {
  return xmlSafe(String(s ?? ""))
    .replace(/[\r\n]+/g, " ")
    .replace(/[\\`*_[\]|<>]/g, (c) => (c === "<" ? "&lt;" : c === ">" ? "&gt;" : `\\${c}`))
    .trim();
}

/** The outlet behind a claim: its source when the source is an outlet. */
export function outletOf(c: ClaimWithContext): string {
  return c.sourceLabel === "Outlet" ? c.sourceName : (c.articlePublisher ?? "");
}

export function statementOf(c: ClaimWithContext): string {
  return c.quote ? `“${c.quote}”` : c.evidence;
}

export function toMarkdown(b: ExportBundle): string {
  const lines = [
    `# ${mdCell(readable(b, b.title))}`,
    "",
    `- Produced by: ${mdCell(readable(b, b.origin))}`,
    `- Generated: ${readableTime(b.generatedAt)}`,
    `- ${b.nodes.length} entities, ${linksOf(b.edges).length} links, ${b.claims.length} claims`,
    "",
    "## Entities",
    "",
    "| Entity | Label | Mentions | Aliases |",
    "| --- | --- | --- | --- |",
    ...b.nodes.map((n) => `| ${mdCell(n.name)} | ${n.label} | ${n.mentions} | ${mdCell(n.aliases.join(", "))} |`),
    "",
    "## Evidence",
    "",
    "| Type | Source | Target | Quote or sentence | Confidence | Rule | Date | Article | Outlet |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...b.claims.map((c) => {
      const meta = b.articles?.[c.article];
      const url = articleUrl(meta);
      const title = mdCell(c.articleTitle || c.article);
      const polarity = polarityWord(c) ? ` **${polarityWord(c).toUpperCase()}**` : "";
      return (
        `| ${c.type}${polarity} | ${mdCell(c.sourceName)} | ${mdCell(c.targetName)}${c.role ? ` (as ${mdCell(c.role)})` : ""} | ` +
        `${mdCell(statementOf(c))} | ${Math.round(c.confidence * 100)}%${c.reviewed ? " ✓ reviewed" : ""} | ${mdCell(c.rule)} | ${articleDate(meta)} | ` +
        `${url ? `[${title}](${encodeURI(url).replace(/[()]/g, (ch) => (ch === "(" ? "%28" : "%29"))})` : title} | ${mdCell(outletOf(c))} |`
      );
    }),
    "",
  ];
  return lines.join("\n");
}
