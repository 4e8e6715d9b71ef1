// The kgx CLI end to end, as a user runs it: ingest twice gives the same counts, a bad
// file gets a clear message and a non-zero exit while the others still go in, and
// extract prints canonical JSON whose offsets slice the article exactly.
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
let env: NodeJS.ProcessEnv;

async function kgx(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [KGX, ...args], { env, maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-cli-"));
  env = { ...process.env, KGX_DATA: path.join(dir, "db.grafeo") };
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("kgx CLI", () => {
  it("ingests the seeds twice with the same counts and no duplicates", async () => {
    const first = await kgx("ingest", SEEDS);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/5 files: 5 ingested, 0 unchanged, 0 failed/);
    const stats1 = JSON.parse((await kgx("stats")).stdout);
    const second = await kgx("ingest", SEEDS);
    expect(second.stdout).toMatch(/5 files: 0 ingested, 5 unchanged, 0 failed/);
    const stats2 = JSON.parse((await kgx("stats")).stdout);
    expect(stats2).toEqual(stats1);
    expect(stats1.articles).toBe(5);
  });

  it("reports each bad file clearly, exits non-zero, and still ingests the good ones", async () => {
    const bad = path.join(dir, "bad");
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, "empty.txt"), "");
    fs.writeFileSync(path.join(bad, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(bad, "latin1.txt"), Buffer.from("Caf\xe9 in Paris said nothing.", "latin1"));
    fs.writeFileSync(path.join(bad, "good.txt"), "Headline\n\nThe European Union condemned Russia on Monday.");
    const res = await kgx("ingest", bad, path.join(dir, "missing.txt"), "--verbose");
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/empty\.txt: empty file/);
    expect(res.stderr).toMatch(/binary\.txt: binary file/);
    expect(res.stderr).toMatch(/latin1\.txt: invalid UTF-8 at byte \d+/);
    expect(res.stderr).toMatch(/missing\.txt: cannot read: ENOENT/);
    expect(res.stdout).toMatch(/5 files: 1 ingested, 0 unchanged, 4 failed/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse((await kgx("stats")).stdout).articles).toBe(6);
  });

  it("extract prints the canonical JSON with exact evidence offsets, without touching the store", async () => {
    const file = path.join(SEEDS, fs.readdirSync(SEEDS).sort()[0]!);
    const text = fs.readFileSync(file, "utf8");
    const res = await kgx("extract", file, "--format", "json");
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(Object.keys(out).sort()).toEqual(["articles", "entities", "relations"]);
    expect(out.articles[0]).toMatchObject({ source: path.basename(file) });
    for (const r of out.relations) expect(text.slice(r.start, r.end)).toBe(r.evidence);
    expect((await kgx("extract", path.join(dir, "nope.txt"))).stderr).toMatch(/kgx: cli: .*cannot read/);
  });

  it("imports canonical JSON idempotently, with every claim still slicing to its evidence", async () => {
    const file = path.join(SEEDS, fs.readdirSync(SEEDS).sort()[1]!);
    const json = path.join(dir, "one.json");
    fs.writeFileSync(json, (await kgx("extract", file, "--format", "json")).stdout);
    const extracted = JSON.parse(fs.readFileSync(json, "utf8"));
    const importEnv = { ...env, KGX_DATA: path.join(dir, "import.grafeo") };
    const first = await run(process.execPath, [KGX, "import", json], { env: importEnv });
    expect(first.stdout).toMatch(/imported 1 articles \(1 new\)/);
    const second = await run(process.execPath, [KGX, "import", json], { env: importEnv });
    expect(second.stdout).toMatch(/imported 1 articles \(0 new\)/);
    const stats = JSON.parse((await run(process.execPath, [KGX, "stats"], { env: importEnv })).stdout);
    expect(stats.claims).toBe(extracted.relations.length);
    fs.writeFileSync(path.join(dir, "bad.json"), "{}");
    expect((await kgx("import", path.join(dir, "bad.json"))).stderr).toMatch(/not canonical JSON/);
  });
});
