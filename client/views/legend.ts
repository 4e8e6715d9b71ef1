// The legend: one swatch per entity label with its colour and how many nodes are drawn;
// clicking a label shows or hides that label (the label filter), as in Gephi Lite.
import { ENTITY_LABELS, LABEL_COLORS } from "@core/model/labels.ts";
import type { EntityLabel } from "@core/model/labels.ts";
import { el } from "./dom.ts";

export function renderLegend(
  countsByLabel: ReadonlyMap<string, number>,
  shownLabels: readonly EntityLabel[] | null,
  onToggle: ((label: EntityLabel) => void) | null,
): HTMLElement {
  const items = ENTITY_LABELS.map((label) => {
    const on = !shownLabels || shownLabels.includes(label);
    const content = [
      el("span", { className: "swatch", style: { background: LABEL_COLORS[label] } }),
      el("span", { text: label }),
      el("span", { className: "muted", text: ` ${countsByLabel.get(label) ?? 0}` }),
    ];
    const classes = [countsByLabel.get(label) ? "" : "empty", on ? "" : "off"].filter(Boolean).join(" ");
    if (!onToggle) return el("li", { className: classes }, content);
    return el("li", { className: classes }, [
      el(
        "button",
        {
          className: "legend-toggle",
          testid: `legend-${label}`,
          title: on ? `Hide ${label} entities` : `Show ${label} entities`,
          attrs: { type: "button", "aria-pressed": String(on) },
          onClick: () => onToggle(label),
        },
        content,
      ),
    ]);
  });
  return el("div", { className: "legend", testid: "legend", attrs: { role: "group", "aria-label": "Legend" } }, [
    el("ul", {}, items),
    el("p", { className: "muted hint", text: "Click a label to show or hide it · Size: mentions · Edge: claims" }),
  ]);
}
