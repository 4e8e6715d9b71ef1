// Types of the filters domain: the analyst's filter choices and the visibility they yield.
import type { ClaimType, EntityLabel } from "@core/model/labels.ts";
import type { Claim } from "@core/model/types.ts";
import type { PairPart } from "../graph/types.ts";

export interface FilterState {
  /** Labels shown; null shows every label. */
  labels: EntityLabel[] | null;
  /** Relation types shown; null shows every type. */
  types: ClaimType[] | null;
  /** Only claims backed by this article. */
  article: string | null;
  /** Only claims made by this outlet, or backed by the articles it reports in. */
  outlet: string | null;
  /** Only claims at least this confident (0..1). */
  minConfidence: number;
  /** Only entities with at least this many claims among the drawn edges. */
  minClaims: number;
  hideIsolated: boolean;
  /** Only claims whose article is dated in this period (see state/period), e.g. "2024-11-01..2024-11-07". */
  period: string | null;
}

/** What the filters need beyond the graph: resolved lazily by the explorer. */
export interface FilterContext {
  /** Entities the filtered article mentions (used when edges lack articleIds). */
  articleEntities: ReadonlySet<string> | null;
  /** The day each article's claims are dated by (for the period filter); null until loaded. */
  articleDates?: ReadonlyMap<string, string> | null;
  /** The Outlet that published each article (for the outlet filter: "published by"); null until loaded. */
  articlePublishers?: ReadonlyMap<string, string> | null;
}

export interface FilterNode {
  id: string;
  kind: string;
}

export interface FilterEdge {
  id: string;
  source: string;
  target: string;
  parts: readonly PairPart[];
}

/** The outcome of filtering: hidden nodes, and per visible edge the parts that pass. */
export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  visibleEdges: ReadonlyMap<string, readonly PairPart[]>;
  /** Claims per node over the edges that pass the edge filters. */
  claims: ReadonlyMap<string, number>;
  /** With an outlet filter: the articles in which the outlet is the source of a claim in the graph. */
  outletArticles: ReadonlySet<string> | null;
}

/** The fields of one claim the filters read (a ClaimWithContext has them all). */
export type FilterClaim = Pick<Claim, "type" | "source" | "target" | "article" | "confidence"> & {
  sourceLabel?: EntityLabel;
  targetLabel?: EntityLabel;
};

/**
 * What the graph decided with the same filters, for what one claim cannot tell: which
 * nodes are hidden (labels, minimum claims per entity) and the outlet's articles.
 */
export type ClaimFilterContext = Pick<Visibility, "hiddenNodes" | "outletArticles">;

/** A list of claims split by the filters, each side in the input order. */
export interface ClaimSplit<C> {
  shown: C[];
  hidden: C[];
}
