// Typed calls for adding and managing news: post a text or a URL, list and delete articles,
// the claims timeline. Errors are ApiError with the server's typed message.
import type { ArticleSummary, IngestResult, Timeline } from "@core/model/types.ts";
import { request } from "./client.ts";

/** What the dialog sends for a pasted text. */
export interface TextArticle {
  text: string;
  title?: string;
  source?: string;
}

export const newsApi = {
  postText: (a: TextArticle) => request<IngestResult>("/api/articles", { method: "POST", body: a }),
  postFile: (filename: string, content: string) =>
    request<IngestResult>("/api/articles/file", { method: "POST", body: { filename, content } }),
  postUrl: (url: string) => request<IngestResult>("/api/articles/url", { method: "POST", body: { url } }),
  articles: async () => (await request<{ articles: ArticleSummary[] }>("/api/articles")).articles,
  remove: async (id: string) => void (await request(`/api/articles/${encodeURIComponent(id)}`, { method: "DELETE" })),
  timeline: (bucket: "day" | "week") => request<Timeline>(`/api/timeline?bucket=${bucket}`),
};

/** Fired on window when articles were added or removed, so counts, graph and lists follow. */
export const NEWS_CHANGED = "kgx:news-changed";

export function announceNewsChanged(): void {
  window.dispatchEvent(new CustomEvent(NEWS_CHANGED));
}

export function onNewsChanged(cb: () => void): void {
  window.addEventListener(NEWS_CHANGED, cb);
}
