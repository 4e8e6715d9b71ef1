// Types of the selection domain: which entity is hovered or selected, and the
// claims of the selected entity grouped for the side panel.
import type { ClaimType } from "@core/model/labels.ts";
import type { ClaimWithContext } from "@core/model/types.ts";

export interface SelectionState {
  hovered: string | null;
  selected: string | null;
}

/** How one node or edge is drawn relative to the focused node. */
export type FocusRole = "none" | "focus" | "neighbour" | "dimmed";

export interface ClaimGroup {
  type: ClaimType;
  claims: ClaimWithContext[];
}
