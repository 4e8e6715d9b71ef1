// After a correction: the page reloads on the corrected graph and shows what changed with an
// Undo button (kept in sessionStorage across the reload); undo reloads again.
import type { CorrectionRecord } from "@core/model/corrections.ts";
import { el } from "../views/dom.ts";
import { correctionsApi, describe } from "./corrections-api.ts";

const KEY = "kgx-last-correction";

/** Remembers `rec` for the Undo notice (`text`: what it did, in names), moves to `hash` and reloads. */
export function changed(rec: CorrectionRecord, hash?: string, text?: string): void {
  sessionStorage.setItem(KEY, JSON.stringify({ id: rec.id, text: text ?? describe(rec), undone: rec.undone }));
  if (hash !== undefined && hash !== window.location.hash) window.history.replaceState(null, "", hash);
  window.location.reload();
}

/** Shows the notice of the last correction, if the page was reloaded after one. */
export function showPendingNotice(): void {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return;
  sessionStorage.removeItem(KEY);
  const last = JSON.parse(raw) as { id: string; text: string; undone: boolean };
  const box = el("div", { className: "correction-notice", testid: "correction-notice", attrs: { role: "status" } }, [
    el("span", { text: last.undone ? `Undone: ${last.text}` : `Done: ${last.text}` }),
  ]);
  if (!last.undone) {
    box.append(
      el("button", {
        text: "Undo",
        testid: "undo-correction",
        attrs: { type: "button" },
        onClick: () => void correctionsApi.undo(last.id).then((r) => changed(r.correction)),
      }),
    );
  }
  box.append(
    el("button", { text: "×", attrs: { type: "button", "aria-label": "Dismiss" }, onClick: () => box.remove() }),
  );
  document.body.append(box);
}

/** An inline error line for a failed action. */
export function errorLine(err: unknown): HTMLElement {
  return el("p", {
    className: "message error",
    text: err instanceof Error ? err.message : String(err),
    attrs: { role: "alert" },
  });
}
