// The console's CodeMirror 6 editor: Cypher highlighting (legacy stream mode), schema completion,
// Mod-Enter to run, arrow-up/down on the first/last line to recall history, and an error mark.
import { autocompletion, closeBrackets, closeBracketsKeymap, closeCompletion } from "@codemirror/autocomplete";
import { completionKeymap } from "@codemirror/autocomplete";
import type { CompletionContext, CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import { bracketMatching, defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { EditorState, Prec, StateEffect, StateField } from "@codemirror/state";
import { Decoration, EditorView, keymap, lineNumbers, placeholder } from "@codemirror/view";
import type { DecorationSet } from "@codemirror/view";
import { completeCypher, type Schema } from "./completion.ts";

export interface EditorOptions {
  parent: HTMLElement;
  onRun(): void;
  /** Arrow-up on the first line: the older history entry (or null to let the key move the cursor). */
  older(current: string): string | null;
  newer(): string | null;
  schema(): Schema;
  paramNames(): string[];
}

export interface ConsoleEditor {
  view: EditorView;
  text(): string;
  setText(text: string): void;
  focus(): void;
  /** Underline the position the engine reported (1-based line and column). */
  markError(line: number, column: number): void;
}

const setErrorMark = StateEffect.define<{ from: number; to: number } | null>();
const errorMark = Decoration.mark({ class: "cm-cypher-error" });

const errorField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    if (tr.docChanged) marks = Decoration.none;
    for (const e of tr.effects) {
      if (e.is(setErrorMark))
        marks = e.value ? Decoration.set([errorMark.range(e.value.from, e.value.to)]) : Decoration.none;
    }
    return marks;
  },
  provide: (f) => EditorView.decorations.from(f),
});

export function createEditor(opts: EditorOptions): ConsoleEditor {
  const complete = (ctx: CompletionContext): CompletionResult | null => {
    const before = ctx.state.sliceDoc(0, ctx.pos);
    const found = completeCypher(before, opts.schema(), opts.paramNames());
    if (!found || (found.from === ctx.pos && !ctx.explicit && !/[:.|$]\s*$/.test(before))) return null;
    return { from: found.from, options: found.options, validFor: /^[A-Za-z0-9_`]*$/ };
  };
  const replaceAll = (view: EditorView, text: string): boolean => {
    view.dispatch({
      changes: { from: 0, to: view.state.doc.length, insert: text },
      selection: { anchor: text.length },
    });
    return true;
  };
  const runKey = (v: EditorView): boolean => {
    closeCompletion(v);
    opts.onRun();
    return true;
  };
  const view = new EditorView({
    parent: opts.parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        lineNumbers(),
        history(),
        bracketMatching(),
        closeBrackets(),
        StreamLanguage.define(cypher),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        autocompletion({ override: [complete], icons: false }),
        placeholder("MATCH (n:Entity) RETURN n LIMIT 25  — Ctrl+Enter to run, :param name => value"),
        errorField,
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-label": "Cypher query", spellcheck: "false" }),
        Prec.highest(
          keymap.of([
            { key: "Mod-Enter", run: runKey },
            { key: "Ctrl-Enter", run: runKey },
          ]),
        ),
        keymap.of([
          {
            key: "ArrowUp",
            run: (v) => {
              if (v.state.doc.lineAt(v.state.selection.main.head).number !== 1) return false;
              const entry = opts.older(v.state.doc.toString());
              return entry !== null && replaceAll(v, entry);
            },
          },
          {
            key: "ArrowDown",
            run: (v) => {
              const { doc, selection } = v.state;
              if (doc.lineAt(selection.main.head).number !== doc.lines) return false;
              const entry = opts.newer();
              return entry !== null && replaceAll(v, entry);
            },
          },
          ...closeBracketsKeymap,
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    setText: (text) => void replaceAll(view, text),
    focus: () => view.focus(),
    markError(line, column) {
      const doc = view.state.doc;
      if (line < 1 || line > doc.lines) return;
      const l = doc.line(line);
      const from = Math.min(l.from + Math.max(column - 1, 0), l.to);
      const word = /^[A-Za-z0-9_]+/.exec(doc.sliceString(from, l.to))?.[0].length ?? 1;
      const to = Math.min(from + word, doc.length);
      if (to <= from) return;
      view.dispatch({ effects: setErrorMark.of({ from, to }), selection: { anchor: from } });
    },
  };
}
