// The Cypher console drawer (lazily loaded with CodeMirror): editor, run, parameters, saved
// queries, history; results go to the table and, through the view bus, to the Sigma view.
import type { SavedQuery, UserQueryResult } from "@core/model/types.ts";
import { drawGraph, type DrawMode } from "../views/view-bus/index.ts";
import { el } from "../views/dom.ts";
import { cellText } from "./cell-text.ts";
import { api, ApiError } from "../api/client.ts";
import { loadSchema } from "./live-schema.ts";
import type { Schema } from "./completion.ts";
import { createEditor } from "./editor.ts";
import { createResultExport, type LastQuery } from "./export-result.ts";
import { HistoryCursor, loadHistory, pushHistory, saveHistory } from "./history.ts";
import { emptyResultWarning, writeRefusal } from "./query-notes.ts";
import type { KeyValueStore } from "./history.ts";
import { applyParamCommand, isConsoleCommand, parseParamCommand, type Params } from "./param-command.ts";
import { createResults } from "./results-view.ts";
import { createSidePanel } from "./side-panel.ts";

export interface ConsoleView {
  element: HTMLElement;
  focus(): void;
  /** Put a query in the editor and run it (for links and tests). */
  run(query?: string): Promise<void>;
}

const fmt = new Intl.NumberFormat("en");

