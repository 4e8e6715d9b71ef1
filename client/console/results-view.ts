// The console's result area: the engine's error (with line, column and a caret under the query),
// a "truncated at N rows" notice, a status line, and the rows as a text-only table.
import type { QueryCell } from "@core/model/types.ts";
import { el } from "../views/dom.ts";
import { cellTag, cellText, cellTitle } from "./cell-text.ts";
import type { ApiError } from "../api/client.ts";

export interface ResultsView {
  element: HTMLElement;
  clear(): void;
  showTable(columns: string[], rows: QueryCell[][], opts?: { truncated?: boolean; status?: string }): void;
  showError(err: ApiError, query?: string): void;
  showMessage(text: string): void;
}

const fmt = new Intl.NumberFormat("en");

/** The query line the error points at, and a caret under the column ("    ^"). */
export function errorPointer(query: string, line: number, column: number): string | null {
  const text = query.split("\n")[line - 1];
  if (text === undefined) return null;
  return `${text}\n${" ".repeat(Math.max(0, Math.min(column - 1, text.length)))}^`;
}

export function createResults(): ResultsView {
  const error = el("div", { className: "cc-error", testid: "cypher-error", attrs: { role: "alert" } });
  const truncated = el("p", { className: "cc-truncated", testid: "cypher-truncated" });
  const status = el("p", { className: "cc-status muted", testid: "cypher-status" });
  const table = el("table", { className: "cc-table", testid: "cypher-table" });
  const scroller = el("div", { className: "cc-table-wrap" }, [table]);
  const element = el("div", { className: "cc-results" }, [error, truncated, status, scroller]);

  const clear = (): void => {
    error.hidden = true;
    error.replaceChildren();
    truncated.hidden = true;
    status.textContent = "";
    table.replaceChildren();
    scroller.hidden = true;
  };
  clear();

  return {
    element,
    clear,
    showTable(columns, rows, opts = {}) {
      clear();
      status.textContent = opts.status ?? "";
      if (opts.truncated) {
        truncated.textContent = `Result truncated at ${fmt.format(rows.length)} rows: add a LIMIT or aggregate.`;
        truncated.hidden = false;
      }
      if (columns.length === 0) return;
      const head = el("tr", {}, [
        el("th", { className: "cc-rownum", text: "#" }),
        ...columns.map((c) => el("th", { text: c })),
      ]);
      const body = document.createElement("tbody");
      const frag = document.createDocumentFragment();
      rows.forEach((row, i) => {
        const tr = el("tr", {}, [el("td", { className: "cc-rownum", text: String(i + 1) })]);
        columns.forEach((_c, j) => tr.append(cell(row[j] ?? null)));
        frag.append(tr);
      });
      body.append(frag);
      table.append(el("thead", {}, [head]), body);
      scroller.hidden = false;
    },
    showError(err, query) {
      clear();
      const where = err.line !== undefined ? ` (line ${err.line}${err.column ? `, column ${err.column}` : ""})` : "";
      error.append(el("strong", { text: err.code }), el("span", { text: `${where}: ${engineMessage(err)}` }));
      if (query !== undefined && err.line !== undefined) {
        const pointer = errorPointer(query, err.line, err.column ?? 1);
        if (pointer) error.append(el("pre", { className: "cc-pointer", text: pointer }));
      }
      error.hidden = false;
    },
    showMessage(text) {
      clear();
      status.textContent = text;
    },
  };
}

/** The engine's message without the "query: " prefix and a position already shown in front. */
function engineMessage(err: ApiError): string {
  const msg = err.detail.replace(/^query: /, "");
  return err.line === undefined ? msg : msg.replace(/\s*\(line \d+(, column \d+)?\)\s*$/, "");
}

function cell(value: QueryCell): HTMLTableCellElement {
  const tag = cellTag(value);
  const text = cellText(value);
  const td = el("td", { text, title: text.length > 60 || tag ? cellTitle(value).slice(0, 2000) : undefined });
  td.className = tag ? `cc-${tag}` : value === null ? "cc-null" : typeof value === "number" ? "cc-number" : "";
  return td;
}
