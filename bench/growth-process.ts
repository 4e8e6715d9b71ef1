// Growth bench helpers: run the kgx CLI as a user does, start `kgx serve` and read its URL,
// a process tree's resident memory from /proc, and a store's size on disk.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "../server/cli/client-build.ts";

export const KGX = path.join(ROOT, "bin/kgx.mjs");

/** Runs `kgx ...args`; resolves with its wall time, rejects with its stderr on a non-zero exit. */
export function kgx(args: string[], env: NodeJS.ProcessEnv): Promise<{ ms: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [KGX, ...args], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.once("error", reject);
    child.once("exit", (code) => {
      const ms = performance.now() - t0;
      if (code === 0) resolve({ ms, stdout, stderr });
      else reject(new Error(`growth: kgx ${args[0]} exited ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

export interface Served {
  url: string;
  pid: number;
  /** From spawn to the "explorer at" line: the store opened and its counts read. */
  openMs: number;
  close(): Promise<void>;
}

/** `kgx serve --no-client --port 0`, resolved once it prints its URL. */
export function serve(env: NodeJS.ProcessEnv, timeoutMs = 600_000): Promise<Served> {
  const t0 = performance.now();
  const child: ChildProcess = spawn(process.execPath, [KGX, "serve", "--no-client", "--port", "0"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => {
      void close();
      reject(new Error(`growth: kgx serve gave no URL in ${timeoutMs / 1000} s: ${stderr.slice(-500)}`));
    }, timeoutMs);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /explorer at (http:\/\/[^\s,]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1]!, pid: child.pid!, openMs: performance.now() - t0, close });
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`growth: kgx serve exited ${code}: ${stderr.trim().slice(-500)}`));
    });
  });
}

function children(pid: number): number[] {
  const out: number[] = [];
  const taskDir = `/proc/${pid}/task`;
  if (!fs.existsSync(taskDir)) return out;
  for (const t of fs.readdirSync(taskDir)) {
    try {
      const ids = fs.readFileSync(`${taskDir}/${t}/children`, "utf8").trim();
      if (ids) out.push(...ids.split(/\s+/).map(Number));
    } catch {
      // a thread that ended meanwhile
    }
  }
  return out;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants (the server and its database process), in MB. */
export function treeRssMb(pid: number): number {
  let kb = 0;
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop()!;
    kb += rssKb(p);
    todo.push(...children(p));
  }
  return kb / 1024;
}

/** Bytes on disk under a file or folder (a Grafeo store is a file plus its WAL beside it). */
export function diskBytes(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.blocks * 512;
  return fs.readdirSync(p).reduce((sum, f) => sum + diskBytes(path.join(p, f)), 0);
}
