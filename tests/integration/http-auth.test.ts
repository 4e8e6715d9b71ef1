// Authentication and the Host allow-list: foreign Host headers are refused (DNS rebinding), the
// server will not listen beyond loopback without a token, and with tokens every route needs a
// bearer token or the login cookie (HttpOnly, SameSite=Strict); readers cannot write.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { listen } from "../../server/main.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const EDITOR = "editor-token-0123456789";
const READER = "reader-token-0123456789";

let open: TestServer;
let guarded: TestServer;
beforeAll(async () => {
  open = await startTestServer({ seeds: false, client: false });
  guarded = await startTestServer({
    seeds: false,
    env: { KGX_AUTH_TOKEN: EDITOR, KGX_READER_TOKEN: READER },
  });
});
afterAll(async () => {
  await open.close();
  await guarded.close();
});

/** A raw request with any Host header (fetch cannot set one). */
function withHost(url: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL("/api/stats", url), { headers: { host } }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const call = (path: string, init: RequestInit & { token?: string; cookie?: string } = {}) => {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.cookie) headers.cookie = init.cookie;
  return fetch(new URL(path, guarded.url), { ...init, headers, redirect: "manual" });
};

describe("Host allow-list", () => {
  it("answers loopback names and refuses any other Host with a JSON 421", async () => {
    const port = new URL(open.url).port;
    expect((await withHost(open.url, `127.0.0.1:${port}`)).status).toBe(200);
    expect((await withHost(open.url, `localhost:${port}`)).status).toBe(200);
    const evil = await withHost(open.url, `rebind.attacker.example:${port}`);
    expect(evil.status).toBe(421);
    expect(JSON.parse(evil.body).error.type).toBe("HostRefused");
  });
});

describe("listening beyond loopback", () => {
  it("refuses to start on 0.0.0.0 without KGX_AUTH_TOKEN", async () => {
    const config = loadConfig({ HOST: "0.0.0.0", PORT: "0" });
    await expect(listen(open.kgx, config)).rejects.toThrow(/KGX_AUTH_TOKEN/);
  });

  it("refuses a reader token without an editor token, and short tokens", () => {
    expect(() => loadConfig({ KGX_READER_TOKEN: READER })).toThrow(/KGX_AUTH_TOKEN/);
    expect(() => loadConfig({ KGX_AUTH_TOKEN: "short" })).toThrow(/at least 12/);
  });
});

describe("tokens and roles", () => {
  it("guards every API route and sends pages to the login screen; health stays open", async () => {
    expect((await call("/api/stats")).status).toBe(401);
    expect((await call("/api/cypher", { method: "POST", body: '{"query":"RETURN 1"}' })).status).toBe(401);
    expect((await call("/api/articles", { method: "POST", body: '{"text":"Russia said."}' })).status).toBe(401);
    const page = await call("/");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login");
    const login = await call("/login");
    expect(login.status).toBe(200);
    expect(await login.text()).toContain('action="/api/login"');
    expect((await call("/api/health")).status).toBe(200);
    expect((await call("/api/stats", { token: "wrong-token-0123456789" })).status).toBe(401);
  });

  it("lets a reader browse, query and export but not write", async () => {
    expect((await call("/api/stats", { token: READER })).status).toBe(200);
    const q = await call("/api/cypher", { method: "POST", token: READER, body: '{"query":"RETURN 1 AS one"}' });
    expect(q.status).toBe(200);
    const w = await call("/api/articles", { method: "POST", token: READER, body: '{"text":"Russia said so."}' });
    expect(w.status).toBe(403);
    expect((await w.json()).error.type).toBe("Forbidden");
  });

  it("lets an editor write", async () => {
    const w = await call("/api/articles", { method: "POST", token: EDITOR, body: '{"text":"Russia condemned it."}' });
    expect(w.status).toBe(201);
  });

  it("logs in with the form: an HttpOnly SameSite=Strict cookie that then works, never the token itself", async () => {
    const res = await fetch(new URL("/api/login", guarded.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `token=${READER}`,
      redirect: "manual",
    });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/");
    const setCookie = res.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toContain(READER);
    const cookie = setCookie.split(";")[0] ?? "";
    expect(await (await call("/api/session", { cookie })).json()).toEqual({ auth: true, role: "reader" });
    expect((await call("/", { cookie })).status).toBe(200);
    const bad = await fetch(new URL("/api/login", guarded.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: "not-the-token-at-all" }),
    });
    expect(bad.status).toBe(401);
  });
});
