// Deterministic synthetic graphs for benchmarks: entities with realistic labels, names and
// heavy-tailed mentions, and claims by preferential attachment, in the canonical JSON.
import { entityId, claimId, articleId } from "../model/ids.ts";
import type { ClaimType, EntityLabel } from "../model/labels.ts";
import type { ArticleMeta, CanonicalGraph, Claim, Entity } from "../model/types.ts";

export interface SynthOptions {
  nodes: number;
  /** Claims (relations) to generate; pairs with several claims aggregate to fewer drawn edges. */
  edges: number;
  seed?: number;
  /** Articles the claims cite; default one per 50 claims. */
  articles?: number;
}

/** mulberry32: a small, fast, seeded PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LABEL_SHARE: Array<[EntityLabel, number]> = [
  ["Person", 0.36],
  ["Institution", 0.24],
  ["Place", 0.15],
  ["State", 0.1],
  ["Outlet", 0.1],
  ["Treaty", 0.05],
];

const TYPE_SHARE: Array<[ClaimType, number, EntityLabel[], EntityLabel[] | null]> = [
  ["SAID", 0.35, ["Person", "State", "Institution"], null],
  ["REPORTED", 0.25, ["Outlet", "Institution"], null],
  ["CONDEMNED", 0.15, ["Person", "State", "Institution", "Outlet"], null],
  ["DEPLOYED", 0.08, ["State", "Institution"], ["Place", "State"]],
  ["MEMBER_OF", 0.1, ["Person"], ["State", "Institution", "Outlet"]],
  ["PARTY_TO", 0.07, ["State", "Institution"], ["Treaty"]],
];

const SYL = ["ka", "lo", "mir", "an", "vel", "sor", "tin", "ber", "ra", "dov", "el", "zan", "po", "ich", "mun", "ta"];
const VERB: Record<ClaimType, string> = {
  SAID: "said of",
  REPORTED: "reported on",
  CONDEMNED: "condemned",
  DEPLOYED: "deployed troops to",
  MEMBER_OF: "is a member of",
  PARTY_TO: "is party to",
};

function word(rand: () => number, parts: number): string {
  let w = "";
  for (let i = 0; i < parts; i++) w += SYL[Math.floor(rand() * SYL.length)];
  return w[0]!.toUpperCase() + w.slice(1);
}

function nameFor(label: EntityLabel, rand: () => number, i: number): string {
  const a = word(rand, 2);
  const b = word(rand, 2 + Math.floor(rand() * 2));
  switch (label) {
    case "Person":
      return `${a} ${b}`;
    case "State":
      return `Republic of ${a}${b.toLowerCase()} ${i}`;
    case "Institution":
      return `${a} Ministry of ${b}`;
    case "Outlet":
      return `The ${a} ${rand() < 0.5 ? "Times" : "Herald"} ${b}`;
    case "Treaty":
      return `${a}–${b} Accord`;
    case "Place":
      return `${a} region ${b}`;
  }
}

/** Weighted sampler over indices (cumulative weights, binary search). */
function sampler(weights: readonly number[], rand: () => number): () => number {
  const cum = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (cum[i] = sum += w));
  return () => {
    const r = rand() * sum;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export function synthGraph(opts: SynthOptions): CanonicalGraph {
  const rand = prng(opts.seed ?? 42);
  const n = Math.max(2, Math.floor(opts.nodes));
  const entities: Entity[] = [];
  const byLabel = new Map<EntityLabel, number[]>();
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    let r = rand();
    const label = LABEL_SHARE.find(([, share]) => (r -= share) < 0)?.[0] ?? "Person";
    let name = nameFor(label, rand, i);
    if (seen.has(`${label}|${name}`)) name = `${name} ${i}`;
    seen.add(`${label}|${name}`);
    // Heavy-tailed mentions: a few hubs, a long tail (Zipf-like over a random rank).
    const mentions = Math.max(1, Math.round(400 / Math.pow(1 + rand() * n, 0.75)));
    entities.push({ id: entityId(label, name), label, name, aliases: [name], mentions });
    const list = byLabel.get(label);
    if (list) list.push(i);
    else byLabel.set(label, [i]);
  }
  const pick = new Map<EntityLabel, () => number>();
  for (const [label, idx] of byLabel) {
    const draw = sampler(
      idx.map((i) => entities[i]!.mentions),
      rand,
    );
    pick.set(label, () => idx[draw()]!);
  }
  const anyOf = (labels: readonly EntityLabel[]): number | null => {
    const usable = labels.filter((l) => pick.has(l));
    if (usable.length === 0) return null;
    return pick.get(usable[Math.floor(rand() * usable.length)]!)!();
  };
  const articleCount = Math.max(1, opts.articles ?? Math.ceil(opts.edges / 50));
  const articles: ArticleMeta[] = Array.from({ length: articleCount }, (_, i) => ({
    id: articleId(`synthetic article ${i} seed ${opts.seed ?? 42}`),
    title: `Synthetic report ${i + 1}`,
    source: `synth_${String(i).padStart(5, "0")}.txt`,
  }));
  const allLabels = LABEL_SHARE.map(([l]) => l);
  const index = new Map(entities.map((e, i) => [e.id, i]));
  const relations: Claim[] = [];
  for (let k = 0, tries = 0; k < opts.edges && tries < opts.edges * 20; tries++) {
    // A third of the claims repeat an earlier pair: the same source says more about the same target.
    const again = relations.length > 0 && rand() < 0.3 ? relations[Math.floor(rand() * relations.length)]! : null;
    let r = rand();
    const [type, , from, to] = TYPE_SHARE.find(([, share]) => (r -= share) < 0) ?? TYPE_SHARE[0]!;
    const s = again ? index.get(again.source)! : anyOf(from);
    const t = again ? index.get(again.target)! : anyOf(to ?? allLabels);
    if (s === null || t === null || s === t) continue;
    const src = entities[s]!;
    const tgt = entities[t]!;
    const article = articles[Math.floor(rand() * articleCount)]!.id;
    const sentence = k;
    const evidence = `${src.name} ${VERB[again?.type ?? type]} ${tgt.name}.`;
    const start = sentence * 80;
    relations.push({
      id: claimId(again?.type ?? type, src.id, tgt.id, article, sentence),
      type: again?.type ?? type,
      source: src.id,
      target: tgt.id,
      article,
      sentence,
      start,
      end: start + evidence.length,
      evidence,
      confidence: Math.round((0.5 + rand() * 0.45) * 100) / 100,
      rule: `synth-${type.toLowerCase()}`,
    });
    k++;
  }
  return { articles, entities, relations };
}
