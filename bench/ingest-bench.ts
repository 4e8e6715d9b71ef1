// Ingest benchmark: articles/s through the ingest service (extract + store), and claims
// written/s by the store against raw Grafeo UNWIND CREATE of the same rows, same process.
import fs from "node:fs";
import path from "node:path";
import grafeo from "@grafeo-db/js";
import { extractArticle } from "../server/core/extraction/index.ts";
import type { ExtractedArticle } from "../server/core/model/types.ts";
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

export async function runIngestBench(n = 200): Promise<BenchFigure[]> {
  const texts = corpus(n);
  const docs = texts.map((text) => extractArticle({ text }));
  const claims = docs.reduce((a, d) => a + d.claims.length, 0);

  const store = await openGrafeoStore(null);
  let started = performance.now();
  for (const d of docs) await store.upsertArticle(d);
  const storeSeconds = (performance.now() - started) / 1000;
  await store.close();
  const rawSeconds = await rawCreate(docs);

  const fresh = await openGrafeoStore(null);
  const ingest = new IngestService(fresh, { maxArticleBytes: 5_000_000 });
  started = performance.now();
  for (const text of texts) await ingest.ingest({ text });
  const ingestSeconds = (performance.now() - started) / 1000;
  await fresh.close();
  started = performance.now();
  for (const text of texts) extractArticle({ text });
  const extractOnlySeconds = (performance.now() - started) / 1000;

  const claimsPerS = claims / storeSeconds;
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
    fig("ingest.claims_per_s", claimsPerS, "claims/s", rawPerS),
    fig("ingest.articles_per_s", articlesPerS, "articles/s", extractPerS),
  ];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  for (const f of await runIngestBench()) console.log(JSON.stringify(f));
}
