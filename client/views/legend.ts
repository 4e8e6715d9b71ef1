// The legend: one swatch per entity label with its colour and how many nodes are drawn.
import { ENTITY_LABELS, LABEL_COLORS } from "../../server/core/model/labels.ts";
import { el } from "./dom.ts";

export function renderLegend(countsByLabel: ReadonlyMap<string, number>): HTMLElement {
  const items = ENTITY_LABELS.map((label) =>
    el("li", { className: countsByLabel.get(label) ? "" : "empty" }, [
      el("span", { className: "swatch", style: { background: LABEL_COLORS[label] } }),
      el("span", { text: label }),
      el("span", { className: "muted", text: ` ${countsByLabel.get(label) ?? 0}` }),
    ]),
  );
  return el("div", { className: "legend", testid: "legend", attrs: { "aria-label": "Legend" } }, [
    el("ul", {}, items),
    el("p", { className: "muted hint", text: "Size: mentions · Edge: claims (type ×count)" }),
  ]);
}
