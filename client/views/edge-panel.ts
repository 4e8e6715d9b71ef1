// The edge evidence panel: the claims behind a pair edge that the explorer's filters leave
// (the others behind a "hidden by the filters" line that can show them all), each with its
// sentence (both entities highlighted), article, outlet, confidence and rule; single-source badge.
import type { ClaimWithContext, EntityDetail } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { highlightRuns, termsOf } from "../state/article/index.ts";
import type { Term } from "../state/article/index.ts";
import { splitClaims } from "../state/filters/index.ts";
import type { ClaimFilterContext, FilterState } from "../state/filters/index.ts";
import { formatRoute } from "../state/route/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { groupClaimsByType, quoteText } from "../state/selection/index.ts";
import { claimActions } from "../corrections/claim-actions.ts";
import { polarityBadge, roleNote } from "./claim-badges.ts";
import { el, message, replaceChildren } from "./dom.ts";

export interface EdgePair {
  key: string;
  source: string;
  target: string;
}

/** How the panel looks at the claims: the explorer's filters and what the graph decided with them. */
export interface ClaimLens {
  filters: FilterState;
  /** The drawn graph's visibility under these filters (null: no graph yet, or no filter active). */
  graph: ClaimFilterContext | null;
  /** What the article links carry over to the article view. */
  keep: KeptView;
}

export interface EdgePanel {
  /**
   * Show the pair's evidence through `lens` (null hides the panel); resolves once drawn. The
   * pair already shown is only drawn again with the new lens (filters changed), not fetched.
   */
  show(pair: EdgePair | null, lens: ClaimLens): Promise<void>;
  readonly element: HTMLElement;
}

export interface EdgePanelActions {
  close(): void;
  filterArticle(id: string): void;
}

interface Shown {
  key: string;
  ctrl: AbortController;
  load: Promise<void>;
  data: { a: EntityDetail; b: EntityDetail } | null;
}

