// Ingest from a URL: fetch the page behind the SSRF guard, take its main text and metadata
// (Readability for HTML), and ingest it with the page's final URL.
import type { IngestResult } from "../core/model/types.ts";
import type { FetchPage } from "../core/service-ports.ts";
import { toArticleInput } from "../formats/index.ts";
import type { IngestService } from "./ingest.ts";

function fileNameFor(url: string, contentType: string): string {
  const last = new URL(url).pathname.split("/").filter(Boolean).pop() ?? "index";
  const base = last.replace(/\.[a-z0-9]+$/i, "") || "index";
  const ext = /html|xhtml/i.test(contentType) ? "html" : /markdown/i.test(contentType) ? "md" : "txt";
  return `${base}.${ext}`;
}

export class UrlIngestService {
  constructor(
    private readonly ingest: IngestService,
    private readonly fetchPage: FetchPage,
  ) {}

  async ingestUrl(url: string, overrides: { publisher?: string; published?: string } = {}): Promise<IngestResult> {
    const page = await this.fetchPage(url);
    const input = toArticleInput(fileNameFor(page.url, page.contentType), page.body);
    return this.ingest.ingest({ ...input, source: page.url, url: input.url ?? page.url, ...overrides });
  }
}
