// Composition root: config → store → services → app, and listen(). The CLI and the
// tests build kgx through these functions so they wire it the same way.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import type { RequestHandler } from "express";
import os from "node:os";
import { isLoopback, type Config } from "./config.ts";
import type { FreshStoreLoader, GraphStore } from "./core/ports.ts";
import { exportFormats } from "./export/index.ts";
import { fetchPage } from "./fetch/url-fetch.ts";
import { createApp, LOOPBACK_HOSTS } from "./http/app.ts";
import { createLogger, type Logger } from "./log/logger.ts";
import { CorrectionsService } from "./services/corrections.ts";
import { ArticleService } from "./services/articles.ts";
import { ExploreService } from "./services/explore.ts";
import { ExportService } from "./services/export.ts";
import { IngestService } from "./services/ingest.ts";
import { QueryService } from "./services/query.ts";
import { UrlIngestService } from "./services/url-ingest.ts";
import { loadSavedQueries } from "./store/saved-queries.ts";
import { openGrafeoStore } from "./store/grafeo/index.ts";
import { GrafeoFreshLoader } from "./store/grafeo/fresh-load.ts";
import { ExportPool } from "./workers/export-pool.ts";
import { ExtractPool } from "./workers/extract-pool.ts";
import type { Neo4jConfig } from "./store/neo4j/index.ts";

/** The export formats, for the CLI's help (the services are given the same registry). */
export { exportFormats };

export interface Kgx {
  store: GraphStore;
  ingest: IngestService;
  explore: ExploreService;
  query: QueryService;
  exporter: ExportService;
  /** Ends the extraction workers (server only) and closes the store. */
  close(): Promise<void>;
  corrections: CorrectionsService;
  articles: ArticleService;
  urls: UrlIngestService;
}

/** Opens the configured store; `server: true` holds Grafeo in a child process so user queries can be killed. */
export async function openStore(
  config: Pick<Config, "KGX_STORE" | "dataPath"> &
    Partial<Neo4jConfig> &
    Partial<
      Pick<
        Config,
        | "KGX_DB_MAX_RSS_MB"
        | "KGX_SHUTDOWN_MS"
        | "KGX_READ_CACHE_CLAIMS"
        | "KGX_READ_CACHE_DETAIL_CLAIMS"
        | "KGX_QUERY_SNAPSHOT_MS"
      >
    >,
  opts: { server?: boolean } = {},
): Promise<GraphStore> {
  if (config.KGX_STORE === "neo4j") {
    // Loaded only when used: the driver adds half a second to every start.
    const { neo4jOptions, openNeo4jStore } = await import("./store/neo4j/index.ts");
    return openNeo4jStore(neo4jOptions(config));
  }
  const limits = {
    maxRssBytes: (config.KGX_DB_MAX_RSS_MB ?? 2_048) * 2 ** 20,
    closeDeadlineMs: config.KGX_SHUTDOWN_MS ?? 5_000,
  };
  // The read cache serves the long-lived server; a one-shot CLI command would only pay for reading it.
  const readCache = opts.server
    ? {
        maxClaims: config.KGX_READ_CACHE_CLAIMS ?? 1_000_000,
        maxDetailClaims: config.KGX_READ_CACHE_DETAIL_CLAIMS ?? 200_000,
      }
    : undefined;
  const snapshotMaxAgeMs = config.KGX_QUERY_SNAPSHOT_MS ?? 0;
  return openGrafeoStore(config.dataPath, { isolated: Boolean(opts.server), limits, readCache, snapshotMaxAgeMs });
}

/** The configured store's bulk loader into a new store (`kgx import`), or null: Neo4j takes the regular write path. */
export function freshLoader(config: Pick<Config, "KGX_STORE" | "dataPath">): FreshStoreLoader | null {
  return config.KGX_STORE === "neo4j" ? null : new GrafeoFreshLoader(config.dataPath);
}

type ServiceConfig = Pick<Config, "KGX_MAX_ARTICLE_BYTES" | "KGX_QUERY_TIMEOUT_MS" | "KGX_QUERY_MAX_ROWS"> &
  Partial<
    Pick<
      Config,
      | "KGX_EXTRACT_TIMEOUT_MS"
      | "KGX_EXTRACT_WORKERS"
      | "KGX_AUTHOR"
      | "KGX_FETCH_ALLOW_PRIVATE"
      | "KGX_FETCH_TIMEOUT_MS"
      | "KGX_FETCH_MAX_BYTES"
      | "KGX_QUERY_MAX_BYTES"
      | "KGX_EXPORT_TIMEOUT_MS"
    >
  >;

