// The running server advertises its URL in a file beside the database (`<KGX_DATA>.server.json`),
// so CLI commands can go through its HTTP API while it holds the store.
import fs from "node:fs";
import path from "node:path";

export interface ServerAd {
  url: string;
  pid: number;
  started: string;
}

export function serverFilePath(dataPath: string): string {
  return `${dataPath}.server.json`;
}

export function advertise(dataPath: string, url: string): () => void {
  const file = serverFilePath(dataPath);
  const ad: ServerAd = { url, pid: process.pid, started: new Date().toISOString() };
  // On Neo4j nothing else creates KGX_DATA's folder (./data), and `kgx serve` failed without it.
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(ad) + "\n", { mode: 0o600 });
  return () => {
    try {
      const cur = JSON.parse(fs.readFileSync(file, "utf8")) as ServerAd;
      if (cur.pid === process.pid) fs.rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The advertised server's base URL when its process is alive and it answers /api/health; else null. */
export async function findServer(dataPath: string): Promise<string | null> {
  let ad: ServerAd;
  try {
    ad = JSON.parse(fs.readFileSync(serverFilePath(dataPath), "utf8")) as ServerAd;
  } catch {
    return null;
  }
  if (typeof ad.url !== "string" || !Number.isInteger(ad.pid) || !alive(ad.pid)) return null;
  const host = new URL(ad.url).hostname;
  // Only a server on this machine is trusted with the CLI's requests.
  if (!["127.0.0.1", "localhost", "[::1]", "::1"].includes(host)) return null;
  try {
    const res = await fetch(new URL("/api/health", ad.url), { signal: AbortSignal.timeout(2_000) });
    return res.ok ? ad.url : null;
  } catch {
    return null;
  }
}
