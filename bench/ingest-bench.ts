// Ingest benchmark: claims written/s by the store (batches as kgx ingest writes them, and one article a
// transaction) against raw Grafeo UNWIND CREATE of the same rows, and articles/s through the ingest service.
import fs from "node:fs";
import path from "node:path";
import grafeo from "@grafeo-db/js";
import { extractArticle } from "../server/core/extraction/index.ts";
import type { ExtractedArticle } from "../server/core/model/types.ts";
import type { GraphStore } from "../server/core/ports.ts";
import { INGEST_BATCH } from "../server/cli/ingest-files.ts";
import { IngestService } from "../server/services/ingest.ts";
import { openGrafeoStore } from "../server/store/grafeo/index.ts";
import type { BenchFigure } from "./extract-bench.ts";

const SEEDS = path.join(import.meta.dirname, "../seeds");

function corpus(n: number) {
  const seeds = fs
    .readdirSync(SEEDS)
    .sort()
    .map((f) => fs.readFileSync(path.join(SEEDS, f), "utf8"));
  return Array.from({ length: n }, (_, i) => seeds[i % seeds.length]!.replace("\n", `\n\nDispatch ${i}.\n`));
}

async function rawCreate(docs: ExtractedArticle[]): Promise<number> {
  const db = grafeo.GrafeoDB.create();
  await db.executeCypher("CREATE INDEX entity_id IF NOT EXISTS FOR (n:Entity) ON (n.id)");
  const entities = new Map(docs.flatMap((d) => d.entities.map((e) => [e.id, { id: e.id, name: e.name }])));
  await db.executeCypher("UNWIND $rows AS row CREATE (:Entity {id: row.id, name: row.name})", {
    rows: [...entities.values()],
  });
  const started = performance.now();
  for (const d of docs) {
    const tx = db.beginTransaction();
    const rows = d.claims.map(({ id, source, target, type: _t, ...props }) => ({ id, source, target, props }));
    await tx.executeCypher(
      "UNWIND $rows AS row MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target}) " +
        "CREATE (s)-[c:CLAIM]->(t) SET c = row.props, c.id = row.id",
      { rows },
    );
    tx.commit();
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

/** Writes the bench corpus (`n` articles) through `store`, `batch` a transaction, and times it. */
export async function runIngestCorpus(store: GraphStore, batch: number, n = 200) {
  const docs = corpus(n).map((text) => extractArticle({ text }));
  const started = performance.now();
  if (batch === 1) for (const d of docs) await store.upsertArticle(d);
  else for (let i = 0; i < docs.length; i += batch) await store.upsertArticles(docs.slice(i, i + batch));
  return { ms: performance.now() - started, articles: n, claims: docs.reduce((a, d) => a + d.claims.length, 0) };
}

/** Seconds to write `docs` through a store `open` gives: in batches of `batch` per transaction (1: one each). */
export async function storeSeconds(
  open: () => Promise<GraphStore>,
  docs: ExtractedArticle[],
  batch: number,
): Promise<number> {
  const store = await open();
  const started = performance.now();
  if (batch === 1) for (const d of docs) await store.upsertArticle(d);
  else for (let i = 0; i < docs.length; i += batch) await store.upsertArticles(docs.slice(i, i + batch));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return seconds;
}

export async function runIngestBench(n = 200, rounds = 2): Promise<BenchFigure[]> {
  const texts = corpus(n);
  const docs = texts.map((text) => extractArticle({ text }));
  const claims = docs.reduce((a, d) => a + d.claims.length, 0);

  // Alternating passes, the best of each: the machine's load moves more than either side does.
  let batched = Infinity;
  let single = Infinity;
  let rawSeconds = Infinity;
  for (let r = 0; r < rounds; r++) {
    batched = Math.min(batched, await storeSeconds(() => openGrafeoStore(null), docs, INGEST_BATCH));
    rawSeconds = Math.min(rawSeconds, await rawCreate(docs));
    single = Math.min(single, await storeSeconds(() => openGrafeoStore(null), docs, 1));
  }

  const fresh = await openGrafeoStore(null);
  const ingest = new IngestService(fresh, { maxArticleBytes: 5_000_000 });
  let started = performance.now();
  for (let i = 0; i < texts.length; i += INGEST_BATCH) {
    await ingest.ingestMany(texts.slice(i, i + INGEST_BATCH).map((text) => ({ text })));
  }
  const ingestSeconds = (performance.now() - started) / 1000;
  await fresh.close();
  started = performance.now();
  for (const text of texts) extractArticle({ text });
  const extractOnlySeconds = (performance.now() - started) / 1000;

  const rawPerS = claims / rawSeconds;
  const articlesPerS = n / ingestSeconds;
  const extractPerS = n / extractOnlySeconds;
  const fig = (name: string, value: number, unit: string, baseline: number): BenchFigure => ({
    name,
    value: Math.round(value * 10) / 10,
    unit,
    baseline: Math.round(baseline * 10) / 10,
    ratio: Math.round((value / baseline) * 1000) / 1000,
  });
  return [
    fig("ingest.claims_per_s", claims / batched, `claims/s (${INGEST_BATCH} articles a transaction)`, rawPerS),
    fig("ingest.claims_per_s.one_per_tx", claims / single, "claims/s (one article a transaction)", rawPerS),
    fig("ingest.articles_per_s", articlesPerS, "articles/s", extractPerS),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await runIngestBench()) console.log(JSON.stringify(f));
}
