// Test helper: micro-averaged entity and relation F1 of the extractor against gold annotations,
// matching exactly like the shared scorer (name or any alias, case/accents/"the"/punctuation ignored;
// relations on (type, source, target) mapped to gold entities; optional items count neither way).
import type { CanonicalGraph } from "../../../server/core/model/types.ts";

export interface GoldEntity {
  name: string;
  label: string;
  aliases?: string[];
  optional?: boolean;
}
export interface GoldRelation {
  type: string;
  source: string;
  target: string;
  optional?: boolean;
}
export interface Gold {
  doc: string;
  entities: GoldEntity[];
  relations: GoldRelation[];
}
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const norm = (s: string): string =>
  String(s)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]s\b/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^the /, "");

const forms = (e: { name: string; aliases?: string[] }): Set<string> =>
  new Set([e.name, ...(e.aliases ?? [])].map(norm));

/** Adds one document's entity and relation counts into `acc`. */
export function scoreDoc(gold: Gold, pred: CanonicalGraph, acc: { e: Counts; r: Counts }): void {
  const sys = pred.entities;
  const map = new Map<string, number>();
  for (const s of sys) {
    const sForms = forms(s);
    const gi = gold.entities.findIndex(
      (g) => g.label === s.label && (forms(g).has(norm(s.name)) || sForms.has(norm(g.name))),
    );
    if (gi >= 0) map.set(s.id, gi);
  }
  const hit = new Set<number>();
  for (const s of sys) {
    const gi = map.get(s.id);
    if (gi === undefined) acc.e.fp++;
    else if (!gold.entities[gi]!.optional && !hit.has(gi)) {
      hit.add(gi);
      acc.e.tp++;
    }
  }
  gold.entities.forEach((g, gi) => {
    if (!g.optional && !hit.has(gi)) acc.e.fn++;
  });
  const gIndex = new Map(gold.entities.map((g, i) => [norm(g.name), i]));
  const goldRel = new Map<string, boolean>();
  for (const r of gold.relations) {
    const k = `${r.type}|${gIndex.get(norm(r.source))}|${gIndex.get(norm(r.target))}`;
    const prev = goldRel.get(k);
    goldRel.set(k, Boolean(r.optional) && (prev ?? true));
  }
  const seen = new Set<string>();
  for (const r of pred.relations) {
    if ((r.type as string) === "MENTIONS") continue;
    const a = map.get(r.source);
    const b = map.get(r.target);
    const k = `${r.type}|${a}|${b}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const optional = a === undefined || b === undefined ? undefined : goldRel.get(k);
    if (optional === undefined) acc.r.fp++;
    else if (!optional) acc.r.tp++;
  }
  for (const [k, optional] of goldRel) if (!optional && !seen.has(k)) acc.r.fn++;
}

export function f1({ tp, fp, fn }: Counts): number {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}
