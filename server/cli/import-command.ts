// `kgx import FILE.json`: loads a canonical JSON graph (from kgx extract, kgx synth or a
// JSON export) into the store, a batch of articles per transaction (KGX_IMPORT_BATCH_CLAIMS), idempotently.
import fs from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput, TransactionTooLarge } from "../core/errors.ts";
import { canonicalArticles, importBatches } from "../core/graph/canonical-import.ts";
import type { CanonicalGraph, ExtractedArticle } from "../core/model/types.ts";
import type { GraphStore } from "../core/ports.ts";
import { buildServices, openStore } from "../main.ts";

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

/** What an import did: articles new to the store, and the smallest piece a refused batch was split into. */
export interface ImportReport {
  created: number;
  /** Articles a transaction, after the store refused a larger one for its size (Neo4j); null when none was. */
  splitTo: number | null;
}

/**
 * Writes the graph's articles in batches of at most `maxClaims` claims, a transaction each (all of a batch is
 * written, or none of it), converting the next batch while one is written. A batch the store refuses for its size
 * (TransactionTooLarge: nothing of it was written) is written in halves, down to one article, and the batches after
 * it in pieces of the size that went through.
 */
export async function importArticles(
  store: GraphStore,
  all: Articles,
  maxClaims: number,
  progress: (done: number) => void = () => undefined,
): Promise<ImportReport> {
  const batches = importBatches(all, maxClaims);
  const report: ImportReport = { created: 0, splitTo: null };
  const write = async (docs: ExtractedArticle[]): Promise<void> => {
    try {
      for (const o of await store.upsertArticles(docs)) if (o.created) report.created++;
    } catch (err) {
      if (!(err instanceof TransactionTooLarge) || docs.length < 2) throw err;
      const half = Math.ceil(docs.length / 2);
      report.splitTo = Math.min(report.splitTo ?? half, half);
      await write(docs.slice(0, half));
      await write(docs.slice(half));
    }
  };
  let next = convert(all, ...(batches[0] ?? [0, 0]));
  for (const [i, [, to]] of batches.entries()) {
    const docs = await next;
    next = convert(all, ...(batches[i + 1] ?? [to, to]));
    next.catch(() => undefined); // seen when awaited; a failed write ends the loop first
    const piece = report.splitTo ?? docs.length;
    for (let k = 0; k < docs.length; k += piece) await write(docs.slice(k, k + piece));
    progress(to);
  }
  return report;
}

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("load a canonical JSON graph (kgx extract / synth / export) into the store")
    .argument("<file>")
    .action(async (file: string) => {
      const all = canonicalArticles(readGraph(file));
      const config = loadConfig();
      const kgx = buildServices(await openStore(config), config);
      try {
        const progress = (done: number) => {
          if (process.stderr.isTTY) process.stderr.write(`\rimport ${done}/${all.count}`);
        };
        const { created, splitTo } = await importArticles(kgx.store, all, config.importBatchClaims, progress);
        if (process.stderr.isTTY) process.stderr.write("\n");
        if (splitTo !== null) {
          console.error(`kgx: the store refused batches for their size: wrote ${splitTo} articles a transaction`);
        }
        const st = await kgx.explore.stats();
        console.log(
          `kgx: imported ${all.count} articles (${created} new): store has ${st.entities} entities, ${st.claims} claims`,
        );
      } finally {
        await kgx.store.close();
      }
    });
}
