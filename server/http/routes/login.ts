// The login screen and session routes: GET /login is a plain HTML form (no script, so the strict
// CSP holds), POST /api/login sets the HttpOnly SameSite=Strict cookie, GET /api/session tells the role.
import express, { Router } from "express";
import { z } from "zod";
import { type Auth, SESSION_COOKIE, sessionValue } from "../middleware/auth.ts";
import { httpError } from "../middleware/errors.ts";
import { limitPerMinute } from "../middleware/security.ts";
import { parse } from "../parse.ts";

const body = z.object({ token: z.string().min(1).max(4_096) });
const MAX_AGE_S = 12 * 3600;

function loginPage(failed: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>kgx — log in</title><link rel="icon" href="data:,">
<style>body{font:16px system-ui,sans-serif;background:#f4f5f7;display:grid;place-items:center;min-height:100vh;margin:0}
form{background:#fff;padding:2rem 2.5rem;border-radius:8px;box-shadow:0 2px 12px #0002;display:grid;gap:.8rem;width:min(22rem,90vw)}
h1{font-size:1.3rem;margin:0 0 .4rem}input{font:inherit;padding:.5rem;border:1px solid #bbb;border-radius:4px}
button{font:inherit;padding:.55rem;border:0;border-radius:4px;background:#2857c5;color:#fff;cursor:pointer}
.err{color:#b00020;margin:0}.hint{color:#666;font-size:.85rem;margin:0}</style></head>
<body><form method="post" action="/api/login" data-testid="login-form">
<h1>kgx — news knowledge graph</h1>
${failed ? '<p class="err" role="alert">That token is not valid.</p>' : ""}
<label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Log in</button>
<p class="hint">Ask the operator for a reader or editor token (KGX_READER_TOKEN / KGX_AUTH_TOKEN).</p>
</form></body></html>`;
}

export function loginRoutes(auth: Auth): Router {
  const r = Router();
  r.get("/login", (req, res) => {
    if (!auth.enabled) return res.redirect(303, "/");
    res.type("html").send(loginPage(req.query.failed !== undefined));
  });
  r.post(
    "/api/login",
    limitPerMinute(20, "login"),
    express.json({ limit: 8_192 }),
    express.urlencoded({ extended: false, limit: 8_192 }),
    (req, res) => {
      const form = req.is("application/x-www-form-urlencoded");
      const { token } = parse(body, req.body ?? {});
      const role = auth.roleOfToken(token);
      if (!role) {
        if (form) return res.redirect(303, "/login?failed");
        const { status, body: err } = httpError(401, "Unauthorized", "http: that token is not valid");
        return res.status(status).json(err);
      }
      res.cookie(SESSION_COOKIE, sessionValue(token), {
        httpOnly: true,
        sameSite: "strict",
        secure: req.secure,
        path: "/",
        maxAge: MAX_AGE_S * 1000,
      });
      if (form) return res.redirect(303, "/");
      res.json({ role });
    },
  );
  r.post("/api/logout", (_req, res) => {
    res.clearCookie(SESSION_COOKIE, { path: "/" });
    res.json({ ok: true });
  });
  r.get("/api/session", (_req, res) => {
    res.json({ auth: auth.enabled, role: res.locals.role ?? "editor" });
  });
  return r;
}
