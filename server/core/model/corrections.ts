// The corrections model: what an analyst can change, the record kept for each change,
// and the region of the graph (entities, their edges, claims) a change rewrites.
import type { ClaimType, EntityLabel } from "./labels.ts";
import type { Claim, ClaimWithContext, Entity } from "./types.ts";

export type CorrectionChange =
  | { kind: "rename"; id: string; name: string }
  | { kind: "relabel"; id: string; label: EntityLabel }
  | { kind: "merge"; keep: string; others: string[]; label?: EntityLabel }
  | { kind: "split"; id: string; alias: string; newId: string; label: EntityLabel }
  | { kind: "delete"; id: string }
  | { kind: "confirm"; claim: string; article: string }
  | { kind: "reject"; claim: string; article: string }
  | { kind: "add-claim"; claim: Claim }
  | { kind: "dismiss"; a: string; b: string };

export type CorrectionKind = CorrectionChange["kind"];

/** One correction as stored: the change, who made it, when, why, and whether it was undone. */
export interface CorrectionRecord {
  id: string;
  /** Order of application (1, 2, …): replay and undo follow it. */
  seq: number;
  change: CorrectionChange;
  author: string;
  at: string;
  note: string;
  undone: boolean;
}

export interface EntityRec {
  id: string;
  label: EntityLabel;
  props: Record<string, unknown>;
}
export interface MentionRec {
  article: string;
  entity: string;
  props: Record<string, unknown>;
}
export interface ClaimRec {
  type: ClaimType;
  source: string;
  target: string;
  props: Record<string, unknown>;
}
export interface RedirectRec {
  from: string;
  to: string;
}

/** What a correction may touch: entity ids (with every edge of theirs), claim ids and article ids. */
export interface Footprint {
  entityIds: string[];
  claimIds: string[];
  articleIds: string[];
}

/** The stored state of a footprint: enough to write it back exactly. */
export interface Region {
  entities: EntityRec[];
  mentions: MentionRec[];
  claims: ClaimRec[];
  redirects: RedirectRec[];
}

export const EMPTY_REGION: Region = { entities: [], mentions: [], claims: [], redirects: [] };

export function footprint(change: CorrectionChange): Footprint {
  const none: Footprint = { entityIds: [], claimIds: [], articleIds: [] };
  switch (change.kind) {
    case "rename":
    case "relabel":
    case "delete":
      return { ...none, entityIds: [change.id] };
    case "merge":
      return { ...none, entityIds: [change.keep, ...change.others] };
    case "split":
      return { ...none, entityIds: [change.id, change.newId] };
    case "confirm":
    case "reject":
      return { ...none, claimIds: [change.claim], articleIds: [change.article] };
    case "add-claim":
      return { ...none, claimIds: [change.claim.id], articleIds: [change.claim.article] };
    case "dismiss":
      return none;
  }
}

/** Every id a footprint names, for overlap tests. */
export function footprintKeys(f: Footprint): string[] {
  return [...f.entityIds, ...f.claimIds, ...f.articleIds];
}

/** The unordered pair key of a dismissed duplicate suggestion. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** A stored correction; a rejection keeps the claim it took out of the graph in `before`. */
export type StoredCorrection = CorrectionRecord & { before?: Region };

export type DuplicateReason = "similar" | "contains" | "acronym";

export interface DuplicateSuggestion {
  a: Entity;
  b: Entity;
  label: EntityLabel;
  reason: DuplicateReason;
  /** The two names that matched. */
  names: [string, string];
}

export interface ReviewItem extends ClaimWithContext {
  /** Every claim of this type between these two entities comes from one article. */
  singleSource: boolean;
}
