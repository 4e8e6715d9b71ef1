// The article view's "add claim": select text inside one sentence, choose source, type and
// target among the article's entities; the evidence is the selection with its exact offsets.
import { CLAIM_TYPES } from "@core/model/labels.ts";
import type { ArticleDetail } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import { parseHash } from "../state/route/index.ts";
import { el, replaceChildren } from "../views/dom.ts";
import { correctionsApi } from "./corrections-api.ts";
import { changed, errorLine } from "./notice.ts";

/** Character offsets of the selection within `root`'s text, or null when it is not inside it. */
export function selectionOffsets(root: HTMLElement): [number, number] | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const pre = document.createRange();
  pre.selectNodeContents(root);
  pre.setEnd(range.startContainer, range.startOffset);
  const start = pre.toString().length;
  return [start, start + range.toString().length];
}

export function installAddClaim(view: HTMLElement): void {
  const form = el("div", { className: "add-claim", testid: "add-claim" });
  form.hidden = true;
  let cached: ArticleDetail | null = null;
  // Events from the form itself (choosing a type, clicking "Add claim") must not rebuild it.
  const fromOutside = (ev: Event) => !(ev.target instanceof Node && form.contains(ev.target));
  view.addEventListener("mouseup", (ev) => fromOutside(ev) && void offer());
  view.addEventListener("keyup", (ev) => fromOutside(ev) && void offer());

  async function offer(): Promise<void> {
    const text = view.querySelector<HTMLElement>("[data-testid=article-text]");
    const route = parseHash(window.location.hash);
    const span = text ? selectionOffsets(text) : null;
    if (!text || !span || route.view !== "article") return;
    if (cached?.article.id !== route.id) cached = await api.article(route.id);
    const detail = cached;
    const inside = detail.sentences.some(([s, e]) => span[0] >= s && span[1] <= e);
    const options = () =>
      detail.mentions.map((m) => el("option", { text: `${m.name} (${m.label})`, attrs: { value: m.id } }));
    const source = el("select", { testid: "add-source", attrs: { "aria-label": "Source" } }, options());
    const target = el("select", { testid: "add-target", attrs: { "aria-label": "Target" } }, options());
    if (detail.mentions.length > 1) target.selectedIndex = 1;
    const type = el(
      "select",
      { testid: "add-type", attrs: { "aria-label": "Type" } },
      CLAIM_TYPES.map((t) => el("option", { text: t, attrs: { value: t } })),
    );
    const quote = detail.text.slice(span[0], span[1]);
    const submit = el("button", {
      text: "Add claim",
      testid: "add-claim-submit",
      attrs: { type: "button" },
      onClick: async () => {
        try {
          const body = {
            article: detail.article.id,
            start: span[0],
            end: span[1],
            type: type.value,
            source: source.value,
            target: target.value,
          };
          changed((await correctionsApi.addClaim(body)).correction);
        } catch (err) {
          form.append(errorLine(err));
        }
      },
    });
    replaceChildren(
      form,
      el("p", {
        className: "muted",
        text: `Evidence (${span[0]}–${span[1]}): “${quote.length > 120 ? `${quote.slice(0, 120)}…` : quote}”`,
      }),
      inside
        ? el("div", { className: "add-row" }, [source, type, target, submit])
        : errorLine("Select text inside one sentence."),
      el("button", {
        text: "Cancel",
        attrs: { type: "button" },
        onClick: () => {
          form.hidden = true;
        },
      }),
    );
    form.hidden = false;
    if (!form.isConnected) view.prepend(form);
  }
}
