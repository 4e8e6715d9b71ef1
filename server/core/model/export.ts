// What client and server share about exports: a format as the registry lists it, the
// selection an export covers, and the body of POST /api/export.

/** One export format as GET /api/export/formats lists it (the writer stays on the server). */
export interface ExportFormatInfo {
  id: string;
  label: string;
  extension: string;
  contentType: string;
}

/** What an export covers: everything, some ids, an entity's N-hop neighbourhood, or a read-only query. */
export interface ExportSelection {
  all?: boolean;
  ids?: string[];
  entity?: string;
  hops?: number;
  query?: string;
  params?: Record<string, unknown>;
}

/** The body of POST /api/export. */
export interface ExportRequestBody {
  format: string;
  selection: ExportSelection;
  positions?: Record<string, { x: number; y: number }>;
  title?: string;
  /** Only claims dated in this period (YYYY-MM-DD, inclusive), and the entities they connect. */
  since?: string;
  until?: string;
}
