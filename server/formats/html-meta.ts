// Article metadata from an HTML page's head and markup: OpenGraph and article:* meta tags,
// citation_* (Highwire), JSON-LD NewsArticle, <time datetime> and a byline, first found wins.
import type { ArticleMetadata } from "../core/model/types.ts";
import { isoDate } from "./meta-values.ts";

interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface Doc {
  querySelector(sel: string): El | null;
  querySelectorAll(sel: string): ArrayLike<El>;
}

function meta(doc: Doc, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ["property", "name", "itemprop"]) {
      const v = doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute("content")?.trim();
      if (v) return v;
    }
  }
  return undefined;
}

type Json = Record<string, unknown>;
const NEWS_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|WebPage)$/;

function ldObjects(doc: Doc): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v as Json);
      if ("@graph" in v) visit((v as Json)["@graph"]);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // a broken JSON-LD block is ignored; the other sources still count
    }
  }
  const typed = (o: Json) => [o["@type"]].flat().some((t) => typeof t === "string" && NEWS_TYPES.test(t));
  return out
    .filter(typed)
    .sort((a, b) => Number(!String(a["@type"]).includes("News")) - Number(!String(b["@type"]).includes("News")));
}

function nameOf(v: unknown): string | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === "string") return first.trim() || undefined;
  if (first && typeof first === "object" && typeof (first as Json).name === "string") {
    return ((first as Json).name as string).trim() || undefined;
  }
  return undefined;
}

function clean(s: string | null | undefined): string | undefined {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t || undefined;
}

function byline(doc: Doc): string | undefined {
  const el = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author, [class*="byline"]');
  return clean(el?.textContent)
    ?.replace(/^by\s+/i, "")
    .slice(0, 200);
}

/** Everything the page says about itself; fields it does not give are absent. */
export function htmlMetadata(doc: Doc): ArticleMetadata & { title?: string } {
  const ld = ldObjects(doc)[0];
  const url =
    meta(doc, "og:url", "citation_public_url", "citation_abstract_html_url") ?? (ld?.url as string | undefined);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const publisher =
    meta(doc, "og:site_name", "citation_journal_title", "citation_publisher", "application-name") ??
    nameOf(ld?.publisher);
  const published = isoDate(
    meta(doc, "article:published_time", "citation_publication_date", "citation_date", "datePublished", "date") ??
      (ld?.datePublished as string | undefined) ??
      doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
      undefined,
  );
  const author = meta(doc, "author", "article:author", "citation_author") ?? nameOf(ld?.author) ?? byline(doc);
  const title = clean(meta(doc, "og:title", "citation_title") ?? (ld?.headline as string | undefined));
  const out: ArticleMetadata & { title?: string } = {};
  const link = clean(url ?? canonical);
  if (link && /^https?:\/\//i.test(link)) out.url = link;
  if (clean(publisher)) out.publisher = clean(publisher);
  if (published) out.published = published;
  if (clean(author) && !/^https?:\/\//i.test(author!)) out.author = clean(author);
  if (title) out.title = title;
  return out;
}
