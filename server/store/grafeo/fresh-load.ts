// `kgx import` into a new embedded store: Grafeo's bulk calls into a database in memory, saved beside the target
// and moved into place only when complete (all or nothing, as neo4j-admin's import builds only new databases).
import fs from "node:fs";
import path from "node:path";
import grafeo from "@grafeo-db/js";
import { StoreUnavailable } from "../../core/errors.ts";
import { ENTITY_LABELS } from "../../core/model/labels.ts";
import type { ArticleSource, ExtractedArticle } from "../../core/model/types.ts";
import type { FreshLoadResult, FreshStoreLoader } from "../../core/ports.ts";
import { publisherOf } from "../article-batch.ts";
import { EntityTally, freshArticleEdges, freshArticleProps, type EdgeVisitor } from "../fresh-rows.ts";
import { schemaStatements } from "../schema.ts";
import { GrafeoRunner } from "./grafeo-runner.ts";
import type { Db } from "./values.ts";

type Edge = Parameters<Db["batchCreateEdges"]>[0][number];

/** A store file past this size is taken to hold data without opening it (an empty one is about 40 KB). */
const EMPTY_MAX_BYTES = 4 * 2 ** 20;

export interface FreshLoadOptions {
  /** Rows a bulk call takes (default 50,000). */
  chunk?: number;
  /** Called once the new store is saved beside the target, before it moves into place (tests: a crash there). */
  beforePlace?: (temp: string) => void | Promise<void>;
}

