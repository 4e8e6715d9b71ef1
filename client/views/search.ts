// Entity search box: asks /api/entities?search= as the analyst types (debounced) and
// lists matches; picking one selects that entity in the explorer.
import { LABEL_COLORS } from "../../server/core/model/labels.ts";
import type { EntitySummary } from "../../server/core/model/types.ts";
import { api } from "../api/client.ts";
import { el, replaceChildren } from "./dom.ts";

const DEBOUNCE_MS = 200;

export function createSearch(onPick: (id: string) => void): HTMLElement {
  const input = el("input", {
    className: "search-input",
    testid: "search",
    attrs: { type: "search", placeholder: "Find an entity…", "aria-label": "Find an entity", autocomplete: "off" },
  });
  const list = el("ul", { className: "search-results", testid: "search-results", attrs: { role: "listbox" } });
  list.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;

  const close = (): void => {
    list.hidden = true;
    replaceChildren(list);
  };
  const pick = (id: string): void => {
    close();
    input.value = "";
    input.blur();
    onPick(id);
  };
  const render = (entities: EntitySummary[]): void => {
    if (entities.length === 0) {
      replaceChildren(list, el("li", { className: "muted empty", text: "No match" }));
    } else {
      replaceChildren(
        list,
        ...entities.map((e) =>
          el("li", { attrs: { role: "option" } }, [
            el("button", { attrs: { type: "button" }, onClick: () => pick(e.id) }, [
              el("span", { className: "swatch", style: { background: LABEL_COLORS[e.label] ?? LABEL_COLORS.Article } }),
              el("span", { text: e.name }),
              el("span", { className: "muted", text: ` ${e.label} · ${e.mentions}` }),
            ]),
          ]),
        ),
      );
    }
    list.hidden = false;
  };
  const query = async (q: string): Promise<void> => {
    controller?.abort();
    const ctrl = new AbortController();
    controller = ctrl;
    try {
      const { entities } = await api.searchEntities(q, 12, ctrl.signal);
      if (!ctrl.signal.aborted) render(entities);
    } catch {
      if (!ctrl.signal.aborted)
        replaceChildren(list, el("li", { className: "muted empty", text: "Search unavailable" }));
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(() => void query(q), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") close();
    if (ev.key === "Enter") list.querySelector("button")?.click();
  });
  // Keep focus in the input while a result is clicked, so blur only means "elsewhere".
  list.addEventListener("mousedown", (ev) => ev.preventDefault());
  input.addEventListener("blur", close);
  return el("div", { className: "search" }, [input, list]);
}
