// `kgx import FILE.json`: loads a canonical JSON graph (from kgx extract, kgx synth or a
// JSON export) into the store, a batch of articles per transaction (KGX_IMPORT_BATCH_CLAIMS), idempotently.
import fs from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput, TransactionTooLarge } from "../core/errors.ts";
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

/** What an import did: articles new to the store, and the claims a transaction came down to after a refusal. */
export interface ImportReport {
  created: number;
  /** Claims a transaction at most, after the store refused a larger one for its size (Neo4j); null when none was. */
  splitTo: number | null;
}

const claimsOf = (docs: ExtractedArticle[]) => docs.reduce((n, d) => n + d.claims.length, 0);

/** The articles from `from` on, up to `budget` claims in all (at least one article, however large). */
function piece(docs: ExtractedArticle[], from: number, budget: number): ExtractedArticle[] {
  let to = from + 1;
  let claims = docs[from]?.claims.length ?? 0;
  while (to < docs.length && claims + docs[to]!.claims.length <= budget) claims += docs[to++]!.claims.length;
  return docs.slice(from, to);
}

/**
 * Writes the graph's articles in batches of at most `maxClaims` claims, a transaction each (all of a batch is
 * written, or none of it); the next batch is converted while one is written. A piece the store refuses for its
 * size (TransactionTooLarge: nothing of it was written) lowers the budget to half its claims, and the articles
 * from it on are written in pieces of that budget; a piece that goes through raises the budget to its own size
 * (never past `maxClaims`), so one large article does not shrink the rest. An article refused alone ends the import.
 */
export async function importArticles(
  store: GraphStore,
  all: Articles,
  maxClaims: number,
  progress: (done: number) => void = () => undefined,
): Promise<ImportReport> {
  const batches = importBatches(all, maxClaims);
  const report: ImportReport = { created: 0, splitTo: null };
  let budget = maxClaims;
  const write = async (docs: ExtractedArticle[]): Promise<void> => {
    for (let k = 0; k < docs.length;) {
      const part = piece(docs, k, budget);
      const claims = claimsOf(part);
      try {
        for (const o of await store.upsertArticles(part)) if (o.created) report.created++;
        k += part.length;
        if (report.splitTo !== null) budget = Math.min(maxClaims, Math.max(budget, claims));
      } catch (err) {
        if (!(err instanceof TransactionTooLarge)) throw err;
        if (part.length < 2) {
          throw new TransactionTooLarge(
            `${err.message}; article ${part[0]!.article.id} (${claims} claims) alone is too large: raise Neo4j's ` +
              "db.memory.transaction.max or its heap",
          );
        }
        budget = Math.max(1, Math.floor(claims / 2));
        report.splitTo = Math.min(report.splitTo ?? budget, budget);
      }
    }
  };
  let next = convert(all, ...(batches[0] ?? [0, 0]));
  for (const [i, [, to]] of batches.entries()) {
    const writing = write(await next);
    next = convert(all, ...(batches[i + 1] ?? [to, to]));
    next.catch(() => undefined); // seen when awaited; a failed write ends the loop first
    await writing;
    progress(to);
  }
  return report;
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
        const { created, splitTo } = await importArticles(kgx.store, all, config.importBatchClaims, progress);
        if (process.stderr.isTTY) process.stderr.write("\n");
        if (splitTo !== null) {
          console.error(`kgx: the store refused batches for their size: went down to ${splitTo} claims a transaction`);
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
