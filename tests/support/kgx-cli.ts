// The kgx CLI as a child process for tests that kill or race it: its exit code and output, never a throw.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../../server/cli/client-build.ts";

export const KGX = path.join(ROOT, "bin/kgx.mjs");

export async function runKgx(
  env: NodeJS.ProcessEnv,
  args: string[],
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, [KGX, ...args], { env, maxBuffer: 1 << 24 });
    return { code: 0, ...r };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
