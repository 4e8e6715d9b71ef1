// Confirm / reject buttons for one claim in the entity and edge panels, and its "reviewed"
// mark once an analyst confirmed it; rejecting asks for an optional note.
import type { ClaimWithContext } from "@core/model/types.ts";
import { el, replaceChildren } from "../views/dom.ts";
import { correctionsApi } from "./corrections-api.ts";
import { changed, errorLine } from "./notice.ts";

type ClaimShown = Pick<ClaimWithContext, "id" | "reviewed" | "type" | "sourceName" | "targetName">;

export function claimActions(c: ClaimShown): HTMLElement {
  const box = el("div", { className: "claim-actions", testid: "claim-actions" });
  const run = async (verdict: "confirm" | "reject", note?: string) => {
    try {
      const what = `${verdict === "confirm" ? "confirmed" : "rejected"} ${c.sourceName} ${c.type} → ${c.targetName}`;
      changed((await correctionsApi.verdict(c.id, verdict, note)).correction, undefined, what);
    } catch (err) {
      box.append(errorLine(err));
    }
  };
  const reject = el("button", {
    text: "Reject",
    testid: "reject-claim",
    attrs: { type: "button", title: "This claim is wrong: take it out of the graph" },
    onClick: () => {
      const note = el("input", {
        testid: "reject-note",
        attrs: { placeholder: "why (optional)", "aria-label": "Note" },
      });
      const ok = el("button", {
        text: "Reject claim",
        testid: "reject-confirm",
        attrs: { type: "button" },
        onClick: () => void run("reject", note.value),
      });
      replaceChildren(box, note, ok);
      note.focus();
    },
  });
  if (c.reviewed) box.append(el("span", { className: "reviewed", testid: "reviewed", text: "✓ reviewed" }));
  else
    box.append(
      el("button", {
        text: "Confirm",
        testid: "confirm-claim",
        attrs: { type: "button" },
        onClick: () => void run("confirm"),
      }),
    );
  box.append(reject);
  return box;
}
