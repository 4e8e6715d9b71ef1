// Starts a real kgx in-process for tests: a temporary Grafeo database, optionally the
// seed corpus ingested, the built client, listening on port 0.
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

export async function startTestServer(
  opts: { seeds?: boolean; client?: boolean; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-test-"));
  const config = loadConfig({ KGX_DATA: path.join(dir, "kgx.grafeo"), PORT: "0", ...opts.env });
  const kgx = buildServices(await openStore(config, { server: true }), config);
  if (opts.seeds ?? true) await ingestPaths(kgx.ingest, [SEEDS], { maxBytes: config.KGX_MAX_ARTICLE_BYTES });
  const clientDir = opts.client === false ? undefined : await ensureClientBuilt();
  const http = await listen(kgx, config, clientDir ? { clientDir } : {});
  return {
    url: http.url,
    kgx,
    dataPath: config.dataPath,
    async close() {
      await http.close();
      await kgx.store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
