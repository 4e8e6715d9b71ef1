// Starts a real kgx in-process for tests: a temporary Grafeo database (optionally filled
// first, e.g. by `kgx import`), the seed corpus ingested, the built client, on port 0.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../../server/config.ts";
import { ensureClientBuilt, ROOT } from "../../server/cli/client-build.ts";
import { ingestPaths } from "../../server/cli/ingest-files.ts";
import { buildServices, listen, openStore, type Kgx } from "../../server/main.ts";

export const SEEDS = path.join(ROOT, "seeds");

export interface TestServer {
  url: string;
  kgx: Kgx;
  dataPath: string;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Ingest the seed corpus (default true). */
  seeds?: boolean;
  /** Serve the built client (default true). */
  client?: boolean;
  env?: Record<string, string>;
  /** Runs before the server opens the database, e.g. a `kgx import` into `dataPath`. */
  prepare?: (dataPath: string) => Promise<void>;
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-test-"));
  const config = loadConfig({ KGX_DATA: path.join(dir, "kgx.grafeo"), PORT: "0", ...opts.env });
  try {
    await opts.prepare?.(config.dataPath);
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const kgx = buildServices(await openStore(config, { server: true }), config, { server: true });
  if (opts.seeds ?? true) await ingestPaths(kgx.ingest, [SEEDS], { maxBytes: config.KGX_MAX_ARTICLE_BYTES });
  const clientDir = opts.client === false ? undefined : await ensureClientBuilt();
  const http = await listen(kgx, config, clientDir ? { clientDir } : {});
  return {
    url: http.url,
    kgx,
    dataPath: config.dataPath,
    async close() {
      await http.close();
      await kgx.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
