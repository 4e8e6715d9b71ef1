// The filter panel: labels, relation types (with "only"), confidence threshold, minimum
// claims (applied as typed), hide isolated, outlet, and the article filter; every change goes to onChange.
import { CLAIM_TYPES, ENTITY_LABELS, LABEL_COLORS } from "@core/model/labels.ts";
import { DEFAULT_FILTERS, isDefaultFilters, toggleIn } from "../state/filters/index.ts";
import type { FilterState } from "../state/filters/index.ts";
import { el, replaceChildren } from "./dom.ts";

export interface FilterPanel {
  element: HTMLElement;
  render(filters: FilterState, outlets: Array<{ id: string; name: string }>): void;
}

function check(label: string, checked: boolean, testid: string, onChange: (on: boolean) => void): HTMLLabelElement {
  const box = el("input", { testid, attrs: { type: "checkbox" } });
  box.checked = checked;
  box.addEventListener("change", () => onChange(box.checked));
  return el("label", { className: "check" }, [box, label]);
}

export function createFilterPanel(onChange: (f: FilterState) => void): FilterPanel {
  const element = el("section", {
    className: "tool-panel filter-panel",
    testid: "filter-panel",
    attrs: { "aria-label": "Filters" },
  });
  element.hidden = true;

  const render = (f: FilterState, outlets: Array<{ id: string; name: string }>): void => {
    const set = (patch: Partial<FilterState>) => onChange({ ...f, ...patch });
    // A relation filter hides the entities it leaves without claims, unless asked otherwise.
    const setTypes = (types: FilterState["types"]) =>
      set({ types, hideIsolated: f.types === null && types !== null ? true : f.hideIsolated });
    // The panel is drawn again on every change: the field being typed in keeps the focus.
    const focused = element.contains(document.activeElement)
      ? (document.activeElement as HTMLElement).dataset.testid
      : undefined;
    const labels = ENTITY_LABELS.map((l) =>
      el("li", {}, [
        el("span", { className: "swatch", style: { background: LABEL_COLORS[l] } }),
        check(l, !f.labels || f.labels.includes(l), `filter-label-${l}`, () =>
          set({ labels: toggleIn(f.labels, l, ENTITY_LABELS) }),
        ),
      ]),
    );
    const types = CLAIM_TYPES.map((t) =>
      el("li", {}, [
        check(t, !f.types || f.types.includes(t), `filter-type-${t}`, () =>
          setTypes(toggleIn(f.types, t, CLAIM_TYPES)),
        ),
        el("button", {
          className: "link-button",
          text: "only",
          testid: `filter-only-${t}`,
          attrs: { type: "button", "aria-label": `Show only ${t} claims` },
          onClick: () => setTypes([t]),
        }),
      ]),
    );
    const conf = el("input", {
      testid: "filter-confidence",
      attrs: { type: "range", min: "0", max: "1", step: "0.05" },
    });
    conf.value = String(f.minConfidence);
    conf.addEventListener("input", () => set({ minConfidence: Number(conf.value) }));
    const minClaims = el("input", {
      testid: "filter-min-claims",
      attrs: { type: "number", min: "0", step: "1" },
    });
    minClaims.value = String(f.minClaims);
    // Applied as it is typed (no Enter or blur needed), so Reset never applies a stale value.
    minClaims.addEventListener("input", () => {
      const n = Math.max(0, Math.floor(Number(minClaims.value) || 0));
      if (n !== f.minClaims) set({ minClaims: n });
    });
    const outlet = el("select", { testid: "filter-outlet" }, [
      el("option", { text: "any outlet", attrs: { value: "" } }),
      ...outlets.map((o) => el("option", { text: o.name, attrs: { value: o.id } })),
    ]);
    outlet.value = f.outlet ?? "";
    outlet.addEventListener("change", () => set({ outlet: outlet.value || null }));
    replaceChildren(
      element,
      el("h3", { text: "Entities" }),
      el("ul", { className: "filter-list" }, labels),
      el("h3", { text: "Relations" }),
      el("ul", { className: "filter-list" }, types),
      el("label", { className: "field" }, [`Confidence ≥ ${Math.round(f.minConfidence * 100)}%`, conf]),
      el("label", { className: "field" }, ["Claims per entity ≥", minClaims]),
      check("Hide isolated entities", f.hideIsolated, "filter-isolated", (on) => set({ hideIsolated: on })),
      el("label", { className: "field" }, ["Outlet", outlet]),
      f.article
        ? el("p", { className: "field", testid: "filter-article" }, [
            `Article: ${f.article} `,
            el("button", {
              className: "link-button",
              text: "clear",
              attrs: { type: "button", "aria-label": "Clear the article filter" },
              onClick: () => set({ article: null }),
            }),
          ])
        : null,
      el("button", {
        className: "tool-button",
        text: "Reset filters",
        testid: "filter-reset",
        attrs: { type: "button" },
        onClick: () => onChange(DEFAULT_FILTERS),
      }),
    );
    element.dataset.active = String(!isDefaultFilters(f));
    if (focused) element.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
  };
  return { element, render };
}
