// `kgx import` into a Neo4j that refuses large transactions (a server of this test's own, started with a
// small db.memory.transaction.max): a refused batch writes nothing, and the import splits it and goes through,
// leaving the graph a Grafeo import of the same file leaves (byte-identical canonical exports).
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { readGraph } from "../../server/cli/import-command.ts";
import { loadConfig } from "../../server/config.ts";
import { TransactionTooLarge } from "../../server/core/errors.ts";
import { canonicalArticles } from "../../server/core/graph/canonical-import.ts";
import { neo4jOptions, openNeo4jStore } from "../../server/store/neo4j/index.ts";
import { describeNeo4jPresence, neo4jSkip } from "../support/neo4j-env.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");
const SCRIPT = path.join(ROOT, "scripts/neo4j/neo4j.sh");

describe.skipIf(Boolean(neo4jSkip))("kgx import on a Neo4j with a small transaction limit", () => {
  let dir: string;
  let server: Record<string, string>;
  const script = (cmd: string) =>
    run("bash", [SCRIPT, cmd], {
      env: {
        ...process.env,
        KGX_NEO4J_HOME: path.join(dir, "neo4j"),
        KGX_NEO4J_PORT: "",
        KGX_NEO4J_CONF_EXTRA: "db.memory.transaction.max=16m",
      },
      timeout: 180_000,
    });
  const kgx = async (env: Record<string, string>, ...args: string[]) => {
    const { stdout, stderr } = await run(process.execPath, [KGX, ...args], {
      env: { ...process.env, ...env },
      timeout: 300_000,
    });
    return `${stdout}\n${stderr}`;
  };
  const exported = async (env: Record<string, string>, name: string) => {
    const out = path.join(dir, `${name}.json`);
    await kgx(env, "export", "--all", "--format", "json", "-o", out);
    return fs.readFileSync(out, "utf8").replace(/"generatedAt": ?"[^"]+"/, '"generatedAt":"<export time>"');
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-neo4j-split-"));
    const { stdout } = await script("start");
    server = Object.fromEntries(
      stdout
        .split("\n")
        .filter((l) => l.startsWith("NEO4J_"))
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    expect(server.NEO4J_URI).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
    await kgx({}, "synth", "--nodes", "1000", "--edges", "3000", "--seed", "5", "-o", path.join(dir, "g.json"));
  }, 200_000);
  afterAll(async () => {
    if (dir) await script("stop").catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("refuses one transaction of the whole file, and writes nothing of it", async () => {
    const store = await openNeo4jStore(neo4jOptions(loadConfig({ KGX_STORE: "neo4j", ...server })));
    try {
      const all = canonicalArticles(readGraph(path.join(dir, "g.json")));
      const docs = Array.from({ length: all.count }, (_, i) => all.article(i));
      await expect(store.upsertArticles(docs)).rejects.toBeInstanceOf(TransactionTooLarge);
      expect(await store.stats()).toMatchObject({ articles: 0, entities: 0, claims: 0 });
    } finally {
      await store.close();
    }
  }, 120_000);

  it("splits the refused batch, and leaves the graph a Grafeo import leaves", async () => {
    const neo = { KGX_STORE: "neo4j", KGX_IMPORT_BATCH_CLAIMS: "10000", ...server };
    const grafeo = { KGX_STORE: "grafeo", KGX_DATA: path.join(dir, "g.grafeo") };
    const first = await kgx(neo, "import", path.join(dir, "g.json"));
    expect(first).toMatch(/refused batches for their size: went down to \d+ claims a transaction/);
    expect(first).toMatch(/imported 60 articles \(60 new\)/);
    expect(await kgx(grafeo, "import", path.join(dir, "g.json"))).toMatch(/imported 60 articles \(60 new\)/);
    expect(await exported(neo, "neo4j")).toBe(await exported(grafeo, "grafeo"));
    // Again: nothing new, nothing changed.
    expect(await kgx(neo, "import", path.join(dir, "g.json"))).toMatch(/imported 60 articles \(0 new\)/);
    expect(await exported(neo, "neo4j-again")).toBe(await exported(grafeo, "grafeo-again"));
  }, 400_000);
});

describeNeo4jPresence("kgx import on a Neo4j with a small transaction limit");
