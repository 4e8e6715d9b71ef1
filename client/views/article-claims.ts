// The article view's list of the claims made from this article: who, what, whom, role,
// polarity, confidence, rule, and a link that highlights the claim's sentence in the text.
import { LABEL_COLORS } from "@core/model/labels.ts";
import type { ArticleDetail, ClaimWithContext } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { formatRoute } from "../state/route/index.ts";
import type { KeptView } from "../state/route/index.ts";
import { groupClaimsByType } from "../state/selection/index.ts";
import { polarityBadge, roleNote } from "./claim-badges.ts";
import { el, message } from "./dom.ts";

/** How many mentioned entities are asked for their claims (each claim has two ends). */
const MAX_ENTITIES = 80;

/** The claims whose evidence is in this article, gathered from the entities it mentions. */
export async function articleClaims(detail: ArticleDetail, signal: AbortSignal): Promise<ClaimWithContext[]> {
  const byId = new Map<string, ClaimWithContext>();
  const lists = await Promise.all(
    detail.mentions.slice(0, MAX_ENTITIES).map((m) =>
      api
        .entity(m.id, signal)
        .then((d) => d.claims)
        .catch(() => [] as ClaimWithContext[]),
    ),
  );
  for (const c of lists.flat()) if (c.article === detail.article.id) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => a.sentence - b.sentence || (a.id < b.id ? -1 : 1));
}

export function renderArticleClaims(
  detail: ArticleDetail,
  claims: readonly ClaimWithContext[],
  from: string | null,
  keep: KeptView | null,
): HTMLElement {
  const party = (id: string, name: string, label: ClaimWithContext["sourceLabel"]) =>
    el("a", {
      className: "party",
      text: name,
      href: formatRoute({
        view: "graph",
        entity: id,
        keep: keep ? { filters: keep.filters, camera: null } : undefined,
      }),
      style: { borderColor: LABEL_COLORS[label] ?? LABEL_COLORS.Article },
    });
  const rows = groupClaimsByType(claims).flatMap((g) =>
    g.claims.map((c) =>
      el("li", { className: "claim", attrs: { "data-claim": c.id, "data-type": c.type } }, [
        el("div", { className: "direction" }, [
          party(c.source, c.sourceName, c.sourceLabel),
          el("span", { className: "arrow", text: ` ${c.type} → ` }),
          party(c.target, c.targetName, c.targetLabel),
          roleNote(c),
          polarityBadge(c),
          el("span", { className: "confidence", text: `${Math.round(c.confidence * 100)}%`, title: c.rule }),
        ]),
        el("div", { className: "source" }, [
          el("a", {
            text: `sentence ${c.sentence + 1}`,
            testid: "article-claim-link",
            href: formatRoute({
              view: "article",
              id: detail.article.id,
              span: [c.start, c.end],
              from,
              keep: keep ?? undefined,
            }),
            title: "Highlight this sentence",
          }),
          el("span", { className: "muted", text: ` · rule ${c.rule}` }),
        ]),
      ]),
    ),
  );
  return el(
    "section",
    { className: "article-claims", testid: "article-claims", attrs: { "aria-label": "Claims from this article" } },
    [
      el("h3", {}, ["Claims from this article", el("span", { className: "muted", text: ` ${claims.length}` })]),
      rows.length ? el("ol", { className: "claims" }, rows) : message("No claim was extracted from this article."),
    ],
  );
}
