// The export formats as a registry of descriptors, so the UI, the HTTP route and the CLI
// build their menus and dispatch from one list.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import type { ExportFormatInfo } from "../core/model/export.ts";
import { claimsCsv, edgesCsv, nodesCsv } from "./csv-export.ts";
import { toGexf } from "./gexf.ts";
import { toGraphml } from "./graphml.ts";
import { toHtmlReport } from "./html-report.ts";
import { toCanonicalJson } from "./json.ts";
import { toMarkdown } from "./markdown.ts";
import { toSvg } from "./svg.ts";

/** A format of the registry: what GET /api/export/formats lists (shared with the client), and its writer. */
export interface ExportFormat extends ExportFormatInfo {
  write(bundle: ExportBundle): string;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  { id: "json", label: "Canonical JSON", extension: "json", contentType: "application/json", write: toCanonicalJson },
  { id: "gexf", label: "GEXF 1.3 (Gephi)", extension: "gexf", contentType: "application/xml", write: toGexf },
  { id: "graphml", label: "GraphML", extension: "graphml", contentType: "application/xml", write: toGraphml },
  { id: "nodes.csv", label: "Nodes CSV", extension: "nodes.csv", contentType: "text/csv", write: nodesCsv },
  { id: "edges.csv", label: "Edges CSV", extension: "edges.csv", contentType: "text/csv", write: edgesCsv },
  { id: "claims.csv", label: "Claims CSV", extension: "claims.csv", contentType: "text/csv", write: claimsCsv },
  { id: "html", label: "HTML report", extension: "html", contentType: "text/html", write: toHtmlReport },
  { id: "md", label: "Markdown report", extension: "md", contentType: "text/markdown", write: toMarkdown },
  { id: "svg", label: "SVG image", extension: "svg", contentType: "image/svg+xml", write: (b) => toSvg(b) },
];

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}
