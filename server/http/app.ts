// createApp(deps): the express app with the JSON API and the built client. It never
// listens, so tests start it on port 0.
import fs from "node:fs";
import path from "node:path";
import express, { type Express, type RequestHandler } from "express";
import type { ArticleService } from "../services/articles.ts";
import type { ExploreService } from "../services/explore.ts";
import type { UrlIngestService } from "../services/url-ingest.ts";
import type { IngestService } from "../services/ingest.ts";
import type { ExportService } from "../services/export.ts";
import type { QueryService } from "../services/query.ts";
import type { CorrectionsService } from "../services/corrections.ts";
import { Auth, type AuthOptions } from "./middleware/auth.ts";
import { createLogger, type Logger } from "../log/logger.ts";
import { errorHandler, notFoundApi } from "./middleware/errors.ts";
import { requestLog } from "./middleware/request-log.ts";
import { limitPerMinute, securityHeaders } from "./middleware/security.ts";
import { articleListRoutes } from "./routes/article-list.ts";
import { articleRoutes } from "./routes/articles.ts";
import { correctionRoutes } from "./routes/corrections.ts";
import { exploreRoutes } from "./routes/explore.ts";
import { exportRoutes } from "./routes/export.ts";
import { loginRoutes } from "./routes/login.ts";
import { queryRoutes } from "./routes/query.ts";

export interface AppDeps {
  explore: ExploreService;
  ingest: IngestService;
  query: QueryService;
  exporter: ExportService;
  /** Analysts' corrections (routes under /api/corrections, /api/duplicates, /api/review). */
  corrections?: CorrectionsService;
  /** The article list, removal and timeline; with `urls`, POST /api/articles/url. */
  articles?: ArticleService;
  urls?: UrlIngestService;
  /** Maximum JSON body size in bytes. */
  maxBodyBytes: number;
  /** Requests per minute and client on POST /api/cypher (and exports of a query), /api/articles, /api/export. */
  rateLimits?: { cypher: number; articles: number; exports?: number };
  /** Folder of the built client; omitted: API only. */
  clientDir?: string;
  /** Extra middleware mounted before the client (e.g. Vite in dev mode). */
  clientMiddleware?: RequestHandler;
  /** Host allow-list and tokens; default: loopback host names, no login. */
  auth?: AuthOptions;
  /** Where the request log goes (one JSON line per request); default: stdout at info. */
  log?: Logger;
}

export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.use(requestLog(deps.log ?? createLogger("info")));
  if (!deps.clientMiddleware) app.use(securityHeaders());
  const auth = new Auth(deps.auth ?? { allowedHosts: LOOPBACK_HOSTS });
  app.use(auth.hosts());
  app.use(auth.guard());
  app.use(loginRoutes(auth));
  const limits = deps.rateLimits ?? { cypher: 300, articles: 120 };
  const api = express.Router();
  const cypherLimit = limitPerMinute(limits.cypher, "query");
  api.post("/cypher", cypherLimit);
  api.post("/articles", limitPerMinute(limits.articles, "ingest"));
  api.post("/articles/url", limitPerMinute(limits.articles, "ingest"));
  api.post("/articles/file", limitPerMinute(limits.articles, "ingest"));
  api.post("/export", limitPerMinute(limits.exports ?? 30, "export"));
  api.use(express.json({ limit: deps.maxBodyBytes }));
  // An export of a Cypher result runs the query: it counts against the same per-client Cypher budget.
  api.post("/export", (req, res, next) => (req.body?.selection?.query ? cypherLimit(req, res, next) : next()));
  api.get("/health", (_req, res) => {
    res.json(deps.explore.health());
  });
  api.use(exploreRoutes(deps.explore));
  if (deps.articles) api.use(articleListRoutes(deps.articles, deps.ingest, deps.urls));
  api.use(articleRoutes(deps.ingest));
  api.use(queryRoutes(deps.query));
  api.use(exportRoutes(deps.exporter));
  if (deps.corrections) api.use(correctionRoutes(deps.corrections));
  api.use(notFoundApi);
  api.use(errorHandler);
  app.use("/api", api);

  if (deps.clientMiddleware) app.use(deps.clientMiddleware);
  if (deps.clientDir && fs.existsSync(path.join(deps.clientDir, "index.html"))) {
    const index = path.join(deps.clientDir, "index.html");
    app.use(express.static(deps.clientDir, { index: "index.html" }));
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(index));
  }
  app.use(errorHandler);
  return app;
}