function storage(): KeyValueStore | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function createConsoleView(opts: { onClose(): void }): ConsoleView {
  let history = loadHistory(storage());
  const cursor = new HistoryCursor(history);
  let schema: Schema = { labels: [], relationshipTypes: [], propertyKeys: [] };
  let params: Params = {};
  let inflight: AbortController | null = null;

  const runButton = el("button", {
    className: "cc-run",
    testid: "cypher-run",
    text: "▶ Run",
    title: "Run (Ctrl+Enter)",
  });
  const mode = el("select", { testid: "draw-mode", attrs: { "aria-label": "How results are drawn in the graph" } }, [
    el("option", { text: "Replace the view", attrs: { value: "replace" } }),
    el("option", { text: "Add to the view", attrs: { value: "add" } }),
  ]);
  const timing = el("span", { className: "cc-timing muted", testid: "cypher-timing" });
  let lastOk: LastQuery | null = null;
  const exportSelect = createResultExport(
    () => lastOk,
    (text) => (timing.textContent = text),
  );
  const close = el("button", {
    className: "cc-close",
    text: "×",
    title: "Close (Ctrl+Shift+K)",
    onClick: opts.onClose,
  });
  const editorHost = el("div", { className: "cc-editor", testid: "cypher-editor" });
  const results = createResults();
  const side = createSidePanel({
    onLoad: (q, run) => void loadSaved(q, run),
    onRecall: (q) => {
      editor.setText(q);
      editor.focus();
    },
  });
  const toolbar = el("div", { className: "cc-toolbar" }, [
    el("strong", { className: "cc-title", text: "Cypher" }),
    runButton,
    el("label", { className: "cc-mode" }, ["Graph: ", mode]),
    exportSelect,
    timing,
    el("span", { className: "cc-hint muted", text: "read-only · Ctrl+Enter runs · ↑/↓ history" }),
    close,
  ]);
  const resize = el("div", { className: "cc-resize", title: "Drag to resize", attrs: { "aria-hidden": "true" } });
  const element = el("section", { className: "cypher-console", testid: "cypher-console" }, [
    resize,
    toolbar,
    el("div", { className: "cc-body" }, [
      el("div", { className: "cc-main" }, [editorHost, results.element]),
      side.element,
    ]),
  ]);
  element.setAttribute("aria-label", "Cypher console");
  // Keep Escape and other keys typed here from reaching the explorer's window shortcuts.
  element.addEventListener("keydown", (ev) => {
    if (ev.key === "Escape") ev.stopPropagation();
    // Ctrl+Enter from the parameters box (the editor handles its own and prevents the default).
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter" && !ev.defaultPrevented) {
      ev.preventDefault();
      void run();
    }
  });

  dragToResize(resize, element);

  const editor = createEditor({
    parent: editorHost,
    onRun: () => void run(),
    older: (current) => cursor.older(current),
    newer: () => cursor.newer(),
    schema: () => schema,
    paramNames: () => Object.keys(current()),
  });
  runButton.addEventListener("click", () => void run());

  /** The parameters as the JSON box shows them (edited by hand or not), else the last valid ones. */
  const current = (): Params => {
    const p = side.params();
    return p.ok ? p.value : params;
  };
  const setParams = (next: Params): void => {
    params = next;
    side.setParams(params);
  };
  const remember = (query: string): void => {
    history = pushHistory(history, query);
    saveHistory(storage(), history);
    cursor.reset(history);
    side.setHistory(history);
  };
  let finished = 0;
  const setState = (state: "idle" | "running" | "done" | "error"): void => {
    if (state === "done" || state === "error") finished++;
    element.dataset.finished = String(finished);
    element.dataset.state = state;
    runButton.disabled = state === "running";
  };

  function command(text: string): void {
    const cmd = parseParamCommand(text);
    if (cmd.kind === "error") {
      results.showError(new ApiError(0, "CommandError", cmd.message));
      setState("error");
      return;
    }
    setParams(applyParamCommand(current(), cmd));
    const rows = Object.entries(params).map(([k, v]) => [`$${k}`, v] as [string, Params[string]]);
    const what =
      cmd.kind === "clear"
        ? "Parameters cleared."
        : cmd.kind === "set"
          ? `Set ${Object.entries(cmd.values)
              .map(([k, v]) => `$${k} = ${cellText(v, true)}`)
              .join(", ")}.`
          : `${rows.length} parameter${rows.length === 1 ? "" : "s"}.`;
    results.showTable(rows.length ? ["parameter", "value"] : [], rows, { status: what });
    timing.textContent = "";
    setState("done");
  }

  async function run(query?: string): Promise<void> {
    if (query !== undefined) editor.setText(query);
    const text = editor.text().trim();
    if (text === "") return;
    remember(text);
    if (isConsoleCommand(text)) return command(text);
    const p = side.params();
    if (!p.ok) {
      results.showError(new ApiError(0, "BadParameters", `the $parameters are not valid JSON: ${p.error}`));
      setState("error");
      return;
    }
    params = p.value;
    inflight?.abort();
    const ctrl = new AbortController();
    inflight = ctrl;
    setState("running");
    timing.textContent = "running…";
    try {
      const r = await api.cypher(text, params, ctrl.signal);
      if (inflight !== ctrl) return;
      show(r, text);
      lastOk = { query: text, params };
      exportSelect.removeAttribute("disabled");
      setState("done");
    } catch (err) {
      if (inflight !== ctrl) return;
      const raw = err instanceof ApiError ? err : new ApiError(0, "Error", String(err));
      // A refused write says which clause writes, in words, instead of the engine's plan.
      const plain = raw.code === "QueryRefused" && /writ|read-only/i.test(raw.detail) ? writeRefusal(text) : null;
      const e = plain ? new ApiError(raw.status, raw.code, plain, raw.line, raw.column) : raw;
      results.showError(e, text);
      if (e.line !== undefined) editor.markError(e.line, e.column ?? 1);
      timing.textContent = "";
      setState("error");
    } finally {
      if (inflight === ctrl) inflight = null;
    }
  }

  function show(r: UserQueryResult, query: string): void {
    const drawMode = mode.value as DrawMode;
    const { nodes, edges } = r.graph;
    if (nodes.length > 0) drawGraph({ mode: drawMode, nodes, edges });
    const drew = nodes.length
      ? ` · drew ${fmt.format(nodes.length)} nodes, ${fmt.format(edges.length)} relationships`
      : "";
    const rows = `${fmt.format(r.rows.length)} row${r.rows.length === 1 ? "" : "s"}`;
    // No rows because of a misspelt label or type: say so.
    const warning = r.rows.length === 0 ? emptyResultWarning(query, schema) : null;
    results.showTable(r.columns, r.rows, {
      truncated: r.truncated,
      status: `${rows}${drew}${warning ? ` · ${warning}` : ""}`,
    });
    timing.textContent = `${fmt.format(r.ms)} ms`;
  }

  async function loadSaved(q: SavedQuery, andRun: boolean): Promise<void> {
    // The saved query's parameters fill in what is missing; the analyst's own values stay.
    setParams({ ...(q.params as Params), ...current() });
    editor.setText(q.query);
    editor.focus();
    if (andRun) await run();
  }

  side.setHistory(history);
  side.setParams(params);
  side.setSaved("Loading…");
  void api.savedQueries().then(
    (qs) => side.setSaved(qs.length ? qs : "No saved queries."),
    (err: unknown) => side.setSaved(`Cannot load saved queries: ${err instanceof Error ? err.message : String(err)}`),
  );
  void loadSchema().then((s) => (schema = s));
  setState("idle");
  return { element, focus: () => editor.focus(), run };
}

/** Dragging the drawer's top edge sets its height (between 160 px and 85% of the window). */
function dragToResize(handle: HTMLElement, drawer: HTMLElement): void {
  handle.addEventListener("pointerdown", (down) => {
    down.preventDefault();
    handle.setPointerCapture(down.pointerId);
    const startY = down.clientY;
    const startH = drawer.getBoundingClientRect().height;
    const move = (ev: PointerEvent): void => {
      const h = Math.min(Math.max(startH + startY - ev.clientY, 160), window.innerHeight * 0.85);
      drawer.style.height = `${Math.round(h)}px`;
    };
    const up = (): void => {
      handle.removeEventListener("pointermove", move);
      handle.removeEventListener("pointerup", up);
    };
    handle.addEventListener("pointermove", move);
    handle.addEventListener("pointerup", up);
  });
}
