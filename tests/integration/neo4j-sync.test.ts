// `kgx sync` as a user runs it, on the live Neo4j: the seeds in Grafeo → Neo4j → a fresh Grafeo, whose
// canonical JSON export equals the original byte for byte (but its time stamp); a second sync copies nothing.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { clearNeo4j, describeNeo4jPresence, neo4jEnv, neo4jSkip } from "../support/neo4j-env.ts";
import { SEEDS } from "../support/server.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");

describe.skipIf(Boolean(neo4jSkip))("kgx sync round trip through Neo4j", () => {
  let dir: string;
  const kgx = async (data: string, ...args: string[]) => {
    const env = { ...process.env, ...neo4jEnv(), KGX_STORE: "grafeo", KGX_DATA: path.join(dir, data) };
    const { stdout, stderr } = await run(process.execPath, [KGX, ...args], { env, timeout: 120_000 });
    return `${stdout}\n${stderr}`;
  };
  const exportJson = async (data: string) => {
    const out = path.join(dir, `${data}.json`);
    await kgx(data, "export", "--all", "--format", "json", "-o", out);
    // The export's one clock reading (meta.generatedAt) is the time of the export, not part of the graph.
    const text = fs.readFileSync(out, "utf8");
    const stamp = /"generatedAt": ?"[^"]+"/g;
    expect(text.match(stamp)).toHaveLength(1);
    return Buffer.from(text.replace(stamp, '"generatedAt":"<export time>"'), "utf8");
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-sync-"));
    await clearNeo4j();
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("copies Grafeo to Neo4j and back to a fresh Grafeo with a byte-identical canonical export", async () => {
    await kgx("first.grafeo", "ingest", SEEDS);
    const original = await exportJson("first.grafeo");
    expect(JSON.parse(original.toString("utf8")).articles).toHaveLength(5);

    expect(await kgx("first.grafeo", "sync", "--to", "neo4j")).toMatch(/5 articles: 5 copied, 0 unchanged, 0 failed/);
    expect(await kgx("first.grafeo", "sync", "--to", "neo4j")).toMatch(/5 articles: 0 copied, 5 unchanged, 0 failed/);
    expect(await kgx("second.grafeo", "sync", "--from", "neo4j")).toMatch(/5 articles: 5 copied, 0 unchanged/);

    const copy = await exportJson("second.grafeo");
    expect(copy.length).toBe(original.length);
    expect(copy.equals(original)).toBe(true);
  }, 180_000);

  it("kgx stats with KGX_STORE=neo4j counts what the sync wrote, as the source does", async () => {
    const grafeo = JSON.parse(await kgx("first.grafeo", "stats"));
    const env = { ...process.env, ...neo4jEnv() };
    const { stdout } = await run(process.execPath, [KGX, "stats"], { env, timeout: 60_000 });
    expect(JSON.parse(stdout)).toEqual(grafeo);
  }, 60_000);
});

describeNeo4jPresence("kgx sync round trip");
