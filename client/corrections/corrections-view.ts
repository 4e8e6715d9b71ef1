// The corrections window (header button "Corrections"): Duplicates to merge or dismiss, the
// Review queue (j/k move, a confirm, r reject, u undo) with the rejected claims, and History.
import type { CorrectionRecord } from "@core/model/corrections.ts";
import "./corrections.css";
import { LABEL_COLORS } from "@core/model/labels.ts";
import { el, labelChip, message, replaceChildren } from "../views/dom.ts";
import { correctionsApi, describe } from "./corrections-api.ts";
import { errorLine } from "./notice.ts";

type Tab = "duplicates" | "review" | "history";

export function mountCorrections(opts: { header: HTMLElement }): void {
  const body = el("div", { className: "corrections-body", testid: "corrections-body" });
  const tabs = el("nav", { className: "corrections-tabs" });
  const dialog = el(
    "section",
    {
      className: "corrections-view",
      testid: "corrections-view",
      attrs: { role: "dialog", "aria-label": "Corrections" },
    },
    [
      el("header", {}, [
        el("h2", { text: "Corrections" }),
        tabs,
        el("button", {
          text: "×",
          className: "close",
          testid: "close-corrections",
          attrs: { type: "button", "aria-label": "Close" },
          onClick: () => close(),
        }),
      ]),
      body,
    ],
  );
  dialog.hidden = true;
  document.body.append(dialog);
  let tab: Tab = "review";
  let dirty = false;
  let cursor = 0;
  const undoStack: string[] = [];

  const close = () => {
    dialog.hidden = true;
    if (dirty) window.location.reload();
  };
  const open = (t: Tab) => {
    tab = t;
    dialog.hidden = false;
    void render();
  };
  for (const t of ["duplicates", "review", "history"] as const) {
    tabs.append(
      el("button", {
        text: t[0]!.toUpperCase() + t.slice(1),
        testid: `tab-${t}`,
        attrs: { type: "button" },
        onClick: () => open(t),
      }),
    );
  }
  opts.header.append(
    el("button", {
      className: "open-corrections",
      text: "Corrections",
      testid: "open-corrections",
      attrs: { type: "button" },
      onClick: () => open("review"),
    }),
  );

  /** Runs one correction from this window; the graph behind reloads when the window closes. */
  const run = async (work: () => Promise<{ correction: CorrectionRecord }>) => {
    try {
      const { correction } = await work();
      if (!correction.undone) undoStack.push(correction.id);
      dirty = true;
      await render();
    } catch (err) {
      body.prepend(errorLine(err));
    }
  };

  async function render(): Promise<void> {
    for (const b of tabs.querySelectorAll("button")) b.classList.toggle("active", b.dataset.testid === `tab-${tab}`);
    body.dataset.state = "loading";
    try {
      if (tab === "duplicates") await renderDuplicates();
      else if (tab === "review") await renderReview();
      else await renderHistory();
      body.dataset.state = "ready";
    } catch (err) {
      replaceChildren(body, errorLine(err));
      body.dataset.state = "error";
    }
  }

  async function renderDuplicates(): Promise<void> {
    const { suggestions } = await correctionsApi.duplicates();
    if (suggestions.length === 0) return replaceChildren(body, message("No possible duplicates."));
    replaceChildren(
      body,
      el(
        "ul",
        { className: "dup-list", testid: "duplicates" },
        suggestions.map((s) =>
          el("li", { attrs: { "data-a": s.a.id, "data-b": s.b.id } }, [
            labelChip(s.label, LABEL_COLORS[s.label]),
            el("strong", { text: ` ${s.a.name}` }),
            el("span", { className: "muted", text: ` (${s.a.mentions}) ~ ` }),
            el("strong", { text: s.b.name }),
            el("span", { className: "muted", text: ` (${s.b.mentions}) · ${s.reason}` }),
            el("button", {
              text: `Keep “${s.a.name}”`,
              testid: "merge-a",
              attrs: { type: "button" },
              onClick: () => void run(() => correctionsApi.merge(s.a.id, [s.b.id])),
            }),
            el("button", {
              text: `Keep “${s.b.name}”`,
              testid: "merge-b",
              attrs: { type: "button" },
              onClick: () => void run(() => correctionsApi.merge(s.b.id, [s.a.id])),
            }),
            el("button", {
              text: "Not the same",
              testid: "dismiss",
              attrs: { type: "button" },
              onClick: () => void run(() => correctionsApi.dismiss(s.a.id, s.b.id)),
            }),
          ]),
        ),
      ),
    );
  }

  async function renderReview(): Promise<void> {
    const { queue, rejected } = await correctionsApi.review();
    cursor = Math.min(cursor, Math.max(0, queue.length - 1));
    const items = queue.map((c, i) =>
      el("li", { className: i === cursor ? "current" : "", attrs: { "data-claim": c.id } }, [
        el("div", {}, [
          el("strong", { text: c.sourceName }),
          ` ${c.type} → `,
          el("strong", { text: c.targetName }),
          el("span", {
            className: "muted",
            text: ` · ${Math.round(c.confidence * 100)}%${c.singleSource ? " · single source" : ""} · ${c.articleTitle}`,
          }),
        ]),
        el("p", { className: "evidence", text: c.evidence }),
        el("div", { className: "claim-actions" }, [
          el("button", {
            text: "Confirm (a)",
            attrs: { type: "button" },
            onClick: () => void run(() => correctionsApi.verdict(c.id, "confirm")),
          }),
          el("button", {
            text: "Reject (r)",
            attrs: { type: "button" },
            onClick: () => void run(() => correctionsApi.verdict(c.id, "reject")),
          }),
        ]),
      ]),
    );
    const list = el("ol", { className: "review-list", testid: "review-queue" }, items);
    const gone = el(
      "ul",
      { className: "rejected-list", testid: "rejected" },
      rejected.map((r) => {
        const claim = r.before?.claims[0];
        return el("li", { attrs: { "data-claim": r.change.kind === "reject" ? r.change.claim : "" } }, [
          el("span", { className: "rejected-mark", text: "rejected " }),
          el("span", { text: claim ? `${String(claim.props.evidence ?? "")}` : describe(r) }),
          el("span", { className: "muted", text: ` · ${r.author}${r.note ? ` · “${r.note}”` : ""}` }),
          el("button", {
            text: "Undo",
            testid: "undo-reject",
            attrs: { type: "button" },
            onClick: () => void run(() => correctionsApi.undo(r.id)),
          }),
        ]);
      }),
    );
    replaceChildren(
      body,
      el("p", {
        className: "muted",
        text: `${queue.length} claims to review · j/k move · a confirm · r reject · u undo`,
      }),
      queue.length ? list : message("Every claim is reviewed."),
      el("h3", { text: `Rejected (${rejected.length})` }),
      gone,
    );
    list.querySelector("li.current")?.scrollIntoView({ block: "nearest" });
  }

  async function renderHistory(): Promise<void> {
    const { corrections } = await correctionsApi.list();
    replaceChildren(
      body,
      el(
        "ol",
        { className: "history", testid: "history" },
        [...corrections].reverse().map((c) =>
          el("li", { className: c.undone ? "undone" : "" }, [
            el("span", { text: describe(c) }),
            el("span", {
              className: "muted",
              text: ` · ${c.author} · ${c.at.slice(0, 19).replace("T", " ")}${c.note ? ` · “${c.note}”` : ""}${c.undone ? " · undone" : ""}`,
            }),
            c.undone
              ? null
              : el("button", {
                  text: "Undo",
                  attrs: { type: "button" },
                  onClick: () => void run(() => correctionsApi.undo(c.id)),
                }),
          ]),
        ),
      ),
    );
  }

  document.addEventListener("keydown", (ev) => {
    if (dialog.hidden || tab !== "review" || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.target instanceof HTMLInputElement || ev.target instanceof HTMLTextAreaElement) return;
    const current = () => body.querySelectorAll<HTMLElement>(".review-list li")[cursor]?.dataset.claim;
    const count = body.querySelectorAll(".review-list li").length;
    if (ev.key === "Escape") close();
    else if (ev.key === "j" || ev.key === "k") {
      cursor = Math.max(0, Math.min(count - 1, cursor + (ev.key === "j" ? 1 : -1)));
      body.querySelectorAll(".review-list li").forEach((li, i) => li.classList.toggle("current", i === cursor));
      body.querySelector(".review-list li.current")?.scrollIntoView({ block: "nearest" });
    } else if ((ev.key === "a" || ev.key === "r") && current()) {
      const id = current() as string;
      void run(() => correctionsApi.verdict(id, ev.key === "a" ? "confirm" : "reject"));
    } else if (ev.key === "u" && undoStack.length) {
      const id = undoStack.pop() as string;
      void run(() => correctionsApi.undo(id));
    } else return;
    ev.preventDefault();
  });
}
