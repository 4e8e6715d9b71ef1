// Markdown front matter (a leading `---` block of `key: value` lines) and `.source` sidecars
// (first line the URL, then `key: value` lines) as article metadata.
import type { ArticleMetadata } from "../core/model/types.ts";
import { metadataFromPairs, parsePairs } from "./meta-values.ts";

/** Splits a front matter block off a Markdown text; `body` is the rest, unchanged. */
export function splitFrontMatter(md: string): { meta: ArticleMetadata & { title?: string }; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(md);
  if (!m) return { meta: {}, body: md };
  return { meta: metadataFromPairs(parsePairs(m[1]!.split(/\r?\n/))), body: md.slice(m[0].length) };
}

/** A `FILE.source` sidecar: the first non-empty line is the URL when it is one; then `key: value` lines. */
export function parseSidecar(text: string): ArticleMetadata & { title?: string } {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const first = lines[0] ?? "";
  const pairs = parsePairs(/^https?:\/\//i.test(first) ? lines.slice(1) : lines);
  if (/^https?:\/\/\S+$/i.test(first) && !pairs.url) pairs.url = first;
  return metadataFromPairs(pairs);
}
