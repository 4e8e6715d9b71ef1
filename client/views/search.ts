// Entity search box: autocomplete over names and aliases from /api/entities?search=
// (debounced), with ArrowUp/ArrowDown/Enter/Escape; picking one selects that entity.
import { LABEL_COLORS } from "@core/model/labels.ts";
import type { Entity } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { el, replaceChildren } from "./dom.ts";

const DEBOUNCE_MS = 200;

export function createSearch(onPick: (id: string) => void): HTMLElement {
  const input = el("input", {
    className: "search-input",
    testid: "search",
    attrs: {
      type: "search",
      placeholder: "Find an entity…  ( / )",
      "aria-label": "Find an entity",
      autocomplete: "off",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-controls": "search-results",
      "aria-expanded": "false",
    },
  });
  const list = el("ul", {
    className: "search-results",
    testid: "search-results",
    attrs: { role: "listbox", id: "search-results" },
  });
  list.hidden = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | null = null;
  let active = -1;

  const options = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>("[role=option]")];
  const setActive = (i: number): void => {
    const opts = options();
    if (opts.length === 0) return;
    active = (i + opts.length) % opts.length;
    opts.forEach((o, k) => o.setAttribute("aria-selected", String(k === active)));
    input.setAttribute("aria-activedescendant", opts[active]!.id);
    opts[active]!.scrollIntoView({ block: "nearest" });
  };
  /** The explorer labels the results it draws. */
  const announce = (ids: string[]): boolean =>
    window.dispatchEvent(new CustomEvent("kgx:search-hits", { detail: ids }));
  const close = (): void => {
    announce([]);
    list.hidden = true;
    active = -1;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    replaceChildren(list);
  };
  const pick = (id: string): void => {
    close();
    input.value = "";
    input.blur();
    onPick(id);
  };
  const render = (entities: Entity[]): void => {
    announce(entities.map((e) => e.id));
    if (entities.length === 0) {
      replaceChildren(list, el("li", { className: "muted empty", text: "No match" }));
    } else {
      replaceChildren(
        list,
        ...entities.map((e, i) =>
          el("li", { attrs: { role: "option", id: `search-opt-${i}`, "aria-selected": "false", "data-id": e.id } }, [
            el("button", { attrs: { type: "button", tabindex: "-1" }, onClick: () => pick(e.id) }, [
              el("span", { className: "swatch", style: { background: LABEL_COLORS[e.label] ?? LABEL_COLORS.Article } }),
              el("span", { className: "opt-name" }, [
                e.name,
                aliasHit(e, input.value)
                  ? el("span", { className: "muted alias", text: ` (${aliasHit(e, input.value)})` })
                  : null,
              ]),
              el("span", { className: "muted", text: ` ${e.label} · ${e.mentions}` }),
            ]),
          ]),
        ),
      );
    }
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
    if (entities.length) setActive(0);
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
    if (ev.key === "Escape") {
      close();
      input.blur();
    } else if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      setActive(active + (ev.key === "ArrowDown" ? 1 : -1));
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      const opts = options();
      const id = opts[Math.max(0, active)]?.dataset.id;
      if (id) pick(id);
    }
  });
  // Keep focus in the input while a result is clicked, so blur only means "elsewhere".
  list.addEventListener("mousedown", (ev) => ev.preventDefault());
  input.addEventListener("blur", close);
  return el("div", { className: "search" }, [input, list]);
}

/** The alias that matched the query when the name itself does not contain it. */
function aliasHit(e: Entity, q: string): string | null {
  const norm = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  const nq = norm(q.trim());
  if (!nq || norm(e.name).includes(nq)) return null;
  return e.aliases.find((a) => norm(a).includes(nq)) ?? null;
}
