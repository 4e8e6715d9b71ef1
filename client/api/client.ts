// The one HTTP client of the page (same origin): request() and ApiError for every call, and the
// explorer's, console's and export's endpoints; news and corrections add theirs on request().
import type {
  ArticleDetail,
  CanonicalGraph,
  EntityDetail,
  Entity,
  GraphData,
  SavedQuery,
  Stats,
  UserQueryResult,
} from "@core/model/types.ts";
import { neutraliseBidiDeep } from "@core/model/bidi.ts";
import { decodeCompactGraph, type CompactGraph } from "@core/model/compact-graph.ts";
import type { ErrorBody } from "@core/model/error-body.ts";
import type { ExportFormatInfo, ExportRequestBody, ExportSelection } from "@core/model/export.ts";

/** A failed call: the HTTP status (0 when the server was not reached), the server's error type and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    /** The server's error type ("QueryRefused", "LabelConflict"…), or NetworkError / HttpError / BadResponse. */
    readonly code: string,
    /** The server's message as it sent it ("query: …"); `message` adds the "api: " prefix. */
    readonly detail: string,
    /** Where a query error is (1-based), when the engine says. */
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`api: ${detail}`);
    this.name = "ApiError";
  }
}

export interface RequestOptions {
  method?: "GET" | "POST" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** Fetch `path`; a non-2xx answer throws ApiError with the server's {"error":{type,message,line,column}}. */
async function send(path: string, opts: RequestOptions, accept: string): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: opts.method ?? "GET",
      headers: { accept, ...(opts.body === undefined ? {} : { "content-type": "application/json" }) },
      ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "NetworkError", `cannot reach the server (${String(err)})`);
  }
  if (res.ok) return res;
  const body: unknown = neutraliseBidiDeep(await res.json().catch(() => null));
  // Typed as the server sends it, read as unknown: a proxy may answer with anything.
  const e: Partial<Record<keyof ErrorBody["error"], unknown>> = (body as Partial<ErrorBody> | null)?.error ?? {};
  const code = typeof e.type === "string" ? e.type : "HttpError";
  const message = typeof e.message === "string" ? e.message : `${res.status} ${res.statusText} for ${path}`;
  throw new ApiError(res.status, code, message, num(e.line), num(e.column));
}

/** A JSON call. */
export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  const res = await send(path, opts, "application/json");
  const body: unknown = neutraliseBidiDeep(await res.json().catch(() => null)); // shown as text: no bidi reordering
  if (body === null) throw new ApiError(res.status, "BadResponse", `no JSON body for ${path}`);
  return body as T;
}

/** A call answered by a file: its bytes and the name the server gives it. */
export async function requestFile(
  path: string,
  opts: RequestOptions = {},
): Promise<{ blob: Blob; name: string | null }> {
  const res = await send(path, opts, "*/*");
  const name = /filename="?([^";]+)"?/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? null;
  return { blob: await res.blob(), name };
}

const enc = encodeURIComponent;

/** A graph answer in its compact form, decoded; an answer of another shape is a BadResponse. */
async function compactGraph(path: string, signal?: AbortSignal): Promise<GraphData> {
  const body = await request<CompactGraph>(path, { signal });
  try {
    return decodeCompactGraph(body);
  } catch (err) {
    throw new ApiError(200, "BadResponse", `not a compact graph from ${path}: ${(err as Error).message}`);
  }
}

export const api = {
  stats: (signal?: AbortSignal) => request<Stats>("/api/stats", { signal }),
  // The graph answers come in their compact form (about a fifth of the bytes, quicker to parse) and are decoded here.
  graph: (limit: number, signal?: AbortSignal) => compactGraph(`/api/graph?limit=${limit}&format=compact`, signal),
  searchEntities: (q: string, limit = 20, signal?: AbortSignal) =>
    request<{ entities: Entity[] }>(`/api/entities?search=${enc(q)}&limit=${limit}`, { signal }),
  entity: (id: string, signal?: AbortSignal) => request<EntityDetail>(`/api/entities/${enc(id)}`, { signal }),
  neighbourhood: (id: string, hops = 1, limit = 50, signal?: AbortSignal) =>
    compactGraph(`/api/entities/${enc(id)}/neighbourhood?hops=${hops}&limit=${limit}&format=compact`, signal),
  article: (id: string, signal?: AbortSignal) => request<ArticleDetail>(`/api/articles/${enc(id)}`, { signal }),

  /** A read-only Cypher query of the console; errors keep the engine's line and column. */
  cypher: (query: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    request<UserQueryResult>("/api/cypher", { method: "POST", body: { query, params }, signal }),
  savedQueries: async () => (await request<{ queries: SavedQuery[] }>("/api/queries")).queries,

  /** The server's export formats, as its registry lists them. */
  exportFormats: async () => (await request<{ formats: ExportFormatInfo[] }>("/api/export/formats")).formats,
  /** An export file of a selection, as the server renders it. */
  exportFile: (body: ExportRequestBody) => requestFile("/api/export", { method: "POST", body }),
  /** The canonical JSON of a selection (entities and claims). */
  exportJson: (selection: ExportSelection) =>
    request<CanonicalGraph>("/api/export", { method: "POST", body: { format: "json", selection } }),
};
