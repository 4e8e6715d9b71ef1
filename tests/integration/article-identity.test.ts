// Article identity: a stored article whose id is held by another text (a forged collision, or a
// store from before the SHA-256 ids) is never overwritten (409, nothing written), and the same
// text with a new title or source is reported as "updated", over HTTP and by the CLI.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { articleId } from "../../server/core/model/ids.ts";
import { articleA } from "../fixtures/small-graph.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const FORGED = "Pyongyang sent no soldiers anywhere. Nobody condemned North Korea.";

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer({ seeds: false, client: false, env: { KGX_RATE_ARTICLES_PER_MIN: "1000" } });
});
afterAll(() => srv.close());

const post = async (body: unknown) => {
  const r = await fetch(new URL("/api/articles", srv.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & { error?: { type: string } } };
};

describe("article identity over HTTP", () => {
  it("refuses a text whose id is already held by a different stored text, and keeps the stored one", async () => {
    // The store holds article A's text under the id that FORGED hashes to: what a forged
    // collision would look like (SHA-256 cannot be inverted, so the test plants it).
    const doc = articleA();
    const id = articleId(FORGED);
    await srv.kgx.store.upsertArticle({ ...doc, article: { ...doc.article, id } });
    const before = await srv.kgx.explore.stats();
    const res = await post({ title: "forged", text: FORGED });
    expect(res.status).toBe(409);
    expect(res.body.error?.type).toBe("Conflict");
    expect(await srv.kgx.explore.stats()).toEqual(before);
    expect((await srv.kgx.store.getArticle(id))?.text).toBe(doc.article.text);
  });

  it("answers created, unchanged, then updated when only the title or source changes", async () => {
    const text = "Russia condemned the strike on Monday, Reuters reported.";
    const first = await post({ title: "One", source: "s1", text });
    expect([first.status, first.body.status]).toEqual([201, "created"]);
    const same = await post({ title: "One", source: "s1", text });
    expect([same.status, same.body.status]).toEqual([200, "unchanged"]);
    const retitled = await post({ title: "Two", source: "s1", text });
    expect([retitled.status, retitled.body.status]).toEqual([200, "updated"]);
    const resourced = await post({ title: "Two", source: "s2", text });
    expect(resourced.body.status).toBe("updated");
    const id = (first.body.article as { id: string }).id;
    expect((await srv.kgx.store.getArticle(id))?.article).toMatchObject({ title: "Two", source: "s2" });
  });
});

describe("article identity in the CLI", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-identity-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports the same text under a new file name (its source) as updated, not unchanged", async () => {
    const run = promisify(execFile);
    const env = { ...process.env, KGX_DATA: path.join(dir, "db.grafeo") };
    const text = "Russia condemned the strike on Monday.\n";
    fs.writeFileSync(path.join(dir, "story.txt"), text);
    fs.writeFileSync(path.join(dir, "renamed.txt"), text);
    const kgx = (f: string) =>
      run(process.execPath, [path.join(ROOT, "bin/kgx.mjs"), "ingest", path.join(dir, f), "-v"], { env });
    expect((await kgx("story.txt")).stdout).toMatch(/1 files: 1 ingested, 0 unchanged/);
    expect((await kgx("story.txt")).stdout).toMatch(/1 files: 0 ingested, 1 unchanged/);
    const third = await kgx("renamed.txt");
    expect(third.stdout).toMatch(/1 files: 0 ingested, 1 updated, 0 unchanged/);
    expect(third.stderr).toMatch(/updated: \d+ entities/);
  });
});
