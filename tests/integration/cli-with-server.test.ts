// The CLI while a kgx server holds the store: `kgx serve` advertises its URL beside the
// database, and stats, ingest (files and URLs), export and remove go through its API and agree
// with it. Without a server, a locked store gets a message that says what to do.
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { serverFilePath } from "../../server/cli/server-file.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { SEEDS } from "../support/server.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");
let dir: string;
let env: NodeJS.ProcessEnv;
let server: ChildProcess;
let api = "";
let pages: http.Server;
let pageBase = "";

async function kgx(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [KGX, ...args], { env, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const getJson = async (route: string) => (await fetch(new URL(route, api))).json();

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-cli-server-"));
  env = { ...process.env, KGX_DATA: path.join(dir, "db.grafeo"), KGX_FETCH_ALLOW_PRIVATE: "1", HOST: "127.0.0.1" };
  pages = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html" });
    res.end(
      '<html><head><meta property="og:site_name" content="Loopback Gazette">' +
        '<meta property="article:published_time" content="2024-11-05"></head><body><article>' +
        "<h1>Berlin condemns strike</h1><p>Germany condemned Russia on Monday after the strike on Kyiv, " +
        "officials said. The European Union said it would discuss new sanctions against Moscow.</p></article></body></html>",
    );
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  pageBase = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
  server = spawn(process.execPath, [KGX, "serve", "--no-client", "--port", "0", "--ingest", SEEDS], { env });
  api = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /explorer at (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.once("exit", (code) => reject(new Error(`kgx serve exited (${code}): ${out}`)));
  });
}, 60_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  await new Promise<void>((resolve) => pages.close(() => resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("kgx CLI while the server runs", () => {
  it("the server advertises its URL beside the database", () => {
    const ad = JSON.parse(fs.readFileSync(serverFilePath(path.join(dir, "db.grafeo")), "utf8"));
    expect(ad).toMatchObject({ url: api, pid: server.pid });
  });

  it("kgx stats answers the same JSON as /api/stats", async () => {
    const res = await kgx("stats");
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout)).toEqual(await getJson("/api/stats"));
    expect(JSON.parse(res.stdout).articles).toBe(5);
  });

  it("kgx ingest FILE goes through the API, with its sidecar's metadata, and kgx remove takes it out", async () => {
    const before = await getJson("/api/stats");
    const file = path.join(dir, "note.txt");
    fs.writeFileSync(file, "Minsk talks\n\nBelarus condemned Poland on Tuesday, the foreign ministry said.");
    fs.writeFileSync(
      path.join(dir, "note.source"),
      "https://news.example/minsk\npublisher: Minsk Herald\ndate: 2024-10-01\n",
    );
    const res = await kgx("ingest", file);
    expect(res.code).toBe(0);
    expect(res.stderr).toMatch(/using its API/);
    expect(res.stdout).toMatch(/1 files: 1 ingested/);
    const after = await getJson("/api/stats");
    expect(after.articles).toBe(before.articles + 1);
    expect(res.stdout).toContain(
      `store: ${after.articles} articles, ${after.entities} entities, ${after.claims} claims`,
    );
    const { articles } = await getJson("/api/articles");
    const note = articles.find((a: { publisher?: string }) => a.publisher === "Minsk Herald");
    expect(note).toMatchObject({ url: "https://news.example/minsk", published: "2024-10-01", dateKnown: true });
    const removed = await kgx("remove", note.id);
    expect(removed.code).toBe(0);
    expect(await getJson("/api/stats")).toEqual(before);
    expect((await kgx("remove", note.id)).stderr).toMatch(/no article with id/);
  });

  it("kgx ingest URL fetches the page through the server with its metadata", async () => {
    const res = await kgx("ingest", `${pageBase}/berlin`);
    expect(res.code).toBe(0);
    const { articles } = await getJson("/api/articles");
    expect(articles.find((a: { publisher?: string }) => a.publisher === "Loopback Gazette")).toMatchObject({
      published: "2024-11-05",
      url: `${pageBase}/berlin`,
      title: "Berlin condemns strike",
    });
    const refused = await kgx("ingest", "file:///etc/passwd");
    expect(refused.code).not.toBe(0);
  });

  it("kgx export writes the same graph as the API, and --since/--until narrow it", async () => {
    const out = path.join(dir, "all.json");
    const res = await kgx("export", "--all", "--format", "json", "-o", out);
    expect(res.code).toBe(0);
    const file = JSON.parse(fs.readFileSync(out, "utf8"));
    const viaApi = await (
      await fetch(new URL("/api/export", api), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format: "json", selection: { all: true } }),
      })
    ).json();
    const strip = (x: { meta: object }) => ({ ...x, meta: { ...x.meta, generatedAt: "" } });
    expect(strip(file)).toEqual(strip(viaApi));
    const stats = await getJson("/api/stats");
    expect(file.relations.length).toBe(stats.claims);

    const narrow = path.join(dir, "nov.json");
    expect((await kgx("export", "--all", "--since", "2024-11-01", "--until", "2024-11-30", "-o", narrow)).code).toBe(0);
    const nov = JSON.parse(fs.readFileSync(narrow, "utf8"));
    expect(nov.relations.length).toBeGreaterThan(0);
    expect(nov.relations.length).toBeLessThan(file.relations.length);
    expect((await kgx("export", "--all", "--since", "soon", "-o", narrow)).stderr).toMatch(/--since must be a date/);
  });
});

describe("kgx CLI with a locked store and no server", () => {
  it("says exactly what to do", async () => {
    const data = path.join(dir, "locked.grafeo");
    const store = await openGrafeoStore(data);
    await store.init();
    try {
      const res = await run(process.execPath, [KGX, "stats"], { env: { ...env, KGX_DATA: data } }).catch((e) => e);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toMatch(/in use by another kgx process/);
      expect(res.stderr).toMatch(/stop the other kgx process .* `kgx serve`/);
    } finally {
      await store.close();
    }
  });
});
