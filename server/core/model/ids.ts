// Stable ids derived from content: re-ingesting the same article gives the same ids,
// so MERGE never duplicates. Cryptographic (SHA-256) so nobody can forge another text with an
// existing id; pure (no node:crypto) so the core runs anywhere.
import { sha256Hex } from "./sha256.ts";
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

/** A 128-bit content digest: SHA-256 truncated to 32 hex characters (forging a collision is infeasible). */
export function contentHash(text: string): string {
  return sha256Hex(text).slice(0, 32);
}

/** Article ids come from the text alone, so the same text under another file name is the same article. */
export function articleId(text: string): string {
  return `a_${contentHash(text.replace(/\r\n?/g, "\n").trim())}`;
}

export function entityId(label: EntityLabel, canonicalName: string): string {
  const norm = normaliseName(canonicalName);
  const full = norm.replace(/ /g, "-");
  const slug = full.slice(0, 48);
  // A slug that holds the whole name is already unique per label, so a short suffix is only cosmetic;
  // a cut slug carries the full 128-bit digest so that two long names can never share an id.
  const digest = contentHash(`${label}|${norm}`);
  return `${label.toLowerCase()}:${slug}-${slug === full ? digest.slice(0, 8) : digest}`;
}

export function claimId(type: ClaimType, source: string, target: string, article: string, sentence: number): string {
  return `c_${contentHash(`${type}|${source}|${target}|${article}|${sentence}`)}`;
}
