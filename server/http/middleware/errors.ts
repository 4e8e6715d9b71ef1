// Maps typed errors to HTTP statuses; every error answer is JSON with a message and
// never a stack trace.
import type { ErrorRequestHandler, RequestHandler } from "express";
import type { ErrorBody } from "../../core/model/error-body.ts";
import {
  Conflict,
  ExtractionTimeout,
  InvalidInput,
  KgxError,
  NotFound,
  QueryRefused,
  QueryTimeout,
  StoreUnavailable,
  TooLarge,
} from "../../core/errors.ts";

const STATUS: Array<[new (...a: never[]) => KgxError, number]> = [
  [InvalidInput, 400],
  [QueryRefused, 400],
  [NotFound, 404],
  [Conflict, 409],
  [TooLarge, 413],
  [ExtractionTimeout, 422],
  [QueryTimeout, 504],
  [StoreUnavailable, 503],
];

export function httpError(
  status: number,
  type: string,
  message: string,
  extra: Omit<ErrorBody["error"], "type" | "message"> = {},
): { status: number; body: ErrorBody } {
  return { status, body: { error: { type, message, ...extra } } };
}

export function toHttpError(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof KgxError) {
    const status = STATUS.find(([cls]) => err instanceof cls)?.[1] ?? 500;
    const extra = err instanceof QueryRefused ? { line: err.line, column: err.column } : {};
    return httpError(status, err.name, err.message, extra);
  }
  const e = err as { type?: string; status?: number; message?: string };
  if (e?.type === "entity.too.large") return httpError(413, "TooLarge", "http: the request body is too large");
  if (e?.type === "entity.parse.failed") return httpError(400, "InvalidInput", "http: the body is not valid JSON");
  if (typeof e?.status === "number" && e.status >= 400 && e.status < 500) {
    return httpError(e.status, "InvalidInput", `http: ${e.message ?? "bad request"}`);
  }
  return httpError(500, "InternalError", "http: internal error");
}

export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  const { status, body } = toHttpError(err);
  // The request's log line (request-log.ts) carries an unexpected error with its stack; the answer never does.
  if (status >= 500 && !(err instanceof KgxError)) Object.assign(res, { err });
  res.status(status).json(body);
};

export const notFoundApi: RequestHandler = (req, res) => {
  const { status, body } = httpError(404, "NotFound", `http: no route ${req.method} ${req.path}`);
  res.status(status).json(body);
};