/** The temporary stores of this target (`.NAME.bulk-PID-N`), whose process may have died. */
const tempPrefix = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.bulk-`);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary stores a killed bulk load left beside the target. */
function removeStale(target: string): void {
  const prefix = path.basename(tempPrefix(target));
  const dir = path.dirname(target);
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const pid = Number(name.startsWith(prefix) ? name.slice(prefix.length).split("-")[0] : NaN);
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid)) {
      fs.rmSync(path.join(dir, name), { recursive: true, force: true });
    }
  }
}

/** A temporary store and what the engine writes beside it while saving (`.partial.creating`, `.wal`). */
function removeTemp(temp: string): void {
  const dir = path.dirname(temp);
  const name = path.basename(temp);
  for (const f of fs.readdirSync(dir)) {
    if (f === name || f.startsWith(`${name}.`)) fs.rmSync(path.join(dir, f), { recursive: true, force: true });
  }
}

function syncDir(dir: string): void {
  const fd = fs.openSync(dir, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export class GrafeoFreshLoader implements FreshStoreLoader {
  private readonly target: string;

  constructor(
    file: string,
    private readonly opts: FreshLoadOptions = {},
  ) {
    this.target = path.resolve(file);
  }

  async load(source: ArticleSource, progress: (done: number) => void = () => undefined): Promise<FreshLoadResult> {
    const target = this.target;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const kind = fs.lstatSync(target, { throwIfNoEntry: false });
    if (kind?.isSymbolicLink()) return { loaded: false, reason: `${target} is a symbolic link` };
    if (kind?.isDirectory()) return { loaded: false, reason: `${target} is a directory` };
    if (fs.existsSync(`${target}.wal`) && !fs.existsSync(target)) {
      return { loaded: false, reason: `${target}.wal exists without its store` };
    }
    // Opening a large store only to find it holds data would cost seconds (6 s at 1M claims): its size says so.
    if (fs.existsSync(target) && fs.statSync(target).size > EMPTY_MAX_BYTES) {
      return { loaded: false, reason: "the store holds data" };
    }
    // An empty store stays open (its lock held) until the new one replaces it.
    let holder = fs.existsSync(target) ? GrafeoRunner.open(target) : null;
    let temp: string | null = null;
    try {
      if (holder && holder.db.nodeCount() > 0) return { loaded: false, reason: "the store holds data" };
      const tally = new EntityTally();
      const ids = new Set<string>();
      for (let i = 0; i < source.count; i++) {
        const head = source.head?.(i) ?? source.article(i);
        if (ids.has(head.article.id)) return { loaded: false, reason: `article ${head.article.id} appears twice` };
        ids.add(head.article.id);
        tally.add(head);
      }
      removeStale(target);
      const db = grafeo.GrafeoDB.create();
      let summary: FreshLoadResult;
      try {
        summary = await this.write(db, source, tally, progress);
        for (const stmt of schemaStatements()) await db.executeCypher(stmt);
        for (let n = 0; temp === null || fs.existsSync(temp); n++) temp = `${tempPrefix(target)}${process.pid}-${n}`;
        db.save(temp);
      } finally {
        db.close();
      }
      await this.opts.beforePlace?.(temp);
      if (holder) {
        await holder.close();
        holder = null;
        fs.renameSync(temp, target);
      } else {
        try {
          fs.linkSync(temp, target); // never replaces a store that appeared meanwhile
        } catch (err) {
          if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
          throw new StoreUnavailable(`store: ${target} appeared during the bulk load; nothing was written to it`);
        }
        fs.rmSync(temp);
      }
      syncDir(path.dirname(target));
      return summary;
    } finally {
      if (temp) removeTemp(temp);
      await holder?.close();
    }
  }

  /** Entities first, then article by article: the article nodes, and their PUBLISHED, MENTIONS and claim edges. */
  private async write(
    db: Db,
    source: ArticleSource,
    tally: EntityTally,
    progress: (done: number) => void,
  ): Promise<FreshLoadResult> {
    const chunk = this.opts.chunk ?? 50_000;
    // Entities and articles apart: an article may carry an entity's id (a hand-made file), as the write path's
    // MATCHes by label keep them apart.
    const node = new Map<string, number>();
    const articleNode = new Map<string, number>();
    const byLabel = tally.byLabel();
    let entities = 0;
    for (const label of ENTITY_LABELS) {
      const rows = byLabel.get(label) ?? [];
      for (let i = 0; i < rows.length; i += chunk) {
        const part = rows.slice(i, i + chunk);
        const created = await db.batchCreateNodesWithProps(["Entity", label], part);
        part.forEach((e, k) => node.set(e.id, created[k]!));
        entities += part.length;
      }
    }
    const now = new Date().toISOString();
    let claims = 0;
    // Two edge calls in flight: the engine writes one chunk (off this thread) while this thread converts the next.
    const inflight: Array<Promise<unknown>> = [];
    let from = 0;
    try {
      while (from < source.count) {
        const docs: ExtractedArticle[] = [];
        const props: Array<Record<string, unknown>> = [];
        let rows = 0;
        for (let to = from; to < source.count && (rows < chunk || docs.length === 0); to++) {
          const doc = source.article(to);
          docs.push(doc);
          props.push(freshArticleProps(doc, now));
          rows += doc.entities.length + doc.claims.length + 1;
        }
        if (inflight.length >= 2) await inflight.shift();
        const created = await db.batchCreateNodesWithProps(["Article"], props);
        const edges: Edge[] = [];
        const edge: EdgeVisitor = (type, source, target, properties) => {
          const src = type === "MENTIONS" ? articleNode.get(source) : node.get(source);
          const dst = node.get(target);
          // As the write path's MATCH: a relationship to an entity that is not created is not written.
          if (src === undefined || dst === undefined) return;
          edges.push({ src, dst, type, properties });
          if (type !== "MENTIONS") claims++;
        };
        docs.forEach((doc, k) => {
          articleNode.set(doc.article.id, created[k]!);
          const publisher = publisherOf(doc);
          if (publisher) edges.push({ src: node.get(publisher.id)!, dst: created[k]!, type: "PUBLISHED" });
          freshArticleEdges(doc, edge);
        });
        const writing = db.batchCreateEdges(edges);
        writing.catch(() => undefined); // awaited below; a failure while building the next chunk wins
        inflight.push(writing);
        from += docs.length;
        progress(from);
      }
      await Promise.all(inflight);
    } catch (err) {
      await Promise.allSettled(inflight); // the database is closed next: no call may still run in it
      throw err;
    }
    return { loaded: true, articles: source.count, entities, claims };
  }
}
