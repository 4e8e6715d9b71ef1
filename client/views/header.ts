// The header: product name and corpus counts from /api/stats.
import type { Stats } from "../../server/core/model/types.ts";
import { el, replaceChildren } from "./dom.ts";

const fmt = new Intl.NumberFormat("en");

export function renderHeader(root: HTMLElement, stats: Stats | null, note?: string): void {
  const counts = stats
    ? el("ul", { className: "counts", testid: "stats" }, [
        count("articles", stats.articles),
        count("entities", stats.entities),
        count("claims", stats.claims),
      ])
    : el("span", { className: "counts muted", text: "counts unavailable" });
  replaceChildren(
    root,
    el("a", { className: "brand", href: "#/", text: "kgx" }),
    el("span", { className: "tagline", text: "who said, reported, deployed and condemned what" }),
    counts,
    note ? el("span", { className: "note", text: note }) : null,
  );
}

function count(what: string, n: number): HTMLLIElement {
  return el("li", { attrs: { "data-count": what } }, [el("strong", { text: fmt.format(n) }), ` ${what}`]);
}
