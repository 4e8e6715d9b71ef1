// Pure selection utilities: the focused node, each node's and edge's role around it,
// and the selected entity's claims grouped by type for the side panel.
import { CLAIM_TYPES } from "@core/model/labels.ts";
import type { ClaimWithContext } from "@core/model/types.ts";
import type { ClaimGroup, FocusRole, SelectionState } from "./types.ts";

export const EMPTY_SELECTION: SelectionState = { hovered: null, selected: null };

/** Hover wins over selection: the node whose neighbourhood is highlighted. */
export function focusOf(state: SelectionState): string | null {
  return state.hovered ?? state.selected;
}

/** Role of a node given the focused node and the focus's neighbours. */
export function nodeRole(node: string, focus: string | null, neighbours: ReadonlySet<string>): FocusRole {
  if (focus === null) return "none";
  if (node === focus) return "focus";
  return neighbours.has(node) ? "neighbour" : "dimmed";
}

/** Role of an edge: highlighted when it touches the focused node. */
export function edgeRole(source: string, target: string, focus: string | null): FocusRole {
  if (focus === null) return "none";
  return source === focus || target === focus ? "neighbour" : "dimmed";
}

export function withHovered(state: SelectionState, hovered: string | null): SelectionState {
  return state.hovered === hovered ? state : { ...state, hovered };
}

export function withSelected(state: SelectionState, selected: string | null): SelectionState {
  return state.selected === selected ? state : { ...state, selected };
}

/** Whether the entity is the source ("out") or the target ("in") of the claim. */
export function claimDirection(claim: Pick<ClaimWithContext, "source" | "target">, entity: string): "out" | "in" {
  return claim.source === entity ? "out" : "in";
}

/**
 * Group claims by type in the model's order (SAID, REPORTED, …); within a group the
 * most confident first, then by article and sentence so the order is stable.
 */
export function groupClaimsByType(claims: readonly ClaimWithContext[]): ClaimGroup[] {
  const byType = new Map<string, ClaimWithContext[]>();
  for (const c of claims) {
    const list = byType.get(c.type);
    if (list) list.push(c);
    else byType.set(c.type, [c]);
  }
  const groups: ClaimGroup[] = [];
  for (const type of CLAIM_TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    list.sort(
      (a, b) =>
        b.confidence - a.confidence ||
        (a.article < b.article ? -1 : a.article > b.article ? 1 : 0) ||
        a.sentence - b.sentence ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    groups.push({ type, claims: list });
  }
  return groups;
}

// Double quotation marks only: a trailing apostrophe ("the soldiers'") is part of the text.
const QUOTE_MARKS = /^["“”«»„\s]+|["“”«»„\s]+$/gu;

/** A quotation wrapped in one pair of curly quotes, whatever marks it came with. */
export function quoteText(quote: string): string {
  const bare = quote.replace(QUOTE_MARKS, "");
  return bare ? `“${bare}”` : "";
}
