// The relation-rule descriptor: every rule declares its id, claim type and confidence once; a family's
// scan runs once per document and each rule takes its own hits, with doubt penalties applied here.
import type { ClaimType, Polarity } from "../../model/index.ts";
import type { RawClaim } from "../types.ts";
import type { Ctx } from "../context.ts";

export interface RuleSpec {
  readonly id: string;
  readonly type: ClaimType;
  /** the rule's measured precision on asserted, unhedged sentences of tests/fixtures/gold-news and
   * heldout-dev pooled (rounded down to 0.05), so that claims at 0.8 or more are right nine times in ten */
  readonly confidence: number;
}

export interface RelationRule extends RuleSpec {
  run(ctx: Ctx): RawClaim[];
}

/** Signals of doubt, each lowering a claim's confidence by its amount. */
export const DOUBT_PENALTY = {
  /** the sentence carries a hedge ("reportedly", "allegedly", "may") */
  hedged: 0.2,
  /** the claim comes from a headline */
  headline: 0.15,
  /** the source was found by coreference ("he said", "the ministry said") */
  coref: 0.1,
} as const;
export type Doubt = keyof typeof DOUBT_PENALTY;

/** What a scan finds: the claim without its rule id and confidence, which come from the spec. */
export interface Hit {
  spec: RuleSpec;
  /** overrides the spec's type (SAID by a speaker, REPORTED by an outlet, from one attribution rule) */
  type?: ClaimType;
  source: string;
  target: string;
  sent: number;
  quote?: string;
  role?: string;
  count?: string;
  doubts?: Doubt[];
  polarity?: Polarity;
}

export type Scan = (c: Ctx, out: Hit[]) => void;

/** Declares a family's rules: keys name them in the scan code, ids and confidences live only here. */
export function specs<K extends string>(
  table: Record<K, readonly [id: string, type: ClaimType, confidence: number]>,
): Record<K, RuleSpec> {
  const out = {} as Record<K, RuleSpec>;
  for (const k of Object.keys(table) as K[]) {
    const [id, type, confidence] = table[k];
    out[k] = Object.freeze({ id, type, confidence });
  }
  return out;
}

const cache = new WeakMap<Scan, WeakMap<Ctx, Hit[]>>();

function hitsOf(scan: Scan, c: Ctx): Hit[] {
  let perCtx = cache.get(scan);
  if (!perCtx) cache.set(scan, (perCtx = new WeakMap()));
  let hits = perCtx.get(c);
  if (!hits) {
    hits = [];
    scan(c, hits);
    perCtx.set(c, hits);
  }
  return hits;
}

export function confidenceOf(spec: RuleSpec, doubts: readonly Doubt[] = []): number {
  let conf = spec.confidence;
  for (const d of new Set(doubts)) conf -= DOUBT_PENALTY[d];
  return Math.max(0.05, Math.round(conf * 100) / 100);
}

function toRaw(h: Hit): RawClaim {
  const r: RawClaim = {
    type: h.type ?? h.spec.type,
    source: h.source,
    target: h.target,
    sent: h.sent,
    confidence: confidenceOf(h.spec, h.doubts),
    rule: h.spec.id,
  };
  if (h.quote) r.quote = h.quote;
  if (h.role) r.role = h.role;
  if (h.count) r.count = h.count;
  if (h.polarity && h.polarity !== "asserted") r.polarity = h.polarity;
  return r;
}

/** One RelationRule per spec, all sharing the family's scan (run once per document). */
export function rulesOf(table: Record<string, RuleSpec>, scan: Scan): RelationRule[] {
  return Object.values(table).map((spec) => ({
    ...spec,
    run: (c: Ctx): RawClaim[] =>
      hitsOf(scan, c)
        .filter((h) => h.spec === spec)
        .map(toRaw),
  }));
}