export function createEdgePanel(actions: EdgePanelActions): EdgePanel {
  const element = el("aside", {
    className: "side-panel edge-panel",
    testid: "edge-panel",
    attrs: { "aria-live": "polite" },
  });
  element.hidden = true;
  let current: Shown | null = null;
  let lens: ClaimLens | null = null;
  /** "Show all": the claims the filters hide are listed too (greyed); reset for each edge. */
  let showAll = false;
  const close = el("button", {
    className: "close",
    text: "×",
    attrs: { type: "button", "aria-label": "Close evidence panel" },
    onClick: () => actions.close(),
  });

  function draw(): void {
    if (!current?.data || !lens) return;
    const toggle = (): void => {
      showAll = !showAll;
      draw();
    };
    replaceChildren(element, close, ...render(current.data.a, current.data.b, lens, showAll, toggle, actions));
    element.dataset.state = "ready";
  }

  function show(pair: EdgePair | null, next: ClaimLens): Promise<void> {
    lens = next;
    if (current && pair?.key === current.key && element.dataset.state !== "error") {
      draw();
      return current.load;
    }
    current?.ctrl.abort();
    current = null;
    showAll = false;
    if (!pair) {
      element.hidden = true;
      replaceChildren(element);
      return Promise.resolve();
    }
    const ctrl = new AbortController();
    const shown: Shown = { key: pair.key, ctrl, load: Promise.resolve(), data: null };
    current = shown;
    element.hidden = false;
    element.dataset.edge = pair.key;
    element.dataset.state = "loading";
    replaceChildren(element, close, message("Loading evidence…"));
    shown.load = (async () => {
      try {
        const [a, b] = await Promise.all([api.entity(pair.source, ctrl.signal), api.entity(pair.target, ctrl.signal)]);
        if (ctrl.signal.aborted) return;
        shown.data = { a, b };
        draw();
      } catch (err) {
        if (ctrl.signal.aborted) return;
        replaceChildren(element, close, message(`Cannot load the evidence: ${String(err)}`, "error"));
        element.dataset.state = "error";
      }
    })();
    return shown.load;
  }
  return { show, element };
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

function hiddenNote(hidden: number, showAll: boolean, toggle: () => void): HTMLElement {
  return el("p", { className: "filter-note", testid: "edge-hidden-note" }, [
    showAll
      ? `Showing every claim: the ${plural(hidden, "claim")} the filters hide ${hidden === 1 ? "is" : "are"} greyed. `
      : `${hidden} more ${hidden === 1 ? "claim" : "claims"} hidden by the filters. `,
    el("button", {
      className: "link-button",
      text: showAll ? "show the filtered claims only" : "show all",
      testid: "edge-show-all",
      attrs: { type: "button", "aria-pressed": String(showAll) },
      onClick: toggle,
    }),
  ]);
}

function render(
  a: EntityDetail,
  b: EntityDetail,
  lens: ClaimLens,
  showAll: boolean,
  toggle: () => void,
  actions: EdgePanelActions,
): Array<Node | null> {
  const ids = new Set([a.entity.id, b.entity.id]);
  const claims = a.claims.filter((c) => ids.has(c.source) && ids.has(c.target) && c.source !== c.target);
  const { shown, hidden } = splitClaims(claims, lens.filters, lens.graph);
  const listed = showAll ? claims : shown;
  const filteredOut = new Set(hidden.map((c) => c.id));
  // The counts describe the claims listed. The badge does not: it speaks of the edge's
  // evidence, so it shows when every claim between the two entities, filtered or not, comes
  // from one article. A filter (one article, one type) must not make a well-sourced edge
  // look single-sourced, nor hide that warning on an edge that really has one source.
  const articles = new Set(listed.map((c) => c.article));
  // Corroboration: the distinct outlets (publishers, or outlets making the claim) behind the listed claims.
  const outlets = new Set(listed.map(outletOf).filter(Boolean));
  const singleSource = claims.length > 0 && new Set(claims.map((c) => c.article)).size === 1;
  const terms = [...termsOf(a.entity), ...termsOf(b.entity)];
  const head = el("header", { className: "entity-head" }, [
    el("h2", { testid: "edge-title" }, [a.entity.name, el("span", { className: "muted", text: " ↔ " }), b.entity.name]),
    el("p", { className: "muted", testid: "edge-counts" }, [
      `${plural(listed.length, "claim")} · ${plural(outlets.size, "outlet")}, ${plural(articles.size, "article")} `,
      singleSource
        ? el("span", {
            className: "badge warn",
            testid: "single-source",
            text: "single source",
            title: "Every claim of this edge, filtered or not, comes from one article",
          })
        : null,
    ]),
  ]);
  if (claims.length === 0) return [head, message("No claims between these entities.")];
  const note = hidden.length > 0 ? hiddenNote(hidden.length, showAll, toggle) : null;
  if (listed.length === 0) return [head, message("No claim of this edge passes the filters."), note];
  const groups = groupClaimsByType(listed).map((g) =>
    el("section", { className: "claim-group", attrs: { "data-type": g.type } }, [
      el("h3", {}, [g.type, el("span", { className: "muted", text: ` ${g.claims.length}` })]),
      el(
        "ol",
        { className: "claims" },
        g.claims.map((c) => renderClaim(c, terms, filteredOut.has(c.id), lens.keep, actions)),
      ),
    ]),
  );
  return [head, note, ...groups];
}

function renderClaim(
  c: ClaimWithContext,
  terms: Term[],
  filteredOut: boolean,
  keep: KeptView,
  actions: EdgePanelActions,
): HTMLLIElement {
  const runs = highlightRuns(c.evidence, terms);
  const sentence = el(
    "p",
    { className: "evidence", testid: "edge-evidence" },
    runs.map((r) =>
      r.id ? el("mark", { className: "mention", text: r.text, attrs: { "data-entity": r.id } }) : r.text,
    ),
  );
  const outlet = outletOf(c);
  const li = el("li", { className: filteredOut ? "claim filtered-out" : "claim", attrs: { "data-claim": c.id } }, [
    el("div", { className: "direction" }, [
      el("strong", { text: c.sourceName }),
      el("span", { className: "arrow", text: ` ${c.type} → ` }),
      el("strong", { text: c.targetName }),
      roleNote(c),
      polarityBadge(c),
    ]),
    c.quote && quoteText(c.quote) ? el("blockquote", { className: "quote", text: quoteText(c.quote) }) : null,
    sentence,
    el("dl", { className: "claim-meta" }, [
      el("dt", { text: "Article" }),
      el("dd", {}, [
        el("a", {
          href: formatRoute({ view: "article", id: c.article, span: [c.start, c.end], from: null, keep }),
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
    claimActions(c),
  ]);
  if (filteredOut) {
    li.dataset.filtered = "hidden";
    li.title = "Hidden by the filters";
  }
  return li;
}

/** The outlet behind a claim: the outlet making it, else its article's publisher. */
function outletOf(c: ClaimWithContext): string {
  return c.sourceLabel === "Outlet" ? c.sourceName : (c.articlePublisher ?? "");
}
