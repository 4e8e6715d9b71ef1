// Small pieces every claim list shows: the polarity badge (a denied or hypothetical claim
// is never read as plain fact) and the role a MEMBER_OF claim carries ("Foreign Minister").
import type { Claim } from "@core/model/types.ts";
import { el } from "./dom.ts";

/** "denied" / "hypothetical" badge, or null for an asserted claim (or one without polarity). */
export function polarityBadge(claim: Pick<Claim, "polarity">): HTMLElement | null {
  const p = claim.polarity;
  if (!p || p === "asserted") return null;
  return el("span", {
    className: `badge-polarity ${p}`,
    testid: "polarity",
    text: p,
    title: p === "denied" ? "The sentence denies this claim" : "The sentence only considers this claim possible",
  });
}

/** " as Foreign Minister" for a claim with a role, or null. */
export function roleNote(claim: Pick<Claim, "role">): HTMLElement | null {
  return claim.role ? el("span", { className: "claim-role", testid: "claim-role", text: ` as ${claim.role}` }) : null;
}
