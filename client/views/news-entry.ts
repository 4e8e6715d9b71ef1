// Mounts the news tools in the header: "Add news" (the dialog) and "Articles" (the list),
// and keeps the header's counts in step when articles are added or removed.
import type { Stats } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { onNewsChanged } from "../api/news-api.ts";
import { createAddNewsDialog } from "./add-news-dialog.ts";
import { createArticlesView } from "./articles-view.ts";
import { el } from "./dom.ts";

export function mountNews(opts: { header: HTMLElement; setStats(s: Stats | null): void }): void {
  const dialog = createAddNewsDialog();
  const list = createArticlesView();
  opts.header.append(
    el("button", {
      className: "news-toggle",
      testid: "add-news-toggle",
      text: "Add news",
      attrs: { type: "button" },
      onClick: () => dialog.open(),
    }),
    el("button", {
      className: "news-toggle",
      testid: "articles-toggle",
      text: "Articles",
      attrs: { type: "button" },
      onClick: () => list.open(),
    }),
  );
  onNewsChanged(() => void api.stats().then(opts.setStats, () => opts.setStats(null)));
}
