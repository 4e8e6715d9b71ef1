// Makes sure the built client exists and is fresh: builds it with Vite when client/dist
// is missing or older than the client sources, so `npm start` works on a fresh clone.
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const CLIENT_DIR = path.join(ROOT, "client");
export const CLIENT_DIST = path.join(CLIENT_DIR, "dist");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

export function clientIsFresh(): boolean {
  const index = path.join(CLIENT_DIST, "index.html");
  if (!fs.existsSync(index)) return false;
  const modelDir = path.join(ROOT, "server/core/model");
  return fs.statSync(index).mtimeMs >= Math.max(newestMtime(CLIENT_DIR), newestMtime(modelDir));
}

export async function ensureClientBuilt(log: (s: string) => void = () => {}): Promise<string> {
  if (clientIsFresh()) return CLIENT_DIST;
  log("kgx: building the client (once)…");
  const vite = await import("vite");
  await vite.build({ configFile: path.join(CLIENT_DIR, "vite.config.ts"), logLevel: "warn" });
  return CLIENT_DIST;
}
