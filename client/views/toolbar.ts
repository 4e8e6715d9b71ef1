// The explorer toolbar: expand / more / undo, ego network with N hops, layout start-stop
// with a running indicator, and toggles for the filter, overview and export panels.
import { el } from "./dom.ts";

export interface ToolbarActions {
  expand(): void;
  undo(): void;
  ego(hops: number): void;
  toggleLayout(): void;
  fit(): void;
  /** The link to this view (working set and positions), or null when it cannot carry it. */
  shareUrl(): string | null;
  togglePanel(name: "filters" | "overview"): void;
}

export interface ToolbarState {
  selected: string | null;
  remaining: number | null;
  canUndo: boolean;
  layout: string;
  filtersActive: boolean;
}

export interface Toolbar {
  element: HTMLElement;
  update(s: ToolbarState): void;
  /** A short message in the toolbar's status line ("Nothing new to add"), cleared after a while. */
  say(text: string, link?: string): void;
}

/** A tool button named by its visible text; `description` is its tooltip and accessible description. */
function button(text: string, description: string, testid: string, onClick: () => void): HTMLButtonElement {
  return el("button", {
    className: "tool-button",
    text,
    testid,
    title: description,
    attrs: { type: "button" },
    onClick,
  });
}

export function createToolbar(actions: ToolbarActions, extra: HTMLElement[]): Toolbar {
  const expand = button("Expand", "Expand the selected entity's neighbours (double-click)", "expand", actions.expand);
  const undo = button("Undo", "Undo the last expansion, ego view or filter (Ctrl+Z)", "undo", actions.undo);
  const hops = el("select", { testid: "ego-hops", attrs: { "aria-label": "Ego hops" } }, [
    el("option", { text: "1 hop", attrs: { value: "1" } }),
    el("option", { text: "2 hops", attrs: { value: "2" } }),
    el("option", { text: "3 hops", attrs: { value: "3" } }),
  ]);
  const ego = button("Ego", "Show only the selected entity's ego network", "ego", () =>
    actions.ego(Number(hops.value)),
  );
  const layout = button("Layout ▶", "Start or stop the ForceAtlas2 layout", "layout-toggle", actions.toggleLayout);
  const fit = button("Fit", "Zoom to fit the drawn graph (F)", "fit", actions.fit);
  fit.setAttribute("aria-keyshortcuts", "F");
  const indicator = el("span", {
    className: "layout-indicator",
    testid: "layout-indicator",
    attrs: { role: "status" },
  });
  const note = el("span", { className: "toolbar-note", testid: "toolbar-note", attrs: { role: "status" } });
  let noteTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string, link?: string): void => {
    clearTimeout(noteTimer);
    note.replaceChildren(text);
    if (link) {
      const field = el("input", {
        className: "share-url",
        testid: "share-url",
        attrs: { readonly: "", "aria-label": "Link to this view" },
      });
      field.value = link;
      note.append(" ", field);
      field.select();
    }
    noteTimer = setTimeout(() => note.replaceChildren(), link ? 30_000 : 8000);
  };
  const share = button(
    "Share",
    "Copy a link that opens this view: its entities, positions, filters and camera",
    "share",
    () => {
      const url = actions.shareUrl();
      if (!url) return say("This view is too large to share as a link: export it instead.");
      void navigator.clipboard
        ?.writeText(url)
        .then(() => say("Link copied:", url))
        .catch(() => say("Copy this link:", url));
      if (!navigator.clipboard) say("Copy this link:", url);
    },
  );
  const filters = button("Filters", "Show or hide the filters", "filters-toggle", () => actions.togglePanel("filters"));
  const overview = button("Overview", "Show or hide the overview", "overview-toggle", () =>
    actions.togglePanel("overview"),
  );
  const element = el(
    "div",
    { className: "toolbar", testid: "toolbar", attrs: { role: "toolbar", "aria-label": "Explorer tools" } },
    [
      expand,
      undo,
      el("span", { className: "tool-group" }, [hops, ego]),
      layout,
      fit,
      indicator,
      filters,
      overview,
      ...extra,
      share,
      note,
    ],
  );
  const update = (s: ToolbarState): void => {
    expand.disabled = s.selected === null || s.remaining === 0;
    expand.textContent = s.remaining ? `More (${s.remaining})` : "Expand";
    undo.disabled = !s.canUndo;
    ego.disabled = hops.disabled = s.selected === null;
    const running = s.layout !== "idle";
    layout.textContent = running ? "Layout ■" : "Layout ▶";
    layout.setAttribute("aria-pressed", String(running));
    indicator.textContent = running ? (s.layout === "noverlap" ? "tidying…" : "laying out…") : "";
    indicator.dataset.running = String(running);
    filters.classList.toggle("active", s.filtersActive);
  };
  return { element, update, say };
}
