// The article view: the article text with the evidence sentence wrapped in a <mark>
// and scrolled into view, its mentioned entities, and a link back to the graph.
import { LABEL_COLORS } from "../../server/core/model/labels.ts";
import type { ArticleDetail } from "../../server/core/model/types.ts";
import { api } from "../api/client.ts";
import { splitAt } from "../state/article/index.ts";
import { formatRoute } from "../state/route/index.ts";
import { el, message, replaceChildren } from "./dom.ts";

export interface ArticleView {
  show(id: string, span: [number, number] | null, from: string | null): Promise<void>;
  hide(): void;
  readonly element: HTMLElement;
}

export function createArticleView(): ArticleView {
  const element = el("section", { className: "article-view", testid: "article-view" });
  element.hidden = true;
  let controller: AbortController | null = null;

  async function show(id: string, span: [number, number] | null, from: string | null): Promise<void> {
    controller?.abort();
    const ctrl = new AbortController();
    controller = ctrl;
    element.hidden = false;
    element.dataset.state = "loading";
    const back = el("a", {
      className: "back",
      href: formatRoute({ view: "graph", entity: from }),
      text: "← Back to the graph",
      testid: "back-link",
    });
    replaceChildren(element, back, message("Loading article…"));
    try {
      const detail = await api.article(id, ctrl.signal);
      if (ctrl.signal.aborted) return;
      replaceChildren(element, back, renderArticle(detail, span));
      element.dataset.state = "ready";
      element.querySelector("mark")?.scrollIntoView({ block: "center" });
    } catch (err) {
      if (ctrl.signal.aborted) return;
      replaceChildren(
        element,
        back,
        message(`Cannot load this article: ${err instanceof Error ? err.message : String(err)}`, "error"),
      );
      element.dataset.state = "error";
    }
  }

  function hide(): void {
    controller?.abort();
    controller = null;
    element.hidden = true;
    replaceChildren(element);
  }
  return { show, hide, element };
}

function renderArticle(detail: ArticleDetail, span: [number, number] | null): HTMLElement {
  const [before, inside, after] = splitAt(detail.text, span);
  const body = el("div", { className: "article-text" }, [
    before,
    inside ? el("mark", { testid: "highlight", text: inside }) : null,
    after,
  ]);
  const meta = [detail.article.source, detail.article.date].filter(Boolean).join(" · ");
  const mentions = [...detail.mentions].sort((a, b) => b.count - a.count);
  return el("article", {}, [
    el("h2", { text: detail.article.title || detail.article.id }),
    meta ? el("p", { className: "muted", text: meta }) : null,
    mentions.length
      ? el(
          "ul",
          { className: "mentions" },
          mentions.map((m) =>
            el("li", {}, [
              el("a", {
                className: "party",
                href: formatRoute({ view: "graph", entity: m.id }),
                text: m.name,
                title: `${m.label} · ${m.count}×`,
                style: { borderColor: LABEL_COLORS[m.label] ?? LABEL_COLORS.Article },
              }),
            ]),
          ),
        )
      : null,
    body,
  ]);
}
