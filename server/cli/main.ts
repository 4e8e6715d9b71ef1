// The kgx command line: ingest, extract, serve, dev, stats and remove; while a server holds the
// store, ingest, stats, query, export and remove go through its HTTP API (see backend.ts).
import path from "node:path";
import { Command } from "commander";
import { loadConfig, type Config } from "../config.ts";
import { InvalidInput, KgxError } from "../core/errors.ts";
import type { ArticleMetadata } from "../core/model/types.ts";
import { isoDate } from "../formats/meta-values.ts";
import { extractArticle, toCanonical } from "../core/extraction/index.ts";
import { buildServices, listen, openStore, type Kgx } from "../main.ts";
import { openBackend } from "./backend.ts";
import { ensureClientBuilt, CLIENT_DIR } from "./client-build.ts";
import { advertise } from "./server-file.ts";
import { ingestPaths, type IngestSummary } from "./ingest-files.ts";
import { registerCorrections } from "./corrections-command.ts";
import { registerExport } from "./export-command.ts";
import { registerImport } from "./import-command.ts";
import { registerQuery } from "./query-command.ts";
import { readArticle } from "./read-inputs.ts";
import { registerSync } from "./sync-command.ts";
import { registerSynth } from "./synth-command.ts";

const program = new Command("kgx").description("News entity knowledge-graph explorer").showHelpAfterError();

async function open(config: Config, server = false): Promise<Kgx> {
  return buildServices(await openStore(config, { server }), config, { server });
}

function printSummary(s: IngestSummary, verbose: boolean) {
  for (const o of s.outcomes)
    if (verbose || !o.ok) console.error(`${o.ok ? "  ok " : "  ERR"} ${o.file}: ${o.message}`);
  const updated = s.updated > 0 ? ` ${s.updated} updated,` : "";
  console.log(`kgx: ${s.files} files: ${s.ingested} ingested,${updated} ${s.unchanged} unchanged, ${s.failed} failed`);
}

program
  .command("ingest")
  .description("ingest article files or folders into the store")
  .argument("<paths...>", "files, folders or http(s) URLs")
  .option("-v, --verbose", "print every file's result")
  .option("--url <url>", "the articles' URL (overrides sidecars and page metadata)")
  .option("--publisher <name>", "the publishing outlet")
  .option("--date <date>", "the publication date, YYYY-MM-DD")
  .option("--author <name>", "the author")
  .action(async (paths: string[], opts: { verbose?: boolean } & Record<string, string | undefined>) => {
    const config = loadConfig();
    const flags = metadataFlags(opts);
    const kgx = await openBackend(config);
    try {
      if (kgx.via !== "local") console.error(`kgx: the store is held by the server at ${kgx.via}; using its API`);
      const s = await ingestPaths(kgx, paths, {
        maxBytes: config.KGX_MAX_ARTICLE_BYTES,
        progress: process.stderr.isTTY,
        flags,
      });
      printSummary(s, Boolean(opts.verbose));
      const st = await kgx.stats();
      console.log(`kgx: store: ${st.articles} articles, ${st.entities} entities, ${st.claims} claims`);
      if (s.failed > 0) process.exitCode = 1;
    } finally {
      await kgx.close();
    }
  });

