// What the reports say in words: names instead of entity ids, the links counted as the
// explorer draws them (one per pair of entities), a readable timestamp, article dates.
import type { ExportBundle } from "../core/graph/export-bundle.ts";
import { CLAIM_TYPES } from "../core/model/labels.ts";
import type { ArticleMeta, ClaimWithContext, GraphEdge } from "../core/model/types.ts";

/** Every entity id in `text` (e.g. an origin "Entity person:choe-…") replaced by its name. */
export function readable(b: Pick<ExportBundle, "nodes">, text: string): string {
  let out = text;
  // Longest ids first, so an id that prefixes another is not replaced inside it.
  for (const n of [...b.nodes].sort((x, y) => y.id.length - x.id.length))
    if (n.id && out.includes(n.id)) out = out.split(n.id).join(n.name);
  return out;
}

export interface LinkPart {
  type: string;
  count: number;
  /** From the pair's first entity to its second. */
  forward: boolean;
}

/** Edges between the same two entities, in either direction: one link, as the explorer draws it. */
export interface Link {
  a: string;
  b: string;
  parts: LinkPart[];
  count: number;
  bidirectional: boolean;
}

export function linksOf(edges: readonly GraphEdge[]): Link[] {
  const byPair = new Map<string, Link>();
  for (const e of edges) {
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}\u0000${b}`;
    const link = byPair.get(key) ?? { a, b, parts: [], count: 0, bidirectional: false };
    link.parts.push({ type: e.type, count: e.count, forward: e.source === a });
    link.count += e.count;
    byPair.set(key, link);
  }
  const rank = (t: string) => (CLAIM_TYPES as readonly string[]).indexOf(t);
  for (const l of byPair.values()) {
    l.bidirectional = l.parts.some((p) => p.forward) && l.parts.some((p) => !p.forward);
    l.parts.sort((x, y) => Number(y.forward) - Number(x.forward) || y.count - x.count || rank(x.type) - rank(y.type));
  }
  return [...byPair.values()];
}

/** "SAID ×2 · CONDEMNED", with → / ← per part when claims go both ways (the explorer's label). */
export function linkLabel(l: Link): string {
  return l.parts
    .map((p) => `${l.bidirectional ? (p.forward ? "→ " : "← ") : ""}${p.type}${p.count > 1 ? ` ×${p.count}` : ""}`)
    .join(" · ");
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "1 December 2026, 11:25 UTC" from an ISO timestamp (the input itself when it is not one). */
export function readableTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

/** An article's date for the claims table: published, else its own date, else the ingest day. */
export function articleDate(meta: ArticleMeta | undefined): string {
  if (!meta) return "";
  const m = meta as ArticleMeta & { published?: string; ingested?: string };
  return (m.published ?? m.date ?? m.ingested ?? "").slice(0, 10);
}

/** The article's address when it is a web address (the claims table links to it). */
export function articleUrl(meta: ArticleMeta | undefined): string | null {
  const url = (meta as (ArticleMeta & { url?: string }) | undefined)?.url ?? meta?.source ?? "";
  return /^https?:\/\//i.test(url) ? url : null;
}

/** "denied" / "hypothetical", or "" for a plain assertion. */
export function polarityWord(c: Pick<ClaimWithContext, "polarity">): string {
  return c.polarity && c.polarity !== "asserted" ? c.polarity : "";
}
