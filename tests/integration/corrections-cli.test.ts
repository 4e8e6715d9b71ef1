// The corrections CLI end to end: merge, a refused self-merge, list, export, import into a
// second store, undo; every command through bin/kgx.mjs on real database files.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { SEEDS } from "../support/server.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");
let dir: string;

async function kgx(db: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, KGX_DATA: path.join(dir, db), KGX_AUTHOR: "cli-user" };
  try {
    const { stdout, stderr } = await run(process.execPath, [KGX, ...args], { env, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-corr-cli-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const KURSK = "place:kursk-589386da";
const REGION = "place:kursk-region-cdcdb11d";

describe("kgx corrections CLI", () => {
  it("merges, refuses a self-merge, exports, imports elsewhere and undoes", async () => {
    expect((await kgx("a.grafeo", "ingest", SEEDS)).code).toBe(0);
    expect((await kgx("b.grafeo", "ingest", SEEDS)).code).toBe(0);
    const self = await kgx("a.grafeo", "merge", REGION, REGION);
    expect(self.code).not.toBe(0);
    expect(self.stderr).toMatch(/merged with itself/);
    const merged = await kgx("a.grafeo", "merge", REGION, KURSK, "--note", "one place");
    expect(merged.code).toBe(0);
    const rec = JSON.parse(merged.stdout);
    expect(rec).toMatchObject({ author: "cli-user", note: "one place", change: { kind: "merge", keep: REGION } });
    const file = path.join(dir, "corrections.jsonl");
    expect((await kgx("a.grafeo", "corrections", "export", file)).code).toBe(0);
    expect(fs.readFileSync(file, "utf8").trim().split("\n")).toHaveLength(1);
    const imported = await kgx("b.grafeo", "corrections", "import", file);
    expect(JSON.parse(imported.stdout)).toEqual({ applied: 1, skipped: 0, failed: [] });
    const statsA = JSON.parse((await kgx("a.grafeo", "stats")).stdout);
    expect(JSON.parse((await kgx("b.grafeo", "stats")).stdout)).toEqual(statsA);
    expect((await kgx("b.grafeo", "corrections", "undo", rec.id)).code).toBe(0);
    const list = JSON.parse((await kgx("b.grafeo", "corrections", "list")).stdout);
    expect(list.map((c: { undone: boolean }) => c.undone)).toEqual([true]);
    expect(JSON.parse((await kgx("b.grafeo", "stats")).stdout).entities).toBe(statsA.entities + 1);
  }, 180_000); // a dozen `kgx` processes, each starting Node and opening the database
});
