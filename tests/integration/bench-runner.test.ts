// `npm run bench` ends when a suite fails: the render suite with Chromium pointing nowhere
// prints the failure, ends what it opened (its page server) and exits non-zero, in bounded time.
import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";

const LIMIT_MS = 150_000;

function runBench(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string; ms: number; timedOut: boolean }>((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "bench/run.ts"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      process.kill(-child.pid!, "SIGKILL");
    }, LIMIT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, ms: performance.now() - t0, timedOut });
    });
  });
}

describe("bench runner", () => {
  it(
    "exits non-zero when a suite fails (render with no Chromium) instead of hanging",
    async () => {
      const r = await runBench(["render"], {
        KGX_CHROMIUM: "/nonexistent/chromium",
        KGX_RENDER_NODES: "50",
        KGX_RENDER_EDGES: "100",
      });
      expect(r.timedOut, r.stderr).toBe(false);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/bench: render failed: .*no Chromium at \/nonexistent\/chromium/);
      expect(r.stderr).toMatch(/bench: 1 suite\(s\) failed/);
    },
    LIMIT_MS + 10_000,
  );

  it("refuses an unknown suite with a non-zero exit", async () => {
    const r = await runBench(["no-such-suite"], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no suite named no-such-suite/);
  }, 60_000);
});
