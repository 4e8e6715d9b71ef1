// `kgx import FILE.json`: loads a canonical JSON graph (from kgx extract, kgx synth or a
// JSON export) into the store, a batch of articles per transaction (KGX_IMPORT_BATCH_CLAIMS), idempotently.
import fs from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput } from "../core/errors.ts";
import { canonicalArticles, importBatches } from "../core/graph/canonical-import.ts";
import type { CanonicalGraph, ExtractedArticle } from "../core/model/types.ts";
import type { GraphStore } from "../core/ports.ts";
import { buildServices, freshLoader, openStore } from "../main.ts";

export function readGraph(file: string): CanonicalGraph {
  let parsed: Partial<CanonicalGraph>;
  try {
    parsed = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (err) {
    throw new InvalidInput(`cli: ${file}: not readable JSON (${err instanceof Error ? err.message : err})`);
  }
  if (!Array.isArray(parsed.articles) || !Array.isArray(parsed.entities) || !Array.isArray(parsed.relations)) {
    throw new InvalidInput(`cli: ${file}: not canonical JSON (needs articles, entities and relations)`);
  }
  return parsed as CanonicalGraph;
}

/**
 * Converts articles [from, to) of the graph, yielding to the event loop every few articles: run beside a batch's
 * write, the conversion fills the time the main thread waits for the engine (its statements run off this thread).
 */
async function convert(all: Articles, from: number, to: number) {
  const out: ExtractedArticle[] = [];
  for (let i = from; i < to; i++) {
    out.push(all.article(i));
    if ((i - from) % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

type Articles = ReturnType<typeof canonicalArticles>;

/**
 * Writes the graph's articles in batches of at most `maxClaims` claims, a transaction each (all of a batch is
 * written, or none of it), converting the next batch while one is written; returns how many articles were new.
 */
export async function importArticles(
  store: GraphStore,
  all: Articles,
  maxClaims: number,
  progress: (done: number) => void = () => undefined,
): Promise<number> {
  const batches = importBatches(all, maxClaims);
  let created = 0;
  let next = convert(all, ...(batches[0] ?? [0, 0]));
  for (const [i, [, to]] of batches.entries()) {
    const writing = store.upsertArticles(await next);
    next = convert(all, ...(batches[i + 1] ?? [to, to]));
    next.catch(() => undefined); // seen when awaited; a failed write ends the loop first
    for (const o of await writing) if (o.created) created++;
    progress(to);
  }
  return created;
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("load a canonical JSON graph (kgx extract / synth / export) into the store")
    .argument("<file>")
    .option("--no-bulk", "write through the store's regular path even into a new store")
    .action(async (file: string, opts: { bulk: boolean }) => {
      const all = canonicalArticles(readGraph(file));
      const config = loadConfig();
      const progress = (done: number) => {
        if (process.stderr.isTTY) process.stderr.write(`\rimport ${done}/${all.count}`);
      };
      // Into a new (or empty) embedded store: one bulk load, all or nothing; else batch by batch.
      const loader = opts.bulk ? freshLoader(config) : null;
      const bulk = loader ? await loader.load(all, progress) : null;
      if (bulk?.loaded) {
        if (process.stderr.isTTY) process.stderr.write("\n");
        console.log(
          `kgx: imported ${all.count} articles (${bulk.articles} new) by a bulk load into a new store: ` +
            `store has ${bulk.entities} entities, ${bulk.claims} claims`,
        );
        return;
      }
      if (bulk) console.error(`kgx: ${bulk.reason}: writing batch by batch`);
      const kgx = buildServices(await openStore(config), config);
      try {
        const created = await importArticles(kgx.store, all, config.KGX_IMPORT_BATCH_CLAIMS, progress);
        if (process.stderr.isTTY) process.stderr.write("\n");
        const st = await kgx.explore.stats();
        console.log(
          `kgx: imported ${all.count} articles (${created} new): store has ${st.entities} entities, ${st.claims} claims`,
        );
      } finally {
        await kgx.store.close();
      }
    });
}
