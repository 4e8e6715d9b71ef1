// The overview panel: counts by label and by relation type as inline bar charts (CSS),
// and the top entities by degree in the drawn graph, each a link that selects it.
import { CLAIM_TYPES, ENTITY_LABELS, LABEL_COLORS } from "@core/model/labels.ts";
import type { Stats } from "@core/model/types.ts";
import type { KgxGraph } from "../sigma/build-graph.ts";
import { formatRoute } from "../state/route/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { el } from "./dom.ts";

const fmt = new Intl.NumberFormat("en");

function bars(rows: Array<{ name: string; value: number; color: string }>, testid: string): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return el(
    "ul",
    { className: "bars", testid },
    rows.map((r) =>
      el("li", { attrs: { "data-name": r.name } }, [
        el("span", { className: "bar-name", text: r.name }),
        el("span", { className: "bar-track" }, [
          el("span", { className: "bar", attrs: { style: `width:${(100 * r.value) / max}%;background:${r.color}` } }),
        ]),
        el("span", { className: "bar-value", text: fmt.format(r.value) }),
      ]),
    ),
  );
}

export function renderOverview(target: HTMLElement, stats: Stats | null, graph: KgxGraph | null, kept: KeptView): void {
  // Selecting an entity moves the camera onto it: the links keep the filters only.
  const keep = { filters: kept.filters, camera: null };
  const byLabel = ENTITY_LABELS.map((l) => ({ name: l, value: stats?.byLabel[l] ?? 0, color: LABEL_COLORS[l] }));
  const byType = CLAIM_TYPES.map((t) => ({ name: t, value: stats?.byType[t] ?? 0, color: "#7d8896" }));
  const top = graph
    ? graph
        .nodes()
        .map((id) => ({ id, degree: graph.degree(id) }))
        .sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1))
        .slice(0, 10)
    : [];
  target.replaceChildren(
    el("h3", { text: "Entities by label" }),
    bars(byLabel, "overview-labels"),
    el("h3", { text: "Claims by relation" }),
    bars(byType, "overview-types"),
    el("h3", { text: "Top entities by degree (drawn)" }),
    el(
      "ol",
      { className: "top-entities", testid: "overview-top" },
      top.map((t) =>
        el("li", {}, [
          el("span", { className: "swatch", style: { background: graph!.getNodeAttribute(t.id, "color") } }),
          el("a", {
            href: formatRoute({ view: "graph", entity: t.id, keep }),
            text: graph!.getNodeAttribute(t.id, "name"),
          }),
          el("span", { className: "muted", text: ` ${t.degree}` }),
        ]),
      ),
    ),
  );
}
