// The edge evidence panel: every claim behind a pair edge, its sentence with both
// entities' mentions highlighted, article, outlet, confidence and rule; single-source badge.
import type { ClaimWithContext, EntityDetail } from "../../server/core/model/types.ts";
import { api } from "../api/client.ts";
import { highlightRuns, termsOf } from "../state/article/index.ts";
import type { Term } from "../state/article/index.ts";
import { formatRoute } from "../state/route/index.ts";
import { groupClaimsByType, quoteText } from "../state/selection/index.ts";
import { el, message, replaceChildren } from "./dom.ts";

export interface EdgePanel {
  show(pair: { key: string; source: string; target: string } | null): Promise<void>;
  readonly element: HTMLElement;
}

export interface EdgePanelActions {
  close(): void;
  filterArticle(id: string): void;
}

export function createEdgePanel(actions: EdgePanelActions): EdgePanel {
  const element = el("aside", {
    className: "side-panel edge-panel",
    testid: "edge-panel",
    attrs: { "aria-live": "polite" },
  });
  element.hidden = true;
  let ctrl: AbortController | null = null;
  const close = el("button", {
    className: "close",
    text: "×",
    attrs: { type: "button", "aria-label": "Close evidence panel" },
    onClick: () => actions.close(),
  });

  async function show(pair: { key: string; source: string; target: string } | null): Promise<void> {
    ctrl?.abort();
    ctrl = null;
    if (!pair) {
      element.hidden = true;
      replaceChildren(element);
      return;
    }
    const c = new AbortController();
    ctrl = c;
    element.hidden = false;
    element.dataset.edge = pair.key;
    element.dataset.state = "loading";
    replaceChildren(element, close, message("Loading evidence…"));
    try {
      const [a, b] = await Promise.all([api.entity(pair.source, c.signal), api.entity(pair.target, c.signal)]);
      if (c.signal.aborted) return;
      replaceChildren(element, close, ...render(a, b, actions));
      element.dataset.state = "ready";
    } catch (err) {
      if (c.signal.aborted) return;
      replaceChildren(element, close, message(`Cannot load the evidence: ${String(err)}`, "error"));
      element.dataset.state = "error";
    }
  }
  return { show, element };
}

function render(a: EntityDetail, b: EntityDetail, actions: EdgePanelActions): Node[] {
  const ids = new Set([a.entity.id, b.entity.id]);
  const claims = a.claims.filter((c) => ids.has(c.source) && ids.has(c.target) && c.source !== c.target);
  const articles = new Set(claims.map((c) => c.article));
  const terms = [...termsOf(a.entity), ...termsOf(b.entity)];
  const head = el("header", { className: "entity-head" }, [
    el("h2", { testid: "edge-title" }, [a.entity.name, el("span", { className: "muted", text: " ↔ " }), b.entity.name]),
    el("p", { className: "muted" }, [
      `${claims.length} claim${claims.length === 1 ? "" : "s"} · ${articles.size} article${articles.size === 1 ? "" : "s"} `,
      articles.size === 1
        ? el("span", {
            className: "badge warn",
            testid: "single-source",
            text: "single source",
            title: "Every claim comes from one article",
          })
        : null,
    ]),
  ]);
  if (claims.length === 0) return [head, message("No claims between these entities.")];
  const groups = groupClaimsByType(claims).map((g) =>
    el("section", { className: "claim-group", attrs: { "data-type": g.type } }, [
      el("h3", {}, [g.type, el("span", { className: "muted", text: ` ${g.claims.length}` })]),
      el(
        "ol",
        { className: "claims" },
        g.claims.map((c) => renderClaim(c, terms, actions)),
      ),
    ]),
  );
  return [head, ...groups];
}

function renderClaim(c: ClaimWithContext, terms: Term[], actions: EdgePanelActions): HTMLLIElement {
  const runs = highlightRuns(c.evidence, terms);
  const sentence = el(
    "p",
    { className: "evidence", testid: "edge-evidence" },
    runs.map((r) =>
      r.id ? el("mark", { className: "mention", text: r.text, attrs: { "data-entity": r.id } }) : r.text,
    ),
  );
  const outlet = c.sourceLabel === "Outlet" ? c.sourceName : "";
  return el("li", { className: "claim", attrs: { "data-claim": c.id } }, [
    el("div", { className: "direction" }, [
      el("strong", { text: c.sourceName }),
      el("span", { className: "arrow", text: ` ${c.type} → ` }),
      el("strong", { text: c.targetName }),
    ]),
    c.quote && quoteText(c.quote) ? el("blockquote", { className: "quote", text: quoteText(c.quote) }) : null,
    sentence,
    el("dl", { className: "claim-meta" }, [
      el("dt", { text: "Article" }),
      el("dd", {}, [
        el("a", {
          href: formatRoute({ view: "article", id: c.article, span: [c.start, c.end], from: null }),
          text: c.articleTitle || c.article,
          testid: "edge-article-link",
        }),
        " ",
        el("button", {
          className: "link-button",
          text: "filter",
          title: "Show only this article's claims",
          attrs: { type: "button", "aria-label": `Filter the graph to the article ${c.articleTitle || c.article}` },
          onClick: () => actions.filterArticle(c.article),
        }),
      ]),
      el("dt", { text: "Outlet" }),
      el("dd", { text: outlet || "—", testid: "edge-outlet" }),
      el("dt", { text: "Confidence" }),
      el("dd", { text: `${Math.round(c.confidence * 100)}%` }),
      el("dt", { text: "Rule" }),
      el("dd", { text: c.rule }),
    ]),
  ]);
}
