// Typed calls for adding and managing news: post a text or a URL, list and delete articles,
// the claims timeline. Errors are ApiError with the server's typed message.
import { neutraliseBidiDeep } from "../../server/core/model/bidi.ts";
import type { ArticleSummary, IngestResult, Timeline } from "../../server/core/model/types.ts";
import { ApiError } from "./client.ts";

async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers: body === undefined ? { accept: "application/json" } : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (err) {
    throw new ApiError(0, "NetworkError", `cannot reach the server (${String(err)})`);
  }
  const json: unknown = neutraliseBidiDeep(await res.json().catch(() => null)); // shown as text: no bidi reordering
  if (!res.ok) {
    const e = (json as { error?: { type?: unknown; message?: unknown } } | null)?.error;
    throw new ApiError(
      res.status,
      typeof e?.type === "string" ? e.type : "HttpError",
      typeof e?.message === "string" ? e.message : `${res.status} ${res.statusText}`,
    );
  }
  return { status: res.status, body: json as T };
}

/** What the dialog sends for a pasted text. */
export interface TextArticle {
  text: string;
  title?: string;
  source?: string;
}

export const newsApi = {
  postText: async (a: TextArticle) => (await call<IngestResult>("POST", "/api/articles", a)).body,
  postFile: async (filename: string, content: string) =>
    (await call<IngestResult>("POST", "/api/articles/file", { filename, content })).body,
  postUrl: async (url: string) => (await call<IngestResult>("POST", "/api/articles/url", { url })).body,
  articles: async () => (await call<{ articles: ArticleSummary[] }>("GET", "/api/articles")).body.articles,
  remove: async (id: string) => void (await call("DELETE", `/api/articles/${encodeURIComponent(id)}`)),
  timeline: async (bucket: "day" | "week") => (await call<Timeline>("GET", `/api/timeline?bucket=${bucket}`)).body,
};

/** Fired on window when articles were added or removed, so counts, graph and lists follow. */
export const NEWS_CHANGED = "kgx:news-changed";

export function announceNewsChanged(): void {
  window.dispatchEvent(new CustomEvent(NEWS_CHANGED));
}

export function onNewsChanged(cb: () => void): void {
  window.addEventListener(NEWS_CHANGED, cb);
}
