// Possible duplicates for the analyst: entities of one label whose names are close (edit
// distance after accents and transliteration folding), contain one another, or are an acronym.
import { normaliseName } from "../model/ids.ts";
import type { EntityLabel } from "../model/labels.ts";
import type { Entity } from "../model/types.ts";
import lexicon from "./lexicons/transliteration.json" with { type: "json" };
import { pairKey, type DuplicateReason, type DuplicateSuggestion } from "../model/corrections.ts";

export type { DuplicateReason, DuplicateSuggestion };

const FOLDS = lexicon.folds as Array<[string, string]>;

/** A spelling skeleton: normalised, transliteration variants folded, doubled letters collapsed. */
export function skeleton(name: string): string {
  let s = normaliseName(name);
  for (const [from, to] of FOLDS) s = s.split(from).join(to);
  return s.replace(/(\p{L})\1+/gu, "$1");
}

export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/** The initials of a name's capitalised words ("Korea Institute for National Unification" → "KINU"). */
function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
}

function isAcronym(short: string, long: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(short) && long.split(/\s+/).length >= 2 && initials(long) === short;
}

/** Why two names may be one entity, or null. */
export function nameMatch(x: string, y: string): DuplicateReason | null {
  const nx = normaliseName(x);
  const ny = normaliseName(y);
  if (!nx || !ny || nx === ny) return null;
  if (isAcronym(x, y) || isAcronym(y, x)) return "acronym";
  const [short, long] = nx.length <= ny.length ? [nx, ny] : [ny, nx];
  if (short.length >= 3 && ` ${long} `.includes(` ${short} `)) return "contains";
  const sx = skeleton(x);
  const sy = skeleton(y);
  const allowed = Math.min(sx.length, sy.length) >= 10 ? 2 : Math.min(sx.length, sy.length) >= 5 ? 1 : 0;
  if (sx === sy || editDistance(sx, sy, allowed) <= allowed) return "similar";
  return null;
}

/** Pairs of same-label entities that may be one, minus the dismissed pairs, most mentioned first. */
export function suggestDuplicates(entities: Entity[], dismissed: Set<string>, limit = 200): DuplicateSuggestion[] {
  const out: DuplicateSuggestion[] = [];
  const byLabel = new Map<EntityLabel, Entity[]>();
  for (const e of entities) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e]);
  for (const [label, group] of byLabel) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Entity;
        const b = group[j] as Entity;
        if (dismissed.has(pairKey(a.id, b.id))) continue;
        const found = firstMatch(a, b);
        if (found) out.push({ a, b, label, reason: found.reason, names: found.names });
      }
    }
  }
  const weight = (s: DuplicateSuggestion) => s.a.mentions + s.b.mentions;
  return out
    .sort((x, y) => weight(y) - weight(x) || pairKey(x.a.id, x.b.id).localeCompare(pairKey(y.a.id, y.b.id)))
    .slice(0, limit);
}

function firstMatch(a: Entity, b: Entity): { reason: DuplicateReason; names: [string, string] } | null {
  const an = [a.name, ...a.aliases.filter((x) => x !== a.name)];
  const bn = [b.name, ...b.aliases.filter((x) => x !== b.name)];
  for (const x of an)
    for (const y of bn) {
      const reason = nameMatch(x, y);
      if (reason) return { reason, names: [x, y] };
    }
  return null;
}
