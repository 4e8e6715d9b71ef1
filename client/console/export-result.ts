// "Export result": sends the last query that ran (with its parameters) to the server's
// exporter, so a Cypher result becomes a report, a Gephi file or a spreadsheet.
import { el } from "../views/dom.ts";
import { exportFromServer } from "../views/export-menu.ts";

export interface LastQuery {
  query: string;
  params: Record<string, unknown>;
}

const FORMATS: Array<[id: string, label: string, extension: string]> = [
  ["html", "HTML report", "html"],
  ["md", "Markdown report", "md"],
  ["gexf", "GEXF (Gephi)", "gexf"],
  ["graphml", "GraphML", "graphml"],
  ["json", "Canonical JSON", "json"],
  ["claims.csv", "Claims CSV", "claims.csv"],
  ["nodes.csv", "Nodes CSV", "nodes.csv"],
  ["edges.csv", "Edges CSV", "edges.csv"],
  ["svg", "SVG image", "svg"],
];

export function createResultExport(last: () => LastQuery | null, status: (text: string) => void): HTMLElement {
  const select = el(
    "select",
    { testid: "cypher-export", attrs: { "aria-label": "Export the last result", disabled: "" } },
    [
      el("option", { text: "Export result…", attrs: { value: "" } }),
      ...FORMATS.map(([id, label]) => el("option", { text: label, attrs: { value: id } })),
    ],
  );
  select.addEventListener("change", () => {
    const format = FORMATS.find(([id]) => id === select.value);
    const q = last();
    select.value = "";
    if (!format || !q) return;
    const [id, label, extension] = format;
    status(`Exporting ${label}…`);
    exportFromServer({ id, label, extension, contentType: "" }, { query: q.query, params: q.params }, "Cypher result")
      .then(() => status(`Exported ${label}.`))
      .catch((err: unknown) => status(`Export failed: ${err instanceof Error ? err.message : String(err)}`));
  });
  return select;
}
