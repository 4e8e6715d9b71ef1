// The bulk load into a new Grafeo store (kgx import) against the regular write path on real files: the whole
// stored graph is identical, a re-import changes nothing, and a failure or a store appearing meanwhile writes nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importArticles } from "../../server/cli/import-command.ts";
import { StoreUnavailable } from "../../server/core/errors.ts";
import { canonicalArticles, toExtractedArticles } from "../../server/core/graph/canonical-import.ts";
import { synthGraph } from "../../server/core/graph/synth.ts";
import type { CanonicalGraph } from "../../server/core/model/types.ts";
import { entityId } from "../../server/core/model/ids.ts";
import { GrafeoFreshLoader } from "../../server/store/grafeo/fresh-load.ts";
import { GrafeoRunner } from "../../server/store/grafeo/grafeo-runner.ts";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { articleA } from "../fixtures/small-graph.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-fresh-"));
let n = 0;
const file = () => path.join(dir, `db-${n++}`, "kgx.grafeo");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const byJson = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

/** Every node with its labels and properties, every relationship with its type, ends and properties (ingest times masked). */
async function dump(db: string) {
  const runner = GrafeoRunner.open(db);
  try {
    const nodes = (await runner.read("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")).map((r) => {
      const props = r.props as Record<string, unknown>;
      if (typeof props.ingested === "string") props.ingested = /^\d{4}-\d\d-\d\dT/.test(props.ingested);
      return { labels: (r.labels as string[]).sort(), props };
    });
    const rels = await runner.read(
      "MATCH (a)-[r]->(b) RETURN labels(a) AS from, a.id AS source, labels(b) AS to, b.id AS target, " +
        "type(r) AS type, properties(r) AS props",
    );
    return { nodes: nodes.sort(byJson), rels: rels.sort(byJson) };
  } finally {
    await runner.close();
  }
}

/** The seeds' extractions (quotes, polarity, roles) as one canonical graph, with publishers: new ones and a named outlet. */
function seedsGraph(): CanonicalGraph {
  const golden = path.resolve(import.meta.dirname, "../fixtures/golden");
  const parts = fs
    .readdirSync(golden)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(golden, f), "utf8")) as CanonicalGraph);
  const graph: CanonicalGraph = {
    articles: parts.flatMap((p) => p.articles),
    entities: [...new Map(parts.flatMap((p) => p.entities).map((e) => [e.id, e])).values()],
    relations: parts.flatMap((p) => p.relations),
  };
  const outlet = graph.entities.find((e) => e.label === "Outlet");
  expect(outlet, "the seeds name an outlet").toBeDefined();
  expect(graph.relations.some((r) => r.quote) && graph.relations.some((r) => r.polarity)).toBe(true);
  expect(graph.relations.some((r) => r.role)).toBe(true);
  graph.articles[0]!.publisher = "The Bulk Gazette";
  graph.articles[1]!.publisher = outlet!.name.toUpperCase(); // the same id as the outlet the claims name
  graph.articles[3]!.publisher = "The Bulk Gazette";
  graph.articles[4]!.published = "2024-11-05";
  expect(entityId("Outlet", outlet!.name.toUpperCase())).toBe(outlet!.id);
  return graph;
}

type Source = ReturnType<typeof canonicalArticles>;

/** Extracted articles as given (no `head`): a later article names an entity by another name and a new alias. */
function renamedSource(): Source {
  const docs = toExtractedArticles(synthGraph({ nodes: 80, edges: 400, articles: 8, seed: 11 }));
  const shared = docs[0]!.entities.find((e) => docs[6]!.entities.some((x) => x.id === e.id))!;
  docs[6]!.entities = docs[6]!.entities.map((e) =>
    e.id === shared.id ? { ...e, name: `${e.name} Variant`, aliases: [...e.aliases, `${e.name} Variant`] } : e,
  );
  return {
    count: docs.length,
    claims: (i) => docs[i]!.claims.length,
    article: (i) => structuredClone(docs[i]!),
    head: (i) => structuredClone(docs[i]!),
  };
}

/** A synthetic graph whose first article carries the id of an entity it mentions. */
function collidingSource(): Source {
  const graph = synthGraph({ nodes: 60, edges: 300, articles: 6, seed: 13 });
  const old = graph.articles[0]!.id;
  const taken = graph.relations.find((r) => r.article === old)!.source;
  graph.articles[0]!.id = taken;
  for (const r of graph.relations) if (r.article === old) r.article = taken;
  return canonicalArticles(graph);
}

const sources: Array<[string, () => Source]> = [
  ["a synthetic graph", () => canonicalArticles(synthGraph({ nodes: 300, edges: 2_000, articles: 37, seed: 9 }))],
  ["the seeds' extractions", () => canonicalArticles(seedsGraph())],
  ["articles naming an entity by two names", renamedSource],
  ["an article whose id is an entity's (a hand-made file)", collidingSource],
];

