// Who may call what: a Host allow-list against DNS rebinding, then (when tokens are set) a
// bearer token or the HttpOnly SameSite=Strict login cookie on every route, with two roles:
// readers browse, query and export; editors also write (ingest, corrections, any other write).
import crypto from "node:crypto";
import type { Request, RequestHandler } from "express";
import { httpError } from "./errors.ts";

export type Role = "reader" | "editor";

export interface AuthOptions {
  /** Host names (no port) the server answers to. */
  allowedHosts: string[];
  /** Editor and reader tokens; none set: no login (loopback only, every caller is an editor). */
  editorToken?: string;
  readerToken?: string;
}

export const SESSION_COOKIE = "kgx_session";
/** POST routes that only read: every other non-GET route needs the editor role. */
const READ_POSTS = new Set(["/api/cypher", "/api/export", "/api/login", "/api/logout"]);
const OPEN = new Set(["/api/health", "/api/login", "/api/logout", "/login"]);

const digest = (s: string) => crypto.createHash("sha256").update(s).digest();
const same = (a: Buffer, b: Buffer) => a.length === b.length && crypto.timingSafeEqual(a, b);

/** The session cookie's value for a token: a digest, so the cookie never holds the token itself. */
export function sessionValue(token: string): string {
  return crypto.createHash("sha256").update(`kgx-session|${token}`).digest("hex");
}

function cookieOf(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

export class Auth {
  private readonly tokens: Array<[Role, string]>;

  constructor(private readonly opts: AuthOptions) {
    this.tokens = [];
    if (opts.editorToken) this.tokens.push(["editor", opts.editorToken]);
    if (opts.readerToken) this.tokens.push(["reader", opts.readerToken]);
  }

  get enabled(): boolean {
    return this.tokens.length > 0;
  }

  /** The role a presented token (or cookie value) carries, or null. */
  roleOfToken(token: string | undefined): Role | null {
    if (!token) return null;
    for (const [role, t] of this.tokens) if (same(digest(token), digest(t))) return role;
    return null;
  }

  private roleOfSession(value: string | undefined): Role | null {
    if (!value) return null;
    for (const [role, t] of this.tokens) if (same(digest(value), digest(sessionValue(t)))) return role;
    return null;
  }

  roleOf(req: Request): Role | null {
    if (!this.enabled) return "editor";
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim();
    return this.roleOfToken(bearer) ?? this.roleOfSession(cookieOf(req, SESSION_COOKIE));
  }

  /** Refuses any Host header not on the allow-list (DNS rebinding), as JSON. */
  hosts(): RequestHandler {
    const allowed = new Set(this.opts.allowedHosts.map((h) => h.toLowerCase()));
    return (req, res, next) => {
      const host = (req.headers.host ?? "").toLowerCase().replace(/:\d+$/, "");
      if (allowed.has(host)) return next();
      const { status, body } = httpError(421, "HostRefused", `http: host ${JSON.stringify(host)} is not allowed`);
      res.status(status).json(body);
    };
  }

  /** Every route but health and login needs a role; writes need the editor's. Pages redirect to /login. */
  guard(): RequestHandler {
    return (req, res, next) => {
      if (!this.enabled || OPEN.has(req.path)) return next();
      const role = this.roleOf(req);
      const api = req.path.startsWith("/api/");
      if (!role) {
        if (!api && req.method === "GET") return res.redirect(303, "/login");
        const { status, body } = httpError(401, "Unauthorized", "http: log in first (bearer token or /login)");
        return res.status(status).json(body);
      }
      const writes = req.method !== "GET" && req.method !== "HEAD" && !READ_POSTS.has(req.path);
      if (writes && role !== "editor") {
        const { status, body } = httpError(403, "Forbidden", "http: this needs the editor role");
        return res.status(status).json(body);
      }
      res.locals.role = role;
      next();
    };
  }
}
