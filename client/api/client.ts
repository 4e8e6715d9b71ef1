// Typed fetch client for the kgx HTTP API (same origin): one function per endpoint,
// and ApiError carrying the server's {"error":{"type","message"}} body.
import { neutraliseBidiDeep } from "../../server/core/model/bidi.ts";
import type { ArticleDetail, EntityDetail, EntitySummary, GraphData, Stats } from "../../server/core/model/types.ts";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(`api: ${message}`);
    this.name = "ApiError";
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { headers: { accept: "application/json" }, signal });
  } catch (err) {
    if (err instanceof DOMException && err.name === "AbortError") throw err;
    throw new ApiError(0, "NetworkError", `cannot reach the server (${String(err)})`);
  }
  const body: unknown = neutraliseBidiDeep(await res.json().catch(() => null)); // shown as text: no bidi reordering
  if (!res.ok) {
    const e = (body as { error?: { type?: unknown; message?: unknown } } | null)?.error;
    const type = typeof e?.type === "string" ? e.type : "HttpError";
    const message = typeof e?.message === "string" ? e.message : `${res.status} ${res.statusText} for ${path}`;
    throw new ApiError(res.status, type, message);
  }
  if (body === null) throw new ApiError(res.status, "BadResponse", `no JSON body for ${path}`);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  stats: (signal?: AbortSignal) => getJson<Stats>("/api/stats", signal),
  graph: (limit: number, signal?: AbortSignal) => getJson<GraphData>(`/api/graph?limit=${limit}`, signal),
  searchEntities: (q: string, limit = 20, signal?: AbortSignal) =>
    getJson<{ entities: EntitySummary[] }>(`/api/entities?search=${enc(q)}&limit=${limit}`, signal),
  entity: (id: string, signal?: AbortSignal) => getJson<EntityDetail>(`/api/entities/${enc(id)}`, signal),
  neighbourhood: (id: string, hops = 1, limit = 50, signal?: AbortSignal) =>
    getJson<GraphData>(`/api/entities/${enc(id)}/neighbourhood?hops=${hops}&limit=${limit}`, signal),
  article: (id: string, signal?: AbortSignal) => getJson<ArticleDetail>(`/api/articles/${enc(id)}`, signal),
};
