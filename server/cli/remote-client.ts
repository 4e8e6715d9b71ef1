// The CLI's HTTP client for a running kgx server: the same operations as the local store,
// with the server's typed errors turned back into KgxError classes.
import {
  FetchFailed,
  FetchRefused,
  FetchTooLarge,
  InvalidInput,
  KgxError,
  NotFound,
  QueryRefused,
  QueryTimeout,
  StoreUnavailable,
  TooLarge,
  TransactionTooLarge,
} from "../core/errors.ts";
import type { ArticleInput, IngestResult, Stats, UserQueryResult } from "../core/model/types.ts";
import type { ExportFile, ExportRequest } from "../services/export.ts";
import type { CliBackend } from "./cli-backend.ts";

const CLASSES: Record<string, new (m: string) => KgxError> = {
  InvalidInput,
  NotFound,
  QueryRefused,
  QueryTimeout,
  StoreUnavailable,
  TooLarge,
  TransactionTooLarge,
  FetchFailed,
  FetchRefused,
  FetchTooLarge,
};

export class RemoteKgx implements CliBackend {
  constructor(readonly via: string) {}

  private async call(method: string, route: string, body?: unknown): Promise<Response> {
    for (let attempt = 0; ; attempt++) {
      const res = await fetch(new URL(route, this.via), {
        method,
        headers: body === undefined ? {} : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      // The server limits ingest requests per minute: wait as it says, then go on.
      if (res.status === 429 && attempt < 20) {
        const wait = Number(res.headers.get("retry-after") ?? /t=(\d+)/.exec(res.headers.get("ratelimit") ?? "")?.[1]);
        await new Promise((r) => setTimeout(r, (Number.isFinite(wait) ? Math.max(1, wait) : 5) * 1000));
        continue;
      }
      if (res.ok) return res;
      const err = (await res.json().catch(() => ({}))) as { error?: { type?: string; message?: string } };
      const Cls = CLASSES[err.error?.type ?? ""] ?? KgxError;
      throw new Cls(err.error?.message ?? `cli: the server answered HTTP ${res.status} to ${method} ${route}`);
    }
  }

  private async json<T>(method: string, route: string, body?: unknown): Promise<T> {
    return (await (await this.call(method, route, body)).json()) as T;
  }

  stats(): Promise<Stats> {
    return this.json("GET", "/api/stats");
  }

  ingest(input: ArticleInput): Promise<IngestResult> {
    return this.json("POST", "/api/articles", input);
  }

  ingestUrl(url: string, overrides: { publisher?: string; published?: string } = {}): Promise<IngestResult> {
    return this.json("POST", "/api/articles/url", { url, ...overrides });
  }

  query(cypher: string, params: Record<string, unknown>): Promise<UserQueryResult> {
    return this.json("POST", "/api/cypher", { query: cypher, params });
  }

  async exportFile(req: ExportRequest): Promise<ExportFile> {
    const res = await this.call("POST", "/api/export", req);
    const disposition = res.headers.get("content-disposition") ?? "";
    return {
      filename: /filename="([^"]+)"/.exec(disposition)?.[1] ?? "export",
      contentType: (res.headers.get("content-type") ?? "").split(";")[0] ?? "",
      body: await res.text(),
    };
  }

  async remove(id: string): Promise<void> {
    await this.call("DELETE", `/api/articles/${encodeURIComponent(id)}`);
  }

  async close(): Promise<void> {}
}
