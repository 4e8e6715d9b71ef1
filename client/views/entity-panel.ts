// The side panel for a selected entity: label, name, aliases, and its claims grouped
// by type, each with direction, evidence sentence, quote, and a link to the article view;
// its links keep the graph view's filters (and the camera, into the article view).
import { LABEL_COLORS } from "../../server/core/model/labels.ts";
import type { ClaimWithContext, EntityDetail } from "../../server/core/model/types.ts";
import { api } from "../api/client.ts";
import { formatRoute } from "../state/route/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { claimDirection, groupClaimsByType, quoteText } from "../state/selection/index.ts";
import { claimActions } from "../corrections/claim-actions.ts";
import { entityActions } from "../corrections/entity-actions.ts";
import { el, labelChip, message, replaceChildren } from "./dom.ts";

export interface EntityPanel {
  /** Show the entity (null hides the panel); resolves once its claims are drawn. Links keep `keep`. */
  show(id: string | null, keep: KeptView): Promise<void>;
  readonly element: HTMLElement;
}

export function createEntityPanel(onClose: () => void): EntityPanel {
  const element = el("aside", { className: "side-panel", testid: "side-panel", attrs: { "aria-live": "polite" } });
  element.hidden = true;
  let controller: AbortController | null = null;

  async function show(id: string | null, keep: KeptView): Promise<void> {
    controller?.abort();
    controller = null;
    if (id === null) {
      element.hidden = true;
      replaceChildren(element);
      return;
    }
    const ctrl = new AbortController();
    controller = ctrl;
    element.hidden = false;
    element.dataset.entity = id;
    element.dataset.state = "loading";
    replaceChildren(element, closeButton(onClose), message("Loading claims…"));
    try {
      const detail = await api.entity(id, ctrl.signal);
      if (ctrl.signal.aborted) return;
      replaceChildren(element, closeButton(onClose), ...renderDetail(detail, keep));
      element.dataset.state = "ready";
    } catch (err) {
      if (ctrl.signal.aborted) return;
      replaceChildren(element, closeButton(onClose), message(`Cannot load this entity: ${errText(err)}`, "error"));
      element.dataset.state = "error";
    }
  }
  return { show, element };
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function closeButton(onClose: () => void): HTMLButtonElement {
  return el("button", {
    className: "close",
    text: "×",
    title: "Close",
    attrs: { type: "button", "aria-label": "Close panel" },
    onClick: onClose,
  });
}

function renderDetail(detail: EntityDetail, keep: KeptView): Node[] {
  const { entity, claims } = detail;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const head = el("header", { className: "entity-head" }, [
    labelChip(entity.label, LABEL_COLORS[entity.label] ?? LABEL_COLORS.Article),
    el("h2", { text: entity.name, testid: "entity-name" }),
    aliases.length
      ? el("p", { className: "aliases" }, [el("span", { className: "muted", text: "Also: " }), aliases.join(", ")])
      : null,
    el("p", { className: "muted", text: `${entity.mentions} mentions · ${claims.length} claims` }),
  ]);
  head.append(entityActions(detail));
  const groups = groupClaimsByType(claims);
  if (groups.length === 0) return [head, message("No claims recorded for this entity.")];
  const sections = groups.map((g) =>
    el("section", { className: "claim-group", attrs: { "data-type": g.type } }, [
      el("h3", {}, [g.type, el("span", { className: "muted", text: ` ${g.claims.length}` })]),
      el(
        "ol",
        { className: "claims" },
        g.claims.map((c) => renderClaim(c, entity.id, keep)),
      ),
    ]),
  );
  return [head, ...sections];
}

function entityLink(
  id: string,
  name: string,
  label: ClaimWithContext["sourceLabel"],
  self: boolean,
  keep: KeptView,
): HTMLElement {
  const style = { borderColor: LABEL_COLORS[label] ?? LABEL_COLORS.Article };
  return self
    ? el("strong", { className: "party self", text: name, style })
    : el("a", {
        className: "party",
        text: name,
        // Selecting another entity moves the camera onto it: keep the filters only.
        href: formatRoute({ view: "graph", entity: id, keep: { filters: keep.filters, camera: null } }),
        style,
        title: label,
      });
}

function renderClaim(c: ClaimWithContext, self: string, keep: KeptView): HTMLLIElement {
  const dir = claimDirection(c, self);
  const articleHref = formatRoute({ view: "article", id: c.article, span: [c.start, c.end], from: self, keep });
  return el("li", { className: `claim ${dir}`, attrs: { "data-claim": c.id } }, [
    el("div", { className: "direction" }, [
      entityLink(c.source, c.sourceName, c.sourceLabel, c.source === self, keep),
      el("span", { className: "arrow", text: ` ${c.type} → ` }),
      entityLink(c.target, c.targetName, c.targetLabel, c.target === self, keep),
      el("span", {
        className: "confidence",
        text: `${Math.round(c.confidence * 100)}%`,
        title: `confidence · ${c.rule}`,
      }),
    ]),
    c.quote && quoteText(c.quote) ? el("blockquote", { className: "quote", text: quoteText(c.quote) }) : null,
    el("p", { className: "evidence", testid: "evidence", text: c.evidence }),
    el("div", { className: "source" }, [
      el("a", {
        href: articleHref,
        text: c.articleTitle || c.article,
        testid: "article-link",
        title: "Open the sentence in its article",
      }),
      el("span", { className: "muted", text: ` · sentence ${c.sentence + 1}` }),
    ]),
    claimActions(c),
  ]);
}
