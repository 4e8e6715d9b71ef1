// The ports the services are given besides the GraphStore: the export format registry and the
// page fetcher. Their implementations (server/export, server/fetch) are wired in server/main.ts.
import type { ExportBundle } from "./graph/export-bundle.ts";
import type { ExportFormatInfo } from "./model/export.ts";

/** A format of the registry: what GET /api/export/formats lists (shared with the client), and its writer. */
export interface ExportFormat extends ExportFormatInfo {
  write(bundle: ExportBundle): string;
}

/** The formats an export can be rendered in, in menu order. */
export interface ExportFormats {
  list(): readonly ExportFormat[];
  get(id: string): ExportFormat | undefined;
}

/** A page fetched from a URL (after redirects), as the fetcher decoded it. */
export interface FetchedPage {
  url: string;
  contentType: string;
  body: string;
}

/** Fetches a URL behind the SSRF guard, with its time and size limits already bound. */
export type FetchPage = (url: string) => Promise<FetchedPage>;
