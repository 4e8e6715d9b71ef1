// Article text from an HTML page: Mozilla Readability on a linkedom document finds the
// article; its block elements become paragraphs, so sentences and offsets stay sensible.
import { createRequire } from "node:module";
import type { ArticleMetadata } from "../core/model/types.ts";
import { htmlMetadata } from "./html-meta.ts";

type Readers = {
  Readability: typeof import("@mozilla/readability").Readability;
  parseHTML: typeof import("linkedom").parseHTML;
};
let readers: Readers | null = null;

/** Loaded on the first HTML page: the DOM and Readability add half a second to every start. */
function load(): Readers {
  if (!readers) {
    const require = createRequire(import.meta.url);
    readers = { Readability: require("@mozilla/readability").Readability, parseHTML: require("linkedom").parseHTML };
  }
  return readers;
}

const BLOCKS = "h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td";

function paragraphs(root: {
  querySelectorAll(sel: string): ArrayLike<{ textContent: string | null; querySelector(s: string): unknown }>;
}): string[] {
  const out: string[] = [];
  for (const node of Array.from(root.querySelectorAll(BLOCKS))) {
    if (node.querySelector(BLOCKS)) continue;
    const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) out.push(text);
  }
  return out;
}

export function htmlToArticle(html: string): ArticleMetadata & { title?: string; text: string } {
  const { Readability, parseHTML } = load();
  const { document } = parseHTML(html);
  // Read before Readability, which rewrites the document.
  const meta = htmlMetadata(document as unknown as Parameters<typeof htmlMetadata>[0]);
  const h1 = (document.querySelector("article h1, main h1, h1")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const title = (parsed?.title ?? document.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
  let body: string[] = [];
  if (parsed?.content) body = paragraphs(parseHTML(`<html><body>${parsed.content}</body></html>`).document);
  if (body.length === 0) body = [(parsed?.textContent ?? document.body?.textContent ?? "").replace(/\s+/g, " ").trim()];
  const { title: metaTitle, ...rest } = meta;
  const byline = parsed?.byline
    ?.replace(/\s+/g, " ")
    .replace(/^by\s+/i, "")
    .trim();
  const extra: ArticleMetadata = {
    ...(parsed?.siteName ? { publisher: parsed.siteName.trim() } : {}),
    ...(byline && byline.length < 200 ? { author: byline } : {}),
    ...rest,
  };
  const best = headline(metaTitle, h1, title, extra.publisher);
  const text = [best, ...body.filter((p, i) => !(i === 0 && (p === title || p === best)))].filter(Boolean).join("\n\n");
  return { ...extra, ...(best ? { title: best } : {}), text };
}

/** The page's headline: og:title, else its <h1>, else the <title> without a " | Site" suffix. */
function headline(og: string | undefined, h1: string, title: string, site: string | undefined): string {
  if (og && og.length <= 300) return og;
  if (h1 && h1.length <= 300) return h1;
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length > 1 && (!site || parts[parts.length - 1]!.includes(site))) return parts.slice(0, -1).join(" - ");
  return title;
}
