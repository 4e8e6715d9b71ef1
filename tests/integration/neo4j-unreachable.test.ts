// A Neo4j that is not there: opening the store, and the CLI with KGX_STORE=neo4j, fail
// within 5 s with StoreUnavailable naming the URI, no hang and no stack trace.
import { execFile } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { Command } from "commander";
import { beforeAll, describe, expect, it } from "vitest";
import { registerSync } from "../../server/cli/sync-command.ts";
import { ROOT } from "../../server/cli/client-build.ts";
import { InvalidInput, StoreUnavailable } from "../../server/core/errors.ts";
import { openNeo4jStore } from "../../server/store/neo4j/index.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");

/** A port on 127.0.0.1 that nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let uri: string;
beforeAll(async () => {
  uri = `bolt://127.0.0.1:${await closedPort()}`;
});

describe("Neo4j unreachable", () => {
  it("openNeo4jStore rejects with StoreUnavailable naming the URI, within 5 s", async () => {
    const started = performance.now();
    const err = await openNeo4jStore({ uri, user: "neo4j", password: "x", database: "neo4j" }).catch((e) => e);
    expect(err).toBeInstanceOf(StoreUnavailable);
    expect(err.message).toContain(uri);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("rejects a URI the driver cannot use, naming it", async () => {
    const err = await openNeo4jStore({ uri: "http://127.0.0.1:1", user: "n", password: "x", database: "neo4j" }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(StoreUnavailable);
    expect(err.message).toContain("http://127.0.0.1:1");
  });

  it("kgx stats exits non-zero within 5 s of start-up, prints the URI, and no stack trace", async () => {
    const env = { ...process.env, KGX_STORE: "neo4j", NEO4J_URI: uri, KGX_DEBUG: "" };
    const kgx = (...args: string[]) =>
      run(process.execPath, [KGX, ...args], { env, timeout: 20_000 }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    let started = performance.now();
    await kgx("--help");
    const startup = performance.now() - started;
    started = performance.now();
    const res = await kgx("stats");
    const ms = performance.now() - started;
    expect(res.code).not.toBe(0);
    expect(res.stderr).toContain(uri);
    expect(res.stderr).toMatch(/kgx: store: cannot reach Neo4j/);
    expect(`${res.stdout}\n${res.stderr}`).not.toMatch(/\n\s+at /);
    // Node and tsx starting up is not the store's time; under a loaded test run it alone can take seconds.
    expect(ms - startup).toBeLessThan(5_000);
    expect(ms).toBeLessThan(15_000);
  });

  it("kgx stats with KGX_STORE=neo4j and no NEO4J_URI says what to set", async () => {
    const env = { ...process.env, KGX_STORE: "neo4j", NEO4J_URI: "" };
    const res = await run(process.execPath, [KGX, "stats"], { env }).catch((e) => e);
    expect(res.code).not.toBe(0);
    expect(res.stderr).toMatch(/NEO4J_URI/);
  });

  it("kgx sync fails the same way, and asks for exactly one direction", async () => {
    const sync = (...args: string[]) => {
      const program = new Command("kgx").exitOverride();
      registerSync(program);
      return program.parseAsync(["node", "kgx", "sync", ...args]).catch((e) => e);
    };
    const saved = { ...process.env };
    Object.assign(process.env, { NEO4J_URI: uri, KGX_DATA: path.join(ROOT, "data", "never-created.grafeo") });
    try {
      const down = await sync("--to", "neo4j");
      expect(down).toBeInstanceOf(StoreUnavailable);
      expect(down.message).toContain(uri);
      expect(await sync()).toBeInstanceOf(InvalidInput);
      expect(await sync("--to", "neo4j", "--from", "neo4j")).toBeInstanceOf(InvalidInput);
      expect(await sync("--to", "mysql")).toBeInstanceOf(InvalidInput);
    } finally {
      process.env = saved;
    }
  });
});
