// `kgx import FILE.json`: loads a canonical JSON graph (from kgx extract, kgx synth or a
// JSON export) into the store, a batch of articles per transaction (KGX_IMPORT_BATCH), idempotently.
import fs from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput } from "../core/errors.ts";
import { toExtractedArticles } from "../core/graph/canonical-import.ts";
import type { CanonicalGraph } from "../core/model/types.ts";
import { buildServices, openStore } from "../main.ts";

function readGraph(file: string): CanonicalGraph {
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

export function registerImport(program: Command): void {
  program
    .command("import")
    .description("load a canonical JSON graph (kgx extract / synth / export) into the store")
    .argument("<file>")
    .action(async (file: string) => {
      const docs = toExtractedArticles(readGraph(file));
      const config = loadConfig();
      const kgx = buildServices(await openStore(config), config);
      try {
        let created = 0;
        // A batch of articles per transaction: all of it is written, or none of it.
        const size = config.KGX_IMPORT_BATCH;
        for (let i = 0; i < docs.length; i += size) {
          for (const o of await kgx.store.upsertArticles(docs.slice(i, i + size))) if (o.created) created++;
          if (process.stderr.isTTY) process.stderr.write(`\rimport ${Math.min(docs.length, i + size)}/${docs.length}`);
        }
        if (process.stderr.isTTY) process.stderr.write("\n");
        const st = await kgx.explore.stats();
        console.log(
          `kgx: imported ${docs.length} articles (${created} new): store has ${st.entities} entities, ${st.claims} claims`,
        );
      } finally {
        await kgx.store.close();
      }
    });
}
