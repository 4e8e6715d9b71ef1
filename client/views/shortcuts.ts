// Keyboard shortcuts: "/" focuses the search, F fits the view, Escape closes the panel or the article,
// Ctrl+Z (Cmd+Z) undoes the last expansion, ego view or filter, Ctrl+Shift+Z or Ctrl+Y redoes it;
// ignored while typing in a field.
import type { Explorer } from "./explorer.ts";

export interface ShortcutTargets {
  explorer: Explorer;
  searchInput(): HTMLInputElement | null;
  escape(): void;
  /** Undo the last change: an expansion, an ego view or a filter. */
  undo(): void;
  /** Redo what the last undo took back. */
  redo(): void;
}

function typing(target: EventTarget | null): boolean {
  const t = target as HTMLElement | null;
  return Boolean(
    t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable),
  );
}

export function installShortcuts(t: ShortcutTargets): () => void {
  const onKey = (ev: KeyboardEvent): void => {
    if (typing(ev.target)) return;
    if (ev.key === "/" && !ev.ctrlKey && !ev.metaKey) {
      ev.preventDefault();
      t.searchInput()?.focus();
    } else if ((ev.key === "f" || ev.key === "F") && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      t.explorer.fit();
    } else if (ev.key === "Escape") {
      t.escape();
    } else if ((ev.ctrlKey || ev.metaKey) && !ev.shiftKey && ev.key.toLowerCase() === "z") {
      ev.preventDefault();
      t.undo();
    } else if (
      (ev.ctrlKey || ev.metaKey) &&
      (ev.key.toLowerCase() === "y" || (ev.shiftKey && ev.key.toLowerCase() === "z"))
    ) {
      ev.preventDefault();
      t.redo();
    }
  };
  window.addEventListener("keydown", onKey);
  return () => window.removeEventListener("keydown", onKey);
}
