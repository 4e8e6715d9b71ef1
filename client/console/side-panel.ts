// The console's right-hand column: the $parameters JSON editor, the saved analyst queries
// (title and description, click to load, ▶ to load and run) and the recent-query history.
import type { SavedQuery } from "@core/model/types.ts";
import { el } from "../views/dom.ts";
import type { Params } from "./param-command.ts";

export interface SidePanel {
  element: HTMLElement;
  /** The parameters as last valid JSON, or an error message when the JSON editor is invalid. */
  params(): { ok: true; value: Params } | { ok: false; error: string };
  setParams(params: Params): void;
  setSaved(queries: SavedQuery[] | string): void;
  setHistory(entries: readonly string[]): void;
}

export interface SidePanelOptions {
  onLoad(q: SavedQuery, run: boolean): void;
  onRecall(query: string): void;
}

export function createSidePanel(opts: SidePanelOptions): SidePanel {
  const paramsBox = el("textarea", {
    className: "cc-params",
    testid: "cypher-params",
    attrs: { spellcheck: "false", rows: "3", "aria-label": "Query parameters (JSON)" },
  });
  const paramsNote = el("p", { className: "cc-note muted", text: "JSON, or type :param name => value" });
  let valid: Params = {};
  let invalid: string | null = null;
  const check = (): void => {
    const text = paramsBox.value.trim();
    try {
      const v: unknown = text === "" ? {} : JSON.parse(text);
      if (v === null || typeof v !== "object" || Array.isArray(v)) throw new Error("expected a JSON object");
      valid = v as Params;
      invalid = null;
    } catch (err) {
      invalid = err instanceof Error ? err.message : String(err);
    }
    paramsBox.classList.toggle("invalid", invalid !== null);
    paramsNote.textContent = invalid ? `Invalid parameters: ${invalid}` : "JSON, or type :param name => value";
    paramsNote.classList.toggle("cc-bad", invalid !== null);
  };
  paramsBox.addEventListener("input", check);

  const saved = el("ul", { className: "cc-saved", testid: "saved-queries" });
  const historyList = el("ul", { className: "cc-history", testid: "cypher-history" });

  const element = el("aside", { className: "cc-side" }, [
    el("section", {}, [el("h3", { text: "$parameters" }), paramsBox, paramsNote]),
    el("section", { className: "cc-grow cc-saved-section" }, [el("h3", { text: "Saved queries" }), saved]),
    el("section", { className: "cc-history-section" }, [el("h3", { text: "History" }), historyList]),
  ]);

  return {
    element,
    params: () => (invalid === null ? { ok: true, value: valid } : { ok: false, error: invalid }),
    setParams(params) {
      paramsBox.value = Object.keys(params).length ? JSON.stringify(params, null, 2) : "";
      check();
    },
    setSaved(queries) {
      if (typeof queries === "string") {
        saved.replaceChildren(el("li", { className: "muted", text: queries }));
        return;
      }
      saved.replaceChildren(
        ...queries.map((q) =>
          el("li", { attrs: { "data-query-id": q.id } }, [
            el("button", {
              className: "cc-run-saved",
              text: "▶",
              title: `Run “${q.title}”`,
              attrs: { "aria-label": `Run ${q.title}` },
              onClick: () => opts.onLoad(q, true),
            }),
            el("button", {
              className: "cc-saved-title",
              text: q.title,
              title: q.query,
              onClick: () => opts.onLoad(q, false),
            }),
            el("p", { className: "cc-note muted", text: q.description }),
          ]),
        ),
      );
    },
    setHistory(entries) {
      historyList.replaceChildren(
        ...entries.map((q) =>
          el("li", {}, [el("button", { className: "cc-recall", text: q, title: q, onClick: () => opts.onRecall(q) })]),
        ),
      );
      if (entries.length === 0) historyList.append(el("li", { className: "muted", text: "No queries yet" }));
    },
  };
}