describe("bulk load into a new Grafeo store", () => {
  for (const [name, sourceOf] of sources) {
    it(`${name}: the same stored graph as the regular path, and a re-import changes nothing`, async () => {
      const source = sourceOf();
      const bulk = file();
      const regular = file();
      // Small chunks, so articles, their edges and the entity labels cross the calls' boundaries.
      const result = await new GrafeoFreshLoader(bulk, { chunk: 97 }).load(source);
      expect(result).toMatchObject({ loaded: true, articles: source.count });
      const store = await openGrafeoStore(regular);
      await importArticles(store, source, 300);
      await store.close();
      const expected = await dump(regular);
      expect(expected.rels.length).toBeGreaterThan(source.count);
      const got = await dump(bulk);
      expect(got.nodes).toEqual(expected.nodes);
      expect(got.rels).toEqual(expected.rels);
      expect(fs.readdirSync(path.dirname(bulk))).toEqual(["kgx.grafeo"]);
      // The store now holds data: a second bulk load declines, and the regular path finds every article stored.
      expect(await new GrafeoFreshLoader(bulk).load(source)).toEqual({ loaded: false, reason: "the store holds data" });
      const again = await openGrafeoStore(bulk);
      expect(await importArticles(again, source, 50_000)).toEqual({ created: 0, splitTo: null });
      await again.close();
      expect(await dump(bulk)).toEqual(got);
    });
  }

  it("declines a target that is a symbolic link or a directory (the regular path follows the link)", async () => {
    const real = file();
    await (await openGrafeoStore(real)).close();
    const link = path.join(path.dirname(real), "link.grafeo");
    fs.symlinkSync(real, link);
    const source = canonicalArticles(synthGraph({ nodes: 30, edges: 60, articles: 2, seed: 4 }));
    expect(await new GrafeoFreshLoader(link).load(source)).toEqual({
      loaded: false,
      reason: `${link} is a symbolic link`,
    });
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    const dir = path.join(path.dirname(real), "a-dir.grafeo");
    fs.mkdirSync(dir);
    expect(await new GrafeoFreshLoader(dir).load(source)).toEqual({ loaded: false, reason: `${dir} is a directory` });
  });

  it("replaces an empty store, and declines an article id given twice", async () => {
    const target = file();
    await (await openGrafeoStore(target)).close();
    const graph = synthGraph({ nodes: 50, edges: 200, articles: 5, seed: 3 });
    expect(await new GrafeoFreshLoader(target).load(canonicalArticles(graph))).toMatchObject({ loaded: true });
    expect((await dump(target)).nodes.filter((x) => x.labels.includes("Article"))).toHaveLength(5);
    const twice = file();
    const dup = { ...graph, articles: [...graph.articles, graph.articles[2]!] };
    const r = await new GrafeoFreshLoader(twice).load(canonicalArticles(dup));
    expect(r).toEqual({ loaded: false, reason: `article ${graph.articles[2]!.id} appears twice` });
    expect(fs.readdirSync(path.dirname(twice))).toEqual([]);
  });

  it("a bad claim late in the file leaves no store, and an empty target as it was", async () => {
    const graph = synthGraph({ nodes: 200, edges: 1_500, articles: 30, seed: 4 });
    const last = graph.relations.findLast((r) => r.article === graph.articles.at(-1)!.id)!;
    (last as unknown as { evidence: unknown }).evidence = 5; // not a string: the conversion throws
    const absent = file();
    await expect(new GrafeoFreshLoader(absent, { chunk: 200 }).load(canonicalArticles(graph))).rejects.toThrow();
    expect(fs.readdirSync(path.dirname(absent))).toEqual([]);
    const empty = file();
    await (await openGrafeoStore(empty)).close();
    const inode = fs.statSync(empty).ino; // a new store would come in by a rename: another inode
    await expect(new GrafeoFreshLoader(empty, { chunk: 200 }).load(canonicalArticles(graph))).rejects.toThrow();
    expect(fs.readdirSync(path.dirname(empty))).toEqual(["kgx.grafeo"]);
    expect(fs.statSync(empty).ino).toBe(inode);
    expect(await dump(empty)).toEqual({ nodes: [], rels: [] });
  });

  it("a store that appears at the target during the load is left alone", async () => {
    const target = file();
    const graph = synthGraph({ nodes: 50, edges: 200, articles: 5, seed: 6 });
    const loader = new GrafeoFreshLoader(target, {
      beforePlace: async () => {
        const other = await openGrafeoStore(target);
        await other.upsertArticle(articleA());
        await other.close();
      },
    });
    await expect(loader.load(canonicalArticles(graph))).rejects.toThrow(StoreUnavailable);
    expect(fs.readdirSync(path.dirname(target))).toEqual(["kgx.grafeo"]);
    const stored = (await dump(target)).nodes.filter((x) => x.labels.includes("Article"));
    expect(stored.map((x) => x.props.id)).toEqual([articleA().article.id]);
  });
});
