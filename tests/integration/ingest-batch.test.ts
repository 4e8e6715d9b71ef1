// IngestService.ingestMany on a real Grafeo file: the same results, in order, as ingest one by one
// (new, unchanged, updated, a bad input with its own error), and the same graph.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidInput } from "../../server/core/errors.ts";
import type { ArticleInput, IngestResult } from "../../server/core/model/types.ts";
import { IngestService } from "../../server/services/ingest.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { SEEDS } from "../support/server.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-ingest-batch-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

const seeds = fs
  .readdirSync(SEEDS)
  .sort()
  .map((f) => ({ text: fs.readFileSync(path.join(SEEDS, f), "utf8"), source: f }));

function inputs(): ArticleInput[] {
  const [a, b, c] = seeds as [ArticleInput, ArticleInput, ArticleInput];
  return [a, b, { text: "   " }, a, { ...a, title: "A new title" }, { ...c, publisher: "Korea Herald" }, b];
}

const shape = (r: IngestResult | Error) =>
  r instanceof Error ? { error: r.name, message: r.message } : { ...r, article: { ...r.article, ingested: undefined } };

async function withService<T>(work: (s: IngestService) => Promise<T>) {
  const store = await openGrafeoStore(path.join(dir, `db-${n++}.grafeo`));
  try {
    const out = await work(new IngestService(store, { maxArticleBytes: 1_000_000 }));
    const ids = await store.listArticleIds();
    const docs = await Promise.all(ids.map((id) => store.exportArticle(id)));
    return {
      out,
      stats: await store.stats(),
      docs: docs.map((d) => ({ ...d, article: { ...d!.article, ingested: 0 } })),
    };
  } finally {
    await store.close();
  }
}

describe("ingestMany", () => {
  it("gives the results of ingest one by one, in order, and the same graph", async () => {
    const single = await withService(async (s) => {
      const out: Array<IngestResult | Error> = [];
      for (const input of inputs()) out.push(await s.ingest(input).catch((e: Error) => e));
      return out;
    });
    const batched = await withService((s) => s.ingestMany(inputs()));
    expect(batched.out.map(shape)).toEqual(single.out.map(shape));
    expect(batched.stats).toEqual(single.stats);
    expect(batched.docs).toEqual(single.docs);
    expect(batched.out[2]).toBeInstanceOf(InvalidInput);
    expect(batched.out.map((r) => (r instanceof Error ? "error" : r.status))).toEqual([
      "created",
      "created",
      "error",
      "unchanged",
      "updated",
      "created",
      "unchanged",
    ]);
  });
});
