// The Export menu: PNG (legend and caption as options) and SVG of the view, made in the browser,
// and the server's formats (GEXF, GraphML, CSV, JSON, HTML, Markdown, SVG) for the view or the selection.
import type { ExportFormatInfo, ExportSelection } from "@core/model/export.ts";
import { api } from "../api/client.ts";
import { decoratePng } from "../sigma/png-decorate.ts";
import type { LegendEntry } from "../sigma/png-decorate.ts";
import { viewToPng } from "../sigma/png-export.ts";
import type { ViewPng } from "../sigma/png-export.ts";
import { viewToSvg } from "../sigma/svg-export.ts";
import { viewSnapshot } from "./view-bus/index.ts";
import { el, replaceChildren } from "./dom.ts";
import type { Explorer } from "./explorer.ts";

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, attrs: { download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** POST /api/export and download the file it answers with. */
export async function exportFromServer(
  format: ExportFormatInfo,
  selection: ExportSelection,
  title: string,
): Promise<void> {
  const positions = selection.ids ? viewSnapshot().positions : undefined;
  const file = await api.exportFile({ format: format.id, selection, ...(positions ? { positions } : {}), title });
  download(file.blob, file.name ?? `kgx-export.${format.extension}`);
}

/** The legend of what is drawn: each label shown, its colour and how many nodes. */
function legendEntries(explorer: Explorer): LegendEntry[] {
  const counts = new Map<string, LegendEntry>();
  for (const id of explorer.visibleNodes()) {
    const a = explorer.graph.getNodeAttributes(id);
    const e = counts.get(a.kind) ?? { label: a.kind, color: a.color, count: 0 };
    e.count++;
    counts.set(a.kind, e);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** "kgx · 47 entities · 78 links · 1 December 2026" (what the image shows, and when). */
function caption(explorer: Explorer): string {
  const nodes = explorer.visibleNodes().length;
  const links = explorer.visibility()?.visibleEdges.size ?? explorer.graph.size;
  const day = new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  return `kgx · ${nodes} entities · ${links} links · ${day}`;
}

export function createExportMenu(
  explorer: Explorer,
  selected: () => string | null,
  onPng?: (png: ViewPng) => void,
): { element: HTMLElement } {
  const list = el("div", { className: "menu-list", attrs: { role: "menu" } });
  const status = el("p", { className: "muted menu-status", attrs: { role: "status" } });
  const element = el("details", { className: "export-menu", testid: "export-menu" }, [
    el("summary", { className: "tool-button", text: "Export", attrs: { "aria-label": "Export the view" } }),
    el("div", { className: "menu-pop" }, [list, status]),
  ]);
  let formats: ExportFormatInfo[] | null = null;
  const pngLegend = el("input", { testid: "png-legend", attrs: { type: "checkbox" } });
  const pngCaption = el("input", { testid: "png-caption", attrs: { type: "checkbox" } });
  pngLegend.checked = pngCaption.checked = true;
  const run = (label: string, job: () => Promise<void>) => async () => {
    status.textContent = `Exporting ${label}…`;
    try {
      await job();
      status.textContent = `Exported ${label}.`;
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
    }
  };
  const item = (text: string, testid: string, job: () => Promise<void>) =>
    el("button", {
      className: "menu-item",
      text,
      testid,
      attrs: { type: "button", role: "menuitem", "aria-label": `Export ${text}` },
      onClick: () => void run(text, job)(),
    });
  const render = (): void => {
    const sel = selected();
    const serverItems = (formats ?? []).flatMap((f) => [
      item(`${f.label} · view`, `export-view-${f.id}`, () =>
        exportFromServer(f, { ids: explorer.visibleNodes() }, "kgx view"),
      ),
      sel
        ? item(`${f.label} · selection`, `export-sel-${f.id}`, () => exportFromServer(f, { entity: sel, hops: 1 }, sel))
        : null,
    ]);
    replaceChildren(
      list,
      el("h4", { text: "Image of the view" }),
      el("label", { className: "check menu-option" }, [pngLegend, "with legend"]),
      el("label", { className: "check menu-option" }, [pngCaption, "with caption"]),
      item("PNG image", "export-png", async () => {
        const png = await viewToPng(explorer.sigma, "#fbfbfc");
        onPng?.(png);
        const deco = {
          legend: pngLegend.checked ? legendEntries(explorer) : null,
          caption: pngCaption.checked ? caption(explorer) : null,
        };
        download(await decoratePng(png.image, deco), "kgx-view.png");
      }),
      item("SVG image", "export-svg", async () =>
        download(new Blob([viewToSvg(explorer.sigma)], { type: "image/svg+xml" }), "kgx-view.svg"),
      ),
      el("h4", { text: "Data" }),
      ...(formats === null ? [el("p", { className: "muted", text: "Loading formats…" })] : serverItems),
      formats?.length === 0 ? el("p", { className: "muted", text: "No server export available." }) : null,
    );
  };
  element.addEventListener("toggle", () => {
    if (!element.open) return;
    render();
    if (formats === null)
      void api
        .exportFormats()
        .then((f) => (formats = f))
        .catch(() => (formats = []))
        .finally(render);
  });
  return { element };
}
