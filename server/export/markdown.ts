// The Markdown evidence report: what produced it, when, the counts, and a table of every
// claim with its quote or sentence, article and outlet. Cells are escaped for Markdown.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import type { ClaimWithContext } from "../core/model/types.ts";
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
    `# ${mdCell(b.title)}`,
    "",
    `- Produced by: ${mdCell(b.origin)}`,
    `- Generated: ${b.generatedAt}`,
    `- ${b.nodes.length} entities, ${b.edges.length} edges, ${b.claims.length} claims`,
    "",
    "## Entities",
    "",
    "| Entity | Label | Mentions | Aliases |",
    "| --- | --- | --- | --- |",
    ...b.nodes.map((n) => `| ${mdCell(n.name)} | ${n.label} | ${n.mentions} | ${mdCell(n.aliases.join(", "))} |`),
    "",
    "## Evidence",
    "",
    "| Type | Source | Target | Quote or sentence | Article | Outlet | Confidence |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...b.claims.map(
      (c) =>
        `| ${c.type} | ${mdCell(c.sourceName)} | ${mdCell(c.targetName)} | ${mdCell(statementOf(c))} | ` +
        `${mdCell(c.articleTitle || c.article)} | ${mdCell(outletOf(c))} | ${c.confidence.toFixed(2)}` +
        `${c.reviewed ? " ✓ reviewed" : ""} |`,
    ),
    "",
  ];
  return lines.join("\n");
}
