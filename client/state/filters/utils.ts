// Pure filter utilities: defaults, whether any filter is active, the visibility of every
// node and edge (and the parts of an edge that pass), and the same rule for single claims.
import type {
  ClaimFilterContext,
  ClaimSplit,
  FilterClaim,
  FilterContext,
  FilterEdge,
  FilterNode,
  FilterState,
  Visibility,
} from "./types.ts";
import type { PairPart } from "../graph/types.ts";
import { articlesInPeriod } from "../period/utils.ts";

export const DEFAULT_FILTERS: FilterState = {
  labels: null,
  types: null,
  article: null,
  outlet: null,
  minConfidence: 0,
  minClaims: 0,
  hideIsolated: false,
  period: null,
};

export const NO_CONTEXT: FilterContext = { articleEntities: null };

export function isDefaultFilters(f: FilterState): boolean {
  return (
    f.labels === null &&
    f.types === null &&
    f.article === null &&
    f.outlet === null &&
    f.minConfidence <= 0 &&
    f.minClaims <= 0 &&
    !f.hideIsolated &&
    f.period === null
  );
}

/** Toggle one value in an allow-list (null = all of `universe`); back to null when all are on. */
export function toggleIn<T>(list: readonly T[] | null, value: T, universe: readonly T[]): T[] | null {
  const current = list ?? universe;
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const ordered = universe.filter((v) => next.includes(v));
  return ordered.length === universe.length ? null : ordered;
}

/** The articles in which the outlet is the source of an edge (needs articleIds on parts). */
function outletArticles(edges: readonly FilterEdge[], outlet: string): Set<string> {
  const out = new Set<string>();
  for (const e of edges) {
    for (const p of e.parts) {
      const from = p.forward ? e.source : e.target;
      if (from === outlet) for (const a of p.articleIds ?? []) out.add(a);
    }
  }
  return out;
}

function partPasses(
  p: PairPart,
  e: FilterEdge,
  f: FilterState,
  ctx: FilterContext,
  outletArts: ReadonlySet<string> | null,
): boolean {
  if (f.types && !f.types.includes(p.type)) return false;
  if (p.maxConfidence < f.minConfidence) return false;
  if (f.article) {
    if (p.articleIds) {
      if (!p.articleIds.includes(f.article)) return false;
    } else if (!ctx.articleEntities?.has(e.source) || !ctx.articleEntities.has(e.target)) return false;
  }
  if (f.outlet) {
    const from = p.forward ? e.source : e.target;
    if (from !== f.outlet && !(p.articleIds && outletArts && p.articleIds.some((a) => outletArts.has(a)))) return false;
  }
  if (f.period && ctx.articleDates && p.articleIds) {
    if (!articlesInPeriod(p.articleIds, ctx.articleDates, f.period)) return false;
  }
  return true;
}

/** Apply the filters: edges first (per part), then nodes (label, claim count, isolation). */
export function computeVisibility(
  nodes: readonly FilterNode[],
  edges: readonly FilterEdge[],
  f: FilterState,
  ctx: FilterContext = NO_CONTEXT,
): Visibility {
  const outletArts = f.outlet ? outletArticles(edges, f.outlet) : null;
  // The outlet filter also means "published by": the claims of every article the outlet published.
  for (const [article, outlet] of ctx.articlePublishers ?? []) if (outlet === f.outlet) outletArts?.add(article);
  const labelOk = new Set<string>();
  for (const n of nodes) if (labelShown(f, n.kind)) labelOk.add(n.id);
  const passing = new Map<string, PairPart[]>();
  const claims = new Map<string, number>();
  for (const e of edges) {
    const parts = e.parts.filter((p) => partPasses(p, e, f, ctx, outletArts));
    if (parts.length === 0) continue;
    passing.set(e.id, parts);
    const n = parts.reduce((s, p) => s + p.count, 0);
    claims.set(e.source, (claims.get(e.source) ?? 0) + n);
    claims.set(e.target, (claims.get(e.target) ?? 0) + n);
  }
  const hiddenNodes = new Set<string>();
  for (const n of nodes) {
    const c = claims.get(n.id) ?? 0;
    // An article or outlet filter shows that article's or outlet's subgraph only.
    const isolatedHidden = f.hideIsolated || f.article !== null || f.outlet !== null || f.period !== null;
    if (!labelOk.has(n.id) || c < f.minClaims || (isolatedHidden && c === 0)) hiddenNodes.add(n.id);
  }
  const visibleEdges = new Map<string, readonly PairPart[]>();
  for (const e of edges) {
    const parts = passing.get(e.id);
    if (parts && !hiddenNodes.has(e.source) && !hiddenNodes.has(e.target)) visibleEdges.set(e.id, parts);
  }
  return { hiddenNodes, visibleEdges, claims, outletArticles: outletArts };
}

/** Whether the label filter shows nodes of this kind. */
function labelShown(f: FilterState, kind: string | undefined): boolean {
  return !f.labels || kind === undefined || (f.labels as readonly string[]).includes(kind);
}

/**
 * Whether the filters keep one claim: the graph's own rule (partPasses), on the claim seen as
 * an edge of one part (its type, its confidence as the part's maximum, its article, its
 * direction). So a claim the panel shows always belongs to a part the graph draws, and with
 * one per-claim criterion (confidence, article or outlet, with any types) a part is drawn
 * exactly when one of its claims passes. Combined, the graph can only see aggregates (a
 * confident claim from one article, another claim from the filtered one) and may draw a
 * part none of whose claims passes both: the panel stays exact and says so.
 * The claim is hidden too when the graph hides either entity (label, minimum claims per
 * entity): `ctx` carries that decision, and the outlet's articles, from computeVisibility
 * on the drawn graph. Without it (no graph yet) only what the claim itself tells is applied.
 */
export function claimPasses(c: FilterClaim, f: FilterState, ctx: ClaimFilterContext | null = null): boolean {
  if (ctx?.hiddenNodes.has(c.source) || ctx?.hiddenNodes.has(c.target)) return false;
  if (!labelShown(f, c.sourceLabel) || !labelShown(f, c.targetLabel)) return false;
  const part: PairPart = {
    type: c.type,
    count: 1,
    articles: 1,
    maxConfidence: c.confidence,
    forward: true,
    articleIds: [c.article],
  };
  const edge: FilterEdge = { id: "", source: c.source, target: c.target, parts: [part] };
  return partPasses(part, edge, f, NO_CONTEXT, ctx?.outletArticles ?? null);
}

/** Split claims into those the filters keep and those they hide, each in the input order. */
export function splitClaims<C extends FilterClaim>(
  claims: readonly C[],
  f: FilterState,
  ctx: ClaimFilterContext | null = null,
): ClaimSplit<C> {
  const out: ClaimSplit<C> = { shown: [], hidden: [] };
  for (const c of claims) (claimPasses(c, f, ctx) ? out.shown : out.hidden).push(c);
  return out;
}
