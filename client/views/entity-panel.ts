// The side panel for an entity: its claims by type and counterpart, one item per sentence (targets
// listed) with role, polarity, evidence and article link, and a text filter; links keep the view.
import { LABEL_COLORS } from "@core/model/labels.ts";
import type { ClaimWithContext, EntityDetail } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { formatRoute } from "../state/route/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { groupBySentence, groupClaimsByType, groupSearchText, quoteText } from "../state/selection/index.ts";
import type { SentenceGroup } from "../state/selection/index.ts";
import { polarityBadge, roleNote } from "./claim-badges.ts";
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
  const sections = groups.map((g) => {
    // One item per sentence (its counterparts listed), ordered by counterpart.
    const items = groupBySentence(g.claims, entity.id).sort((a, b) =>
      a.counterparts[0]!.name.localeCompare(b.counterparts[0]!.name),
    );
    const rows: HTMLLIElement[] = [];
    let lastCounterpart = "";
    for (const item of items) {
      const first = item.counterparts[0]!;
      if (items.length > SUBHEAD_ABOVE && first.id !== lastCounterpart) {
        const n = items.filter((i) => i.counterparts[0]!.id === first.id).length;
        rows.push(el("li", { className: "counterpart-head muted", text: `${first.name} · ${n}` }));
      }
      lastCounterpart = first.id;
      rows.push(renderGroup(item, entity.id, keep));
    }
    return el("section", { className: "claim-group", attrs: { "data-type": g.type } }, [
      el("h3", {}, [g.type, el("span", { className: "muted", text: ` ${g.claims.length}` })]),
      el("ol", { className: "claims" }, rows),
    ]);
  });
  const none = message("No claim matches the filter.");
  none.hidden = true;
  const filter = el("input", {
    className: "claim-filter",
    testid: "claim-filter",
    attrs: { type: "search", placeholder: "Filter claims: name, sentence, role…", "aria-label": "Filter claims" },
  });
  filter.addEventListener("input", () => {
    let shown = 0;
    for (const section of sections) {
      let inSection = 0;
      for (const li of section.querySelectorAll<HTMLLIElement>("li.claim")) {
        const text = li.dataset.search ?? "";
        li.hidden = !text.includes(filter.value.trim().toLocaleLowerCase());
        if (!li.hidden) inSection++;
      }
      for (const h of section.querySelectorAll<HTMLLIElement>("li.counterpart-head")) h.hidden = filter.value !== "";
      section.hidden = inSection === 0;
      shown += inSection;
    }
    none.hidden = shown > 0;
  });
  return [head, claims.length > FILTER_ABOVE ? filter : null, none, ...sections].filter((n): n is HTMLElement =>
    Boolean(n),
  );
}

/** Sections with more sentences than this get a heading per counterpart. */
const SUBHEAD_ABOVE = 5;
/** Panels with more claims than this get the text filter. */
const FILTER_ABOVE = 6;

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

function renderGroup(g: SentenceGroup, self: string, keep: KeptView): HTMLLIElement {
  const c = g.claims[0]!;
  const selfName = c.source === self ? c.sourceName : c.targetName;
  const selfLabel = c.source === self ? c.sourceLabel : c.targetLabel;
  const mine = entityLink(self, selfName, selfLabel, true, keep);
  const others = g.counterparts.flatMap((o, i) => [
    i > 0 ? ", " : "",
    entityLink(o.id, o.name, o.label, o.id === self, keep),
  ]);
  const articleHref = formatRoute({ view: "article", id: c.article, span: [c.start, c.end], from: self, keep });
  const confidence = Math.max(...g.claims.map((x) => x.confidence));
  return el(
    "li",
    {
      className: `claim ${g.direction}`,
      attrs: {
        "data-claim": c.id,
        "data-claims": g.claims.map((x) => x.id).join(" "),
        "data-search": groupSearchText(g),
      },
    },
    [
      el("div", { className: "direction" }, [
        ...(g.direction === "out" ? [mine] : others),
        el("span", { className: "arrow", text: ` ${c.type} → ` }),
        ...(g.direction === "out" ? others : [mine]),
        roleNote(c),
        polarityBadge(c),
        el("span", {
          className: "confidence",
          text: `${Math.round(confidence * 100)}%`,
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
      // One verdict per claim: a sentence with several counterparts names each.
      ...g.claims.map((x) =>
        g.claims.length > 1
          ? el("div", { className: "claim-verdict" }, [
              el("span", { className: "muted", text: `${x.source === self ? x.targetName : x.sourceName}: ` }),
              claimActions(x),
            ])
          : claimActions(x),
      ),
    ],
  );
}
