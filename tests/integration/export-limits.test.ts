// Exports off the main thread: a large HTML export (ForceAtlas2 on 1,500 entities) runs in the
// export worker, so health answers meanwhile; past KGX_EXPORT_TIMEOUT_MS it is refused (503) and the
// worker replaced; exports are rate-limited, and an export of a query counts against the Cypher limit.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");
let dir: string;
let srv: TestServer;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-export-limits-"));
  const file = path.join(dir, "synth.json");
  await run(process.execPath, [KGX, "synth", "--nodes", "1500", "--edges", "4500", "-o", file]);
  srv = await startTestServer({
    seeds: false,
    client: false,
    env: { KGX_EXPORT_TIMEOUT_MS: "600", KGX_RATE_EXPORTS_PER_MIN: "6", KGX_RATE_CYPHER_PER_MIN: "3" },
    prepare: async (dataPath) => {
      await run(process.execPath, [KGX, "import", file], { env: { ...process.env, KGX_DATA: dataPath } });
    },
  });
}, 120_000);
afterAll(async () => {
  await srv?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (p: string, body: unknown) =>
  fetch(new URL(p, srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

describe("export limits", () => {
  it("refuses a large export past the time limit (its layout runs in the worker) while health answers", async () => {
    let done = false;
    const big = post("/api/export", { format: "html", selection: { all: true } }).then(async (r) => {
      done = true;
      return { status: r.status, body: (await r.json()) as { error: { type: string; message: string } } };
    });
    await new Promise((r) => setTimeout(r, 150));
    expect((await fetch(new URL("/api/health", srv.url))).status).toBe(200);
    expect(done).toBe(false);
    const res = await big;
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/KGX_EXPORT_TIMEOUT_MS/);
  });

  it("still exports a small selection on the fresh worker", async () => {
    const ids = (await (await fetch(new URL("/api/graph?limit=5", srv.url))).json()).nodes.map(
      (n: { id: string }) => n.id,
    );
    const res = await post("/api/export", { format: "json", selection: { ids } });
    expect(res.status).toBe(200);
    expect(JSON.parse(await res.text()).entities.length).toBe(ids.length);
  });

  it("counts an export of a Cypher query against the Cypher rate limit", async () => {
    const q = { format: "json", selection: { query: "MATCH (e:Entity) RETURN e LIMIT 3" } };
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await post("/api/export", q)).status);
    expect(statuses).toEqual([200, 200, 200]);
    expect((await post("/api/cypher", { query: "RETURN 1" })).status).toBe(429);
  });

  it("rate-limits exports per client", async () => {
    const res = await post("/api/export", { format: "json", selection: { ids: [] } });
    const more = await post("/api/export", { format: "json", selection: { ids: [] } });
    expect([res.status, more.status]).toEqual([200, 429]); // the 6th export this minute, then the 7th
  });
});