function metadataFlags(opts: Record<string, string | undefined>): ArticleMetadata {
  const out: ArticleMetadata = {};
  if (opts.url) {
    if (!/^https?:\/\//i.test(opts.url)) throw new InvalidInput(`cli: --url must be an http(s) URL, not ${opts.url}`);
    out.url = opts.url;
  }
  if (opts.publisher) out.publisher = opts.publisher;
  if (opts.author) out.author = opts.author;
  if (opts.date) {
    const d = isoDate(opts.date);
    if (!d) throw new InvalidInput(`cli: --date must be a date like 2024-11-05, not ${JSON.stringify(opts.date)}`);
    out.published = d;
  }
  return out;
}

program
  .command("remove")
  .description("remove an article: its claims and mentions, and entities no other article mentions")
  .argument("<id>", "the article id (a_…), as in `kgx query` or the article list")
  .action(async (id: string) => {
    const kgx = await openBackend(loadConfig());
    try {
      await kgx.remove(id);
      const st = await kgx.stats();
      console.log(`kgx: removed ${id}; store: ${st.articles} articles, ${st.entities} entities, ${st.claims} claims`);
    } finally {
      await kgx.close();
    }
  });

program
  .command("extract")
  .description("print the canonical JSON of one article without touching the store")
  .argument("<file>")
  .option("--format <format>", "json", "json")
  .action(async (file: string, opts: { format: string }) => {
    if (opts.format !== "json") throw new KgxError(`cli: unknown format ${opts.format} (use json)`);
    const read = readArticle(file, loadConfig().KGX_MAX_ARTICLE_BYTES);
    if (!read.ok) throw new KgxError(`cli: ${file}: ${read.error}`);
    process.stdout.write(JSON.stringify(toCanonical(extractArticle(read.input)), null, 2) + "\n");
  });

program
  .command("stats")
  .description("print the store's counts as JSON (same as /api/stats)")
  .action(async () => {
    const kgx = await openBackend(loadConfig());
    try {
      console.log(JSON.stringify(await kgx.stats()));
    } finally {
      await kgx.close();
    }
  });

async function serve(opts: { ingest?: string[]; port?: string; dev?: boolean; client?: boolean }) {
  const config = loadConfig(opts.port ? { ...process.env, PORT: opts.port } : process.env);
  const started = performance.now();
  const kgx = await open(config, true);
  if (opts.ingest?.length) {
    printSummary(await ingestPaths(kgx.ingest, opts.ingest, { maxBytes: config.KGX_MAX_ARTICLE_BYTES }), false);
  }
  let client: Parameters<typeof listen>[2];
  if (opts.dev) {
    const vite = await import("vite");
    const dev = await vite.createServer({
      configFile: path.join(CLIENT_DIR, "vite.config.ts"),
      server: { middlewareMode: true },
      appType: "spa",
    });
    client = { clientMiddleware: dev.middlewares };
  } else if (opts.client === false) {
    client = {};
  } else {
    client = { clientDir: await ensureClientBuilt((s) => console.log(s)) };
  }
  const http = await listen(kgx, config, client);
  const unadvertise = advertise(config.dataPath, http.url);
  const st = await kgx.explore.stats();
  console.log(`kgx: store ${config.dataPath}: ${st.articles} articles, ${st.entities} entities, ${st.claims} claims`);
  const where = http.everywhere ? " on every network interface" : "";
  const login = config.KGX_AUTH_TOKEN ? ", login required" : "";
  console.log(
    `kgx: explorer at ${http.url}${where}${login} (up in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const stop = async () => {
    unadvertise();
    // A deadline for the whole shutdown: the store's close kills its process past KGX_SHUTDOWN_MS,
    // and whatever else hangs (open connections) cannot keep the server up past twice that.
    setTimeout(() => process.exit(1), config.KGX_SHUTDOWN_MS * 2).unref();
    await http.close();
    await kgx.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

for (const [name, dev] of [
  ["serve", false],
  ["dev", true],
] as const) {
  program
    .command(name)
    .description(dev ? "serve with the client hot-reloading (Vite)" : "serve the explorer and the API")
    .option("--ingest <paths...>", "ingest these files or folders first")
    .option("-p, --port <port>", "port (default PORT or 3000)")
    .option("--no-client", "serve the API only")
    .action((opts) => serve({ ...opts, dev }));
}

registerQuery(program);
registerExport(program);
registerImport(program);
registerSync(program);
registerSynth(program);
registerCorrections(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  const msg = err instanceof Error ? err.message : String(err);
  console.error(`kgx: ${msg}`);
  if (!(err instanceof KgxError) && process.env.KGX_DEBUG) console.error(err);
  process.exitCode = process.exitCode || 1;
  // A query still running on the server, or a connection to a store that stopped answering (a socket
  // that never closes), would keep the process alive after the message: leave now.
  if (err instanceof KgxError && (err.name === "QueryTimeout" || err.name === "StoreUnavailable")) process.exit();
}
