// kgx import's bulk load into a new store, as processes: kill -9 while it loads or while it saves leaves no store
// at KGX_DATA, and the re-run (which clears the dead load's temporary file) gives the counts of the regular path.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthGraph } from "../../server/core/graph/synth.ts";
import { KGX, runKgx } from "../support/kgx-cli.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-bulk-crash-"));
const json = path.join(dir, "graph.json");
const children: ChildProcess[] = [];

const env = (db: string) => ({ ...process.env, KGX_DATA: path.join(dir, db, "kgx.grafeo") });
const kgx = (db: string, ...args: string[]) => runKgx(env(db), args);

/** Starts `kgx import` into `db` and kills it with SIGKILL once `when` says so; returns the exit signal. */
async function killed(db: string, when: () => Promise<void>) {
  fs.mkdirSync(path.join(dir, db), { recursive: true });
  const child = spawn(process.execPath, [KGX, "import", json], { env: env(db), stdio: "ignore" });
  children.push(child);
  const exited = new Promise<string | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
  await Promise.race([when(), exited]);
  child.kill("SIGKILL");
  return exited;
}

beforeAll(() => {
  fs.writeFileSync(json, JSON.stringify(synthGraph({ nodes: 10_000, edges: 50_000, seed: 7 })));
});
afterAll(() => {
  for (const c of children) c.kill("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("kill -9 during a bulk load into a new store", () => {
  it("leaves no store, and the re-run loads the whole graph", async () => {
    const clean = kgx("clean", "import", "--no-bulk", json);
    const temp = (db: string) => fs.readdirSync(path.join(dir, db)).filter((f) => f.startsWith(".kgx.grafeo.bulk-"));
    // Once while the graph is built in memory, once while it is saved beside the target.
    const loading = await killed("loading", () => new Promise((r) => setTimeout(r, 3_000)));
    const saving = await killed("saving", async () => {
      while (temp("saving").length === 0) await new Promise((r) => setTimeout(r, 5));
    });
    expect([loading, saving]).toEqual(["SIGKILL", "SIGKILL"]);
    expect(fs.readdirSync(path.join(dir, "loading"))).toEqual([]);
    expect(fs.readdirSync(path.join(dir, "saving")).filter((f) => !f.startsWith("."))).toEqual([]);
    expect(temp("saving").length).toBeGreaterThan(0);
    for (const db of ["loading", "saving"]) {
      const rerun = await kgx(db, "import", json);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(rerun.stdout).toMatch(/imported 1000 articles \(1000 new\) by a bulk load into a new store/);
      expect(fs.readdirSync(path.join(dir, db))).toEqual(["kgx.grafeo"]);
    }
    expect((await clean).stdout).toMatch(/imported 1000 articles \(1000 new\): store has/);
    const stats = async (db: string) => JSON.parse((await kgx(db, "stats")).stdout);
    const expected = await stats("clean");
    expect(expected.claims).toBe(50_000);
    expect(await stats("loading")).toEqual(expected);
    expect(await stats("saving")).toEqual(expected);
    // A store with data (16 MB: told by its size, not opened twice) takes the regular path: nothing is new.
    const again = await kgx("loading", "import", json);
    expect(again.stderr).toMatch(/the store holds data: writing batch by batch/);
    expect(again.stdout).toMatch(/imported 1000 articles \(0 new\)/);
  }, 180_000);
});
