// The article list: every article with its publisher, date, URL, entity and claim counts and
// status; sortable by any column, searchable, a click opens the article view, and delete.
import "./news.css";
import type { ArticleSummary } from "@core/model/types.ts";
import { announceNewsChanged, newsApi, onNewsChanged } from "../api/news-api.ts";
import { el, message, replaceChildren } from "./dom.ts";

type Key = "title" | "publisher" | "dated" | "entities" | "claims";
const COLUMNS: Array<[Key, string]> = [
  ["title", "Title"],
  ["publisher", "Publisher"],
  ["dated", "Date"],
  ["entities", "Entities"],
  ["claims", "Claims"],
];

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Sort and search, pure: the rows shown for a query and a column order. */
export function visibleArticles(all: ArticleSummary[], query: string, key: Key, asc: boolean): ArticleSummary[] {
  const q = fold(query.trim());
  const rows = q
    ? all.filter((a) => fold([a.title, a.publisher, a.author, a.url, a.source].filter(Boolean).join(" ")).includes(q))
    : all;
  const value = (a: ArticleSummary) => a[key] ?? "";
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    // Unknown values (no publisher) go last in either direction.
    if ((x === "") !== (y === "")) return x === "" ? 1 : -1;
    const c = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return (asc ? c : -c) || a.id.localeCompare(b.id);
  });
}

export function createArticlesView(): { open(): void; element: HTMLDialogElement } {
  let all: ArticleSummary[] = [];
  let key: Key = "dated";
  let asc = false;
  const search = el("input", {
    testid: "articles-search",
    attrs: { type: "search", placeholder: "Search titles, publishers, authors…", "aria-label": "Search articles" },
  });
  const body = el("tbody");
  const head = el("tr");
  const status = el("p", { className: "news-summary", testid: "articles-count" });
  const table = el("table", { className: "articles-table", testid: "articles-table" }, [el("thead", {}, [head]), body]);
  const close = el("button", { text: "Close", attrs: { type: "button" }, onClick: () => dialog.close() });
  const dialog = el("dialog", { className: "news-dialog articles-dialog", testid: "articles-view" }, [
    el("div", { className: "articles-head" }, [el("h2", { text: "Articles" }), search, close]),
    status,
    el("div", { className: "articles-scroll" }, [table]),
  ]);

  function render(): void {
    replaceChildren(
      head,
      ...COLUMNS.map(([k, label]) =>
        el("th", { attrs: { "aria-sort": k === key ? (asc ? "ascending" : "descending") : "none" } }, [
          el("button", {
            text: `${label}${k === key ? (asc ? " ▲" : " ▼") : ""}`,
            attrs: { type: "button", "data-sort": k },
            onClick: () => {
              asc = k === key ? !asc : k === "title" || k === "publisher";
              key = k;
              render();
            },
          }),
        ]),
      ),
      el("th", { text: "Status" }),
      el("th", {}),
    );
    const rows = visibleArticles(all, search.value, key, asc);
    status.textContent = `${rows.length} of ${all.length} articles`;
    replaceChildren(body, ...rows.map(row));
  }

  function row(a: ArticleSummary): HTMLTableRowElement {
    const open = el("a", {
      href: `#/article/${encodeURIComponent(a.id)}`,
      text: a.title || a.id,
      onClick: () => dialog.close(),
    });
    const date = a.dateKnown
      ? el("span", { text: a.published!.slice(0, 10) })
      : el("span", {
          className: "muted",
          text: `${a.dated} (ingested)`,
          title: "No published date: dated by ingest time",
        });
    const remove = el("button", {
      className: "danger",
      text: "Delete",
      attrs: { type: "button", "data-testid": "article-delete", "aria-label": `Delete ${a.title}` },
      onClick: () => void del(a, remove),
    });
    return el("tr", { attrs: { "data-article": a.id } }, [
      el("td", {}, [open, a.url ? el("div", { className: "muted small", text: a.url }) : null]),
      el("td", { text: a.publisher ?? "—", attrs: { "data-col": "publisher" } }),
      el("td", { attrs: { "data-col": "date" } }, [date]),
      el("td", { className: "num", text: String(a.entities) }),
      el("td", { className: "num", text: String(a.claims) }),
      el("td", { text: a.status }),
      el("td", {}, [remove]),
    ]);
  }

  async function del(a: ArticleSummary, button: HTMLButtonElement): Promise<void> {
    if (!window.confirm(`Delete "${a.title}"? Its claims and mentions go, and entities no other article mentions.`))
      return;
    button.disabled = true;
    try {
      await newsApi.remove(a.id);
      announceNewsChanged();
    } catch (err) {
      button.disabled = false;
      status.replaceWith(message(`Cannot delete: ${err instanceof Error ? err.message : String(err)}`, "error"));
    }
  }

  async function reload(): Promise<void> {
    try {
      all = await newsApi.articles();
      render();
    } catch (err) {
      status.textContent = `Cannot load the articles: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  search.addEventListener("input", render);
  onNewsChanged(() => {
    if (dialog.open) void reload();
  });
  document.body.append(dialog);
  return {
    element: dialog,
    open: () => {
      if (!dialog.open) dialog.showModal();
      void reload();
    },
  };
}
