// The article view: the article text with the evidence sentence wrapped in a <mark> and
// scrolled into view, entity mentions (names and aliases) highlighted as links to the graph;
// those links and "back" keep the graph view (filters, camera) the article's link kept.
import { LABEL_COLORS } from "@core/model/labels.ts";
import type { ArticleDetail } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { highlightRuns, splitAt } from "../state/article/index.ts";
import type { Term } from "../state/article/index.ts";
import { formatRoute } from "../state/route/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { articleClaims, renderArticleClaims } from "./article-claims.ts";
import { el, message, replaceChildren } from "./dom.ts";

export interface ArticleView {
  /** `keep`: the graph view the article's link kept (route.keep), carried on by its links. */
  show(id: string, span: [number, number] | null, from: string | null, keep: KeptView | null): Promise<void>;
  hide(): void;
  readonly element: HTMLElement;
}

export function createArticleView(): ArticleView {
  const element = el("section", { className: "article-view", testid: "article-view" });
  element.hidden = true;
  let controller: AbortController | null = null;

  async function show(
    id: string,
    span: [number, number] | null,
    from: string | null,
    keep: KeptView | null,
  ): Promise<void> {
    controller?.abort();
    const ctrl = new AbortController();
    controller = ctrl;
    element.hidden = false;
    element.dataset.state = "loading";
    const back = el("a", {
      className: "back",
      href: formatRoute({ view: "graph", entity: from, keep: keep ?? undefined }),
      text: "← Back to the graph",
      testid: "back-link",
    });
    replaceChildren(element, back, message("Loading article…"));
    try {
      const detail = await api.article(id, ctrl.signal);
      const terms = await mentionTerms(detail, ctrl.signal);
      if (ctrl.signal.aborted) return;
      // A mention selects its entity, which moves the camera onto it: keep the filters only.
      const mentionKeep = keep ? { filters: keep.filters, camera: null } : null;
      const page = renderArticle(detail, span, terms, mentionKeep);
      replaceChildren(element, back, page);
      element.dataset.state = "ready";
      element.querySelector("mark")?.scrollIntoView({ block: "center" });
      // The claims made from this article follow the text once their entities answer.
      void articleClaims(detail, ctrl.signal).then((claims) => {
        if (!ctrl.signal.aborted) page.append(renderArticleClaims(detail, claims, from, keep));
      });
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

/** Names of the mentioned entities, and their aliases when the search answers in time. */
async function mentionTerms(detail: ArticleDetail, signal: AbortSignal): Promise<Term[]> {
  const terms: Term[] = detail.mentions.map((m) => ({ text: m.name, id: m.id }));
  const aliases = Promise.all(
    detail.mentions.slice(0, 40).map(async (m) => {
      const { entities } = await api.searchEntities(m.name, 5, signal);
      const hit = entities.find((e) => e.id === m.id);
      return (hit?.aliases ?? []).map((text) => ({ text, id: m.id }));
    }),
  ).then((lists) => lists.flat());
  const timeout = new Promise<Term[]>((resolve) => setTimeout(() => resolve([]), 1500));
  const extra = await Promise.race([aliases.catch(() => [] as Term[]), timeout]);
  return [...terms, ...extra];
}

/** The hash of the graph with `entity` selected, keeping `keep` when there is one. */
function graphHref(entity: string, keep: KeptView | null): string {
  return formatRoute({ view: "graph", entity, keep: keep ?? undefined });
}

function linked(
  text: string,
  terms: readonly Term[],
  labels: ReadonlyMap<string, string>,
  keep: KeptView | null,
): Array<Node | string> {
  return highlightRuns(text, terms).map((r) =>
    r.id
      ? el("a", {
          className: "mention",
          href: graphHref(r.id, keep),
          text: r.text,
          title: labels.get(r.id) ?? "",
          style: { borderColor: LABEL_COLORS[(labels.get(r.id) ?? "Article") as keyof typeof LABEL_COLORS] },
        })
      : r.text,
  );
}

function renderArticle(
  detail: ArticleDetail,
  span: [number, number] | null,
  terms: readonly Term[],
  keep: KeptView | null,
): HTMLElement {
  const [before, inside, after] = splitAt(detail.text, span);
  const labels = new Map(detail.mentions.map((m) => [m.id, m.label as string]));
  const body = el("div", { className: "article-text", testid: "article-text" }, [
    ...linked(before, terms, labels, keep),
    inside ? el("mark", { testid: "highlight" }, linked(inside, terms, labels, keep)) : null,
    ...linked(after, terms, labels, keep),
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
                href: graphHref(m.id, keep),
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
