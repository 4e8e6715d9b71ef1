// The request log: one JSON line per request (method, path without its query, status, ms) from the
// real server, at KGX_LOG_LEVEL, with no token, cookie or query string; `kgx serve` writes it on stdout.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { loadConfig } from "../../server/config.ts";
import { createLogger } from "../../server/log/logger.ts";
import { buildServices, listen, openStore, type Kgx, type Listening } from "../../server/main.ts";

const TOKEN = "editor-token-0123456789";
const lines: Record<string, unknown>[] = [];
const sink = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const l of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
    done();
  },
});
let kgx: Kgx;
let http: Listening;

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-log-"));
  const config = loadConfig({ KGX_DATA: path.join(dir, "db.grafeo"), PORT: "0", KGX_AUTH_TOKEN: TOKEN });
  kgx = buildServices(await openStore(config), config);
  http = await listen(kgx, config, { log: createLogger("info", sink) });
});
afterAll(async () => {
  await http?.close();
  await kgx?.close();
});

const settle = () => new Promise((r) => setTimeout(r, 50));

describe("request log", () => {
  it("writes one JSON line per request with method, path, status and duration, and nothing secret", async () => {
    lines.length = 0;
    const auth = { authorization: `Bearer ${TOKEN}` };
    await fetch(new URL("/api/stats?secret=q", http.url), { headers: auth });
    await fetch(new URL("/api/entities/nope", http.url), { headers: { ...auth, cookie: "kgx_session=abc" } });
    await fetch(new URL("/api/stats", http.url));
    await settle();
    expect(lines.map((l) => [l.req, l.res])).toEqual([
      [{ method: "GET", path: "/api/stats" }, { status: 200 }],
      [{ method: "GET", path: "/api/entities/nope" }, { status: 404 }],
      [{ method: "GET", path: "/api/stats" }, { status: 401 }],
    ]);
    for (const l of lines) {
      expect(typeof l.ms).toBe("number");
      expect(l).toMatchObject({ name: "kgx", level: 30 });
      expect(l.msg).toMatch(/^GET \/api\/\S+ \d{3}$/);
    }
    const all = JSON.stringify(lines);
    for (const secret of [TOKEN, "secret=q", "kgx_session", "authorization"]) expect(all).not.toContain(secret);
  });

  it("logs a 5xx as one error line with its status and no made-up stack", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-log-"));
    const config = loadConfig({ KGX_DATA: path.join(dir, "db.grafeo"), PORT: "0" });
    const own = buildServices(await openStore(config, { server: true }), config);
    const out: Record<string, unknown>[] = [];
    const to = new Writable({
      write(chunk: Buffer, _enc, done) {
        for (const l of chunk.toString().split("\n").filter(Boolean))
          out.push(JSON.parse(l) as Record<string, unknown>);
        done();
      },
    });
    const server = await listen(own, config, { log: createLogger("info", to) });
    try {
      await own.store.close(); // the database process gone: every read answers 503
      const res = await fetch(new URL("/api/stats", server.url));
      expect(res.status).toBeGreaterThanOrEqual(500);
      await settle();
      const line = out.find((l) => (l.res as { status: number }).status === res.status)!;
      expect(line).toMatchObject({ level: 50, msg: `GET /api/stats ${res.status}` });
      expect(JSON.stringify(line)).not.toMatch(/stack|failed with status code|node_modules/);
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("kgx serve logs at KGX_LOG_LEVEL on stdout: info shows requests, warn hides them", async () => {
    const seen = async (level: string): Promise<string[]> => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-log-"));
      const env = { ...process.env, KGX_DATA: path.join(dir, "db.grafeo"), KGX_LOG_LEVEL: level, HOST: "127.0.0.1" };
      const child = spawn(process.execPath, [path.join(ROOT, "bin/kgx.mjs"), "serve", "--no-client", "--port", "0"], {
        env,
      });
      let out = "";
      child.stdout.on("data", (d: Buffer) => (out += d.toString()));
      try {
        const url = await new Promise<string>((resolve, reject) => {
          const t = setInterval(() => {
            const m = /explorer at (http:\/\/\S+)/.exec(out);
            if (m) resolve((clearInterval(t), m[1]!));
          }, 50);
          child.once("exit", (code) => reject(new Error(`kgx serve exited (${code}): ${out}`)));
        });
        expect((await fetch(new URL("/api/health", url))).status).toBe(200);
        await settle();
        return out.split("\n").filter((l) => l.startsWith("{"));
      } finally {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
        fs.rmSync(dir, { recursive: true, force: true });
      }
    };
    const info = await seen("info");
    expect(info.map((l) => JSON.parse(l) as { msg: string }).map((l) => l.msg)).toContain("GET /api/health 200");
    expect(await seen("warn")).toEqual([]);
  });
});
