// Stable ids derived from content: re-ingesting the same article gives the same ids,
// so MERGE never duplicates. Pure (no node:crypto) so the core runs anywhere.
import type { ClaimType, EntityLabel } from "./labels.ts";

/** Normalises a name for identity: accents, case, hyphens, punctuation and a leading "the" ignored. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'`]s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/** A 64-bit hex digest (two independent 32-bit FNV-1a/murmur-mixed lanes); stable across platforms. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0");
}

/** Article ids come from the text alone, so the same text under another file name is the same article. */
export function articleId(text: string): string {
  return `a_${hash64(text.replace(/\r\n?/g, "\n").trim())}`;
}

export function entityId(label: EntityLabel, canonicalName: string): string {
  const norm = normaliseName(canonicalName);
  const slug = norm.replace(/ /g, "-").slice(0, 48);
  return `${label.toLowerCase()}:${slug}-${hash64(`${label}|${norm}`).slice(0, 8)}`;
}

export function claimId(type: ClaimType, source: string, target: string, article: string, sentence: number): string {
  return `c_${hash64(`${type}|${source}|${target}|${article}|${sentence}`)}`;
}
