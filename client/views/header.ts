// The header: product name, entity search, and corpus counts from /api/stats.
import type { Stats } from "@core/model/types.ts";
import { el, replaceChildren } from "./dom.ts";

const fmt = new Intl.NumberFormat("en");

export interface Header {
  element: HTMLElement;
  setStats(stats: Stats | null): void;
}

export function createHeader(search: HTMLElement): Header {
  const counts = el("ul", { className: "counts", testid: "stats" });
  const element = el("header", { className: "app-header" }, [
    el("a", { className: "brand", href: "#/", text: "kgx" }),
    el("span", { className: "tagline", text: "who said, reported, deployed and condemned what" }),
    search,
    counts,
  ]);
  const setStats = (stats: Stats | null): void => {
    if (!stats) {
      replaceChildren(counts, el("li", { className: "muted", text: "counts unavailable" }));
      return;
    }
    replaceChildren(
      counts,
      count("articles", stats.articles),
      count("entities", stats.entities),
      count("claims", stats.claims),
    );
  };
  return { element, setStats };
}

function count(what: string, n: number): HTMLLIElement {
  return el("li", { attrs: { "data-count": what } }, [el("strong", { text: fmt.format(n) }), ` ${what}`]);
}
