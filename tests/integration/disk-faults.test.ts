// Disk faults on a real 1 MB tmpfs (mounted where the tests run as root): a full disk answers 503 with
// the engine's reason while reads go on, closing ends within its deadline and frees the lock, a
// read-only disk is a clear StoreUnavailable, and nothing acknowledged is lost.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig, type Config } from "../../server/config.ts";
import { buildServices, listen, openStore, type Kgx, type Listening } from "../../server/main.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-disk-"));
function tryMount(): boolean {
  if (process.getuid?.() !== 0 || process.platform !== "linux") return false;
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=1m", "tmpfs", dir], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const mounted = tryMount();
const remount = (opts: string) => execFileSync("mount", ["-o", `remount,${opts}`, dir], { stdio: "ignore" });

let config: Config;
let kgx: Kgx;
let http: Listening;
let acknowledged = 0;
beforeAll(async () => {
  if (!mounted) return;
  config = loadConfig({
    KGX_DATA: path.join(dir, "kgx.grafeo"),
    PORT: "0",
    KGX_SHUTDOWN_MS: "3000",
    KGX_RATE_ARTICLES_PER_MIN: "100000",
  });
  kgx = buildServices(await openStore(config, { server: true }), config, { server: true });
  http = await listen(kgx, config);
});
afterAll(async () => {
  await http?.close();
  await kgx?.close().catch(() => undefined);
  if (mounted) execFileSync("umount", ["-l", dir], { stdio: "ignore" });
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = async (text: string) => {
  const r = await fetch(new URL("/api/articles", http.url), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text }),
  });
  return { status: r.status, body: (await r.json()) as { error?: { type: string; message: string } } };
};
const article = (i: number) =>
  `Russia condemned Ukraine on day ${i}, Reuters reported. ${"The talks went on for hours. ".repeat(400)}`;

describe.skipIf(!mounted)("disk faults on a 1 MB tmpfs", () => {
  it("answers 503 with 'no space left' when the disk is full, and reads go on", async () => {
    let last = { status: 201 } as Awaited<ReturnType<typeof post>>;
    for (let i = 0; i < 2_000 && last.status === 201; i++) {
      last = await post(article(i));
      if (last.status === 201) acknowledged++;
    }
    expect(acknowledged).toBeGreaterThan(0);
    expect(last.status).toBe(503);
    expect(last.body.error?.type).toBe("StoreUnavailable");
    expect(last.body.error?.message).toMatch(/no space left on device/);
    expect((await fetch(new URL("/api/health", http.url))).status).toBe(200);
    expect((await fetch(new URL("/api/stats", http.url))).status).toBe(200);
  });

  it("closes within the shutdown deadline on a failing disk, frees the lock and lost nothing acknowledged", async () => {
    await http.close();
    await kgx.close(); // before the fix the database process never exited when its close failed
    remount("rw,size=64m");
    kgx = buildServices(await openStore(config, { server: true }), config, { server: true });
    http = await listen(kgx, config);
    expect((await kgx.explore.stats()).articles).toBe(acknowledged);
  });

  it("refuses to open on a read-only disk with a clear StoreUnavailable, and the data is intact", async () => {
    await http.close();
    await kgx.close();
    remount("ro");
    const err = await openStore(config, { server: true }).then(
      async (store) => (await store.close(), null),
      (e: Error) => e,
    );
    remount("rw");
    expect(err?.name).toBe("StoreUnavailable");
    expect(err?.message).toMatch(/the disk is read-only/);
    kgx = buildServices(await openStore(config, { server: true }), config, { server: true });
    http = await listen(kgx, config);
    expect((await kgx.explore.stats()).articles).toBe(acknowledged);
  });
});
