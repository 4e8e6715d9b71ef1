// Durability and exclusivity of the embedded store, as processes: kill -9 during an ingest
// of 500 articles, then re-run: the counts equal a clean run's; and a second kgx on a
// database another process holds gets a clear "in use" error instead of corrupting it.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SEEDS } from "../support/server.ts";
import { KGX, runKgx } from "../support/kgx-cli.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-crash-"));
const corpus = path.join(dir, "corpus");
const children: ChildProcess[] = [];

const env = (db: string) => ({ ...process.env, KGX_DATA: path.join(dir, db) });
const kgx = (db: string, ...args: string[]) => runKgx(env(db), args);

beforeAll(() => {
  fs.mkdirSync(corpus);
  const seeds = fs
    .readdirSync(SEEDS)
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
  for (let i = 0; i < 500; i++) {
    const text = seeds[i % seeds.length]!.replace("\n", `\n\nDispatch ${i} of the series.\n`);
    fs.writeFileSync(path.join(corpus, `art-${String(i).padStart(3, "0")}.txt`), text);
  }
});
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("embedded store under crashes and contention", () => {
  it("after kill -9 during an ingest of 500 articles, a re-run gives the counts of a clean run", async () => {
    const crashing = spawn(process.execPath, [KGX, "ingest", corpus], { env: env("crashed.grafeo"), stdio: "ignore" });
    children.push(crashing);
    const exited = new Promise((resolve) => crashing.once("exit", resolve));
    const clean = kgx("clean.grafeo", "ingest", corpus);
    await new Promise((r) => setTimeout(r, 5_000));
    crashing.kill("SIGKILL");
    expect(await exited).toBe(null);
    expect((await clean).stdout).toMatch(/500 files: 500 ingested/);
    const rerun = await kgx("crashed.grafeo", "ingest", corpus);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toMatch(/500 files: \d+ ingested, \d+ unchanged, 0 failed/);
    const stats = async (db: string) => JSON.parse((await kgx(db, "stats")).stdout);
    const [a, b] = await Promise.all([stats("clean.grafeo"), stats("crashed.grafeo")]);
    expect(b).toEqual(a);
    expect(a.articles).toBe(500);
  }, 120_000);

  it("refuses a second process on a database in use, with a clear error and no damage", async () => {
    const first = await kgx("busy.grafeo", "ingest", SEEDS);
    expect(first.code).toBe(0);
    const server = spawn(process.execPath, [KGX, "serve", "--port", "0", "--no-client"], {
      env: env("busy.grafeo"),
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(server);
    await new Promise<void>((resolve, reject) => {
      let out = "";
      server.stdout!.on("data", (d) => {
        out += d;
        if (/explorer at/.test(out)) resolve();
      });
      server.once("exit", (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    // With the server advertising itself, the CLI goes through its API: the seeds are already there.
    const through = await kgx("busy.grafeo", "ingest", SEEDS);
    expect(through.code, through.stderr).toBe(0);
    expect(through.stdout + through.stderr).toMatch(/unchanged/);
    // Without the advertisement (another kind of holder), the store is refused as in use.
    fs.rmSync(path.join(dir, "busy.grafeo.server.json"), { force: true });
    const second = await kgx("busy.grafeo", "ingest", SEEDS);
    expect(second.code).not.toBe(0);
    expect(second.stderr).toMatch(/in use by another kgx process/);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
    expect(JSON.parse((await kgx("busy.grafeo", "stats")).stdout).articles).toBe(5);
  }, 60_000);
});