/** `server: true` extracts articles in a worker pool with a time limit, off the main thread. */
export function buildServices(store: GraphStore, config: ServiceConfig, opts: { server?: boolean } = {}): Kgx {
  const limits = {
    timeoutMs: config.KGX_QUERY_TIMEOUT_MS,
    maxRows: config.KGX_QUERY_MAX_ROWS,
    maxBytes: config.KGX_QUERY_MAX_BYTES ?? 20_000_000,
  };
  const pool = opts.server
    ? new ExtractPool({ timeoutMs: config.KGX_EXTRACT_TIMEOUT_MS ?? 20_000, size: config.KGX_EXTRACT_WORKERS })
    : null;
  const extract = pool ? (input: Parameters<ExtractPool["extract"]>[0]) => pool.extract(input) : undefined;
  const ingest = new IngestService(store, { maxArticleBytes: config.KGX_MAX_ARTICLE_BYTES, extract });
  const fetchOptions = {
    allowPrivate: config.KGX_FETCH_ALLOW_PRIVATE === "1",
    timeoutMs: config.KGX_FETCH_TIMEOUT_MS ?? 15_000,
    maxBytes: config.KGX_FETCH_MAX_BYTES ?? 10_000_000,
  };
  const exportPool = opts.server ? new ExportPool({ timeoutMs: config.KGX_EXPORT_TIMEOUT_MS ?? 60_000 }) : null;
  return {
    store,
    close: async () => {
      await pool?.close();
      await exportPool?.close();
      await store.close();
    },
    ingest,
    articles: new ArticleService(store),
    urls: new UrlIngestService(ingest, (url) => fetchPage(url, fetchOptions)),
    explore: new ExploreService(store),
    query: new QueryService(store, limits, loadSavedQueries()),
    exporter: new ExportService(
      store,
      exportFormats,
      limits,
      exportPool ? (format, bundle) => exportPool.run({ format, bundle }) : undefined,
    ),
    corrections: new CorrectionsService(store, config.KGX_AUTHOR ?? "analyst"),
  };
}

export interface Listening {
  server: Server;
  url: string;
  /** Listening on every interface (HOST=0.0.0.0 or ::), not only `url`'s. */
  everywhere: boolean;
  close(): Promise<void>;
}

export async function listen(
  kgx: Kgx,
  config: Pick<
    Config,
    "PORT" | "HOST" | "KGX_MAX_ARTICLE_BYTES" | "KGX_RATE_CYPHER_PER_MIN" | "KGX_RATE_ARTICLES_PER_MIN"
  > &
    Partial<
      Pick<
        Config,
        "KGX_AUTH_TOKEN" | "KGX_READER_TOKEN" | "KGX_ALLOWED_HOSTS" | "KGX_RATE_EXPORTS_PER_MIN" | "KGX_LOG_LEVEL"
      >
    >,
  client: { clientDir?: string; clientMiddleware?: RequestHandler; log?: Logger } = {},
): Promise<Listening> {
  if (!isLoopback(config.HOST) && !config.KGX_AUTH_TOKEN) {
    throw new Error(
      `config: HOST=${config.HOST} listens beyond this machine: set KGX_AUTH_TOKEN (or KGX_AUTH_TOKEN_FILE) so every route needs a login`,
    );
  }
  const allowedHosts = config.KGX_ALLOWED_HOSTS
    ? config.KGX_ALLOWED_HOSTS.split(",")
        .map((h) => h.trim())
        .filter(Boolean)
    : [
        ...LOOPBACK_HOSTS,
        ...(isLoopback(config.HOST)
          ? []
          : [os.hostname(), ...(config.HOST === "0.0.0.0" || config.HOST === "::" ? [] : [config.HOST])]),
      ];
  const app = createApp({
    log: client.log ?? createLogger(config.KGX_LOG_LEVEL ?? "info"),
    auth: { allowedHosts, editorToken: config.KGX_AUTH_TOKEN, readerToken: config.KGX_READER_TOKEN },
    explore: kgx.explore,
    ingest: kgx.ingest,
    query: kgx.query,
    exporter: kgx.exporter,
    corrections: kgx.corrections,
    articles: kgx.articles,
    urls: kgx.urls,
    maxBodyBytes: config.KGX_MAX_ARTICLE_BYTES * 2 + 64_000,
    rateLimits: {
      cypher: config.KGX_RATE_CYPHER_PER_MIN,
      articles: config.KGX_RATE_ARTICLES_PER_MIN,
      exports: config.KGX_RATE_EXPORTS_PER_MIN,
    },
    ...client,
  });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once("error", reject);
  });
  server.on("clientError", answerClientError);
  const { port } = server.address() as AddressInfo;
  const all = config.HOST === "0.0.0.0" || config.HOST === "::";
  const host = all ? os.hostname() : config.HOST.includes(":") ? `[${config.HOST}]` : config.HOST;
  return {
    server,
    url: `http://${host}:${port}/`,
    everywhere: all,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Requests Node refuses before express sees them (a 100k-character URL: 431) still get a JSON answer. */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) return void socket.destroy();
  const big = err.code === "HPE_HEADER_OVERFLOW";
  const status = big ? "431 Request Header Fields Too Large" : "400 Bad Request";
  const body = JSON.stringify({
    error: {
      type: big ? "TooLarge" : "InvalidInput",
      message: big ? "http: the URL or headers are too large" : "http: malformed request",
    },
  });
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
