// Pure graph utilities: merge per-type API edges into one edge per entity pair,
// build its label ("SAID ×3 · REPORTED"), and scale node and edge sizes.
import { CLAIM_TYPES } from "@core/model/labels.ts";
import type { ApiEdge, PairEdge, PairPart } from "./types.ts";

const typeRank = (t: string): number => (CLAIM_TYPES as readonly string[]).indexOf(t);

/** Unordered key of a pair of node ids. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/**
 * Merge API edges into one edge per unordered pair of entities. A pair whose claims all
 * run one way keeps that direction; a pair with claims both ways is oriented by id order
 * and flagged bidirectional. Self-loops are dropped (sigma cannot draw them).
 */
export function aggregatePairs(edges: readonly ApiEdge[]): PairEdge[] {
  const groups = new Map<string, ApiEdge[]>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const key = pairKey(e.source, e.target);
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  const pairs: PairEdge[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    const oneWay = list.every((e) => e.source === first.source);
    const source = oneWay ? first.source : first.source < first.target ? first.source : first.target;
    const target = source === first.source ? first.target : first.source;
    const parts = mergeParts(list, source);
    pairs.push({
      key,
      source,
      target,
      parts,
      count: parts.reduce((n, p) => n + p.count, 0),
      maxConfidence: parts.reduce((m, p) => Math.max(m, p.maxConfidence), 0),
      bidirectional: !oneWay,
    });
  }
  return pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function mergeParts(list: readonly ApiEdge[], source: string): PairPart[] {
  const byKey = new Map<string, PairPart>();
  for (const e of list) {
    const forward = e.source === source;
    const k = `${forward ? ">" : "<"}${e.type}`;
    const prev = byKey.get(k);
    if (prev) {
      prev.count += e.count;
      prev.articles = Math.max(prev.articles, e.articles);
      prev.maxConfidence = Math.max(prev.maxConfidence, e.maxConfidence);
      if (e.articleIds) prev.articleIds = [...new Set([...(prev.articleIds ?? []), ...e.articleIds])];
    } else {
      const part: PairPart = {
        type: e.type,
        count: e.count,
        articles: e.articles,
        maxConfidence: e.maxConfidence,
        forward,
      };
      if (e.articleIds) part.articleIds = [...new Set(e.articleIds)];
      byKey.set(k, part);
    }
  }
  return [...byKey.values()].sort(
    (a, b) => Number(b.forward) - Number(a.forward) || b.count - a.count || typeRank(a.type) - typeRank(b.type),
  );
}

/** "SAID ×3" (or "SAID" for a single claim). */
export function partLabel(part: Pick<PairPart, "type" | "count">): string {
  return part.count > 1 ? `${part.type} ×${part.count}` : part.type;
}

/** Edge label: "SAID ×3 · REPORTED"; both ways: "→ SAID ×2 · ← CONDEMNED". */
export function pairLabel(pair: Pick<PairEdge, "parts" | "bidirectional">): string {
  return pair.parts
    .map((p) => (pair.bidirectional ? `${p.forward ? "→" : "←"} ${partLabel(p)}` : partLabel(p)))
    .join(" · ");
}

/** Square-root scale of `value` in [min, max] onto [from, to] pixels; a flat range maps to the middle. */
export function sqrtScale(value: number, min: number, max: number, from: number, to: number): number {
  if (!(max > min)) return (from + to) / 2;
  const v = Math.min(Math.max(value, min), max);
  const t = (Math.sqrt(v) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min));
  return from + t * (to - from);
}

/** Edge thickness from its claim count: 1 px for one claim, growing logarithmically, capped. */
export function edgeSize(count: number, max = 6): number {
  return Math.min(max, 1 + Math.log2(Math.max(1, count)));
}
