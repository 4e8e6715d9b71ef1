// One JSON log line per request (pino-http): method, path (without the query string), status and
// duration in ms. Nothing else from the request is logged: no headers, tokens, cookies or bodies.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { pinoHttp } from "pino-http";
import type { Logger } from "../../log/logger.ts";

const pathOf = (req: IncomingMessage & { originalUrl?: string }): string =>
  (req.originalUrl ?? req.url ?? "").split("?")[0] ?? "";

export function requestLog(logger: Logger): RequestHandler {
  const middleware = pinoHttp({
    logger,
    quietReqLogger: true,
    customAttributeKeys: { responseTime: "ms" },
    serializers: {
      // pino-http hands its standard serialisation ({method, url: the original URL, headers…}): keep two fields.
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: (req.url ?? "").split("?")[0] }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
      // For a 5xx with no error of its own (a typed one: StoreUnavailable…) pino-http makes one up ("failed with
      // status code 503") whose stack is pino-http's: left out. An unexpected error (errors.ts) keeps its stack.
      err: (err: Error) =>
        /^failed with status code \d+$/.test(err.message)
          ? undefined
          : { type: err.name, message: err.message, stack: err.stack },
    },
    // A client's mistake (4xx) is routine; a 5xx is the server's.
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
  });
  return (req, res, next) => middleware(req, res, next);
}
