// What the CLI commands run against: the store opened in this process, or, when a kgx server
// holds it, that server's HTTP API. Both give the same answers.
import { KgxError, StoreUnavailable } from "../core/errors.ts";
import type { Config } from "../config.ts";
import { buildServices, openStore } from "../main.ts";
import type { CliBackend } from "./cli-backend.ts";
import { RemoteKgx } from "./remote-client.ts";
import { findServer, serverFilePath } from "./server-file.ts";

export type { CliBackend };

async function local(config: Config): Promise<CliBackend> {
  const kgx = buildServices(await openStore(config), config);
  return {
    via: "local",
    stats: () => kgx.explore.stats(),
    ingest: (input) => kgx.ingest.ingest(input),
    ingestMany: (inputs) => kgx.ingest.ingestMany(inputs),
    ingestUrl: (url, o) => kgx.urls.ingestUrl(url, o),
    query: (cypher, params) => kgx.query.run(cypher, params),
    exportFile: (req) => kgx.exporter.render(req),
    remove: (id) => kgx.articles.remove(id),
    // A user query past its time limit keeps running in the engine; exiting ends it.
    close: () => Promise.race([kgx.store.close(), new Promise<void>((r) => setTimeout(r, 200))]),
  };
}

/** The running server's API if one advertises itself beside the database, else the store itself. */
export async function openBackend(config: Config): Promise<CliBackend> {
  const url = await findServer(config.dataPath);
  if (url) return new RemoteKgx(url);
  try {
    return await local(config);
  } catch (err) {
    if (err instanceof StoreUnavailable && /in use/.test(err.message)) {
      throw new KgxError(
        `${err.message}. No kgx server advertises itself in ${serverFilePath(config.dataPath)}: ` +
          "stop the other kgx process (or wait for it to finish), or run this command while `kgx serve` " +
          "holds the database, and it will go through the server's API.",
      );
    }
    throw err;
  }
}
