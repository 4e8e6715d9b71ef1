// Normalises metadata values from pages, front matter, sidecars and flags: dates become
// ISO (YYYY-MM-DD, or a UTC date-time when the source gives a time), unknown fields drop out.
import type { ArticleMetadata } from "../core/model/types.ts";

/** An ISO date from the common shapes ("2024-11-05", "2024-11-05T10:00:00+02:00", "5 Nov 2024"); else undefined. */
export function isoDate(raw: string | null | undefined): string | undefined {
  const s = (raw ?? "").trim();
  if (!s) return undefined;
  const day =
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s) ?? /^(\d{4})\/(\d{2})\/(\d{2})$/.exec(s);
  if (day) {
    const [, y, m, d] = day;
    const t = Date.UTC(Number(y), Number(m) - 1, Number(d));
    const back = new Date(t);
    if (back.getUTCMonth() !== Number(m) - 1 || back.getUTCDate() !== Number(d)) return undefined;
    return `${y}-${m}-${d}`;
  }
  const t = Date.parse(s);
  if (!Number.isFinite(t)) return undefined;
  const when = new Date(t);
  if (/\d{1,2}:\d{2}/.test(s)) return when.toISOString().replace(/\.000Z$/, "Z");
  // A date without a time of day was parsed as local midnight: keep that calendar day.
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** Metadata from `key: value` pairs (front matter, sidecars); keys are case-insensitive. */
export function metadataFromPairs(pairs: Record<string, string>): ArticleMetadata & { title?: string } {
  const get = (...keys: string[]) => {
    for (const k of keys) {
      const v = pairs[k]?.trim().replace(/^["']|["']$/g, "");
      if (v) return v;
    }
    return undefined;
  };
  const out: ArticleMetadata & { title?: string } = {};
  const url = get("url", "link", "source", "canonical_url");
  if (url && /^https?:\/\//i.test(url)) out.url = url;
  const publisher = get("publisher", "outlet", "site", "site_name", "source_name");
  if (publisher) out.publisher = publisher;
  const published = isoDate(get("published", "date", "published_at", "pubdate", "datepublished"));
  if (published) out.published = published;
  const author = get("author", "byline", "authors");
  if (author) out.author = author;
  const title = get("title", "headline");
  if (title) out.title = title;
  return out;
}

/** `key: value` lines into a lower-cased map (the first value of a key wins). */
export function parsePairs(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const m = /^\s*([A-Za-z][\w -]*?)\s*:\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1]!.toLowerCase().replace(/[ -]/g, "_");
    if (!(key in out) && m[2]) out[key] = m[2];
  }
  return out;
}
