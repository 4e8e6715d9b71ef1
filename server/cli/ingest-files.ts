// Ingests files, folders and URLs through the ingest service or a server, one result each, with a
// progress bar on a TTY. A bad file is reported and skipped; the others still go in.
import cliProgress from "cli-progress";
import type { ArticleInput, ArticleMetadata, IngestResult } from "../core/model/types.ts";
import { expandPaths, readArticle, type ReadResult } from "./read-inputs.ts";

/** Anything that ingests one article: the ingest service, or a running server's API. */
export interface Ingester {
  ingest(input: ArticleInput): Promise<IngestResult>;
  ingestUrl?(url: string, overrides?: { publisher?: string; published?: string }): Promise<IngestResult>;
  /** Several at once in one transaction (the local store); results in order, an Error for each that failed. */
  ingestMany?(inputs: ArticleInput[]): Promise<Array<IngestResult | Error>>;
}

/** Files read and written together when the ingester takes batches: one transaction per batch. */
export const INGEST_BATCH = 10;

export const isUrl = (arg: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(arg) && !/^file:/i.test(arg);

export interface FileOutcome {
  file: string;
  ok: boolean;
  message: string;
  created?: boolean;
  status?: "created" | "updated" | "unchanged";
  claims?: number;
}

export interface IngestSummary {
  files: number;
  ingested: number;
  /** The same text already stored, with a changed title, source or date (rewritten). */
  updated: number;
  unchanged: number;
  failed: number;
  claims: number;
  outcomes: FileOutcome[];
}

export async function ingestPaths(
  ingest: Ingester,
  paths: string[],
  opts: { maxBytes: number; progress?: boolean; flags?: ArticleMetadata; batch?: number },
): Promise<IngestSummary> {
  const urls = paths.filter(isUrl);
  const { files, errors } = expandPaths(paths.filter((p) => !isUrl(p)));
  const outcomes: FileOutcome[] = errors.map(failed);
  for (const url of urls) {
    try {
      if (!ingest.ingestUrl) throw new Error("cli: this command cannot fetch URLs");
      const { publisher, published } = opts.flags ?? {};
      const r = await ingest.ingestUrl(url, {
        ...(publisher ? { publisher } : {}),
        ...(published ? { published } : {}),
      });
      outcomes.push(done(url, r));
    } catch (err) {
      outcomes.push({ file: url, ok: false, message: err instanceof Error ? err.message : String(err) });
    }
  }
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        { format: "ingest [{bar}] {value}/{total} {file}", hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, { file: "" });
  const batch = ingest.ingestMany ? Math.max(1, opts.batch ?? INGEST_BATCH) : 1;
  for (let i = 0; i < files.length; i += batch) {
    const chunk = files
      .slice(i, i + batch)
      .map((file) => ({ file, read: readArticle(file, opts.maxBytes, opts.flags) }));
    const inputs = chunk.flatMap(({ read }) => (read.ok ? [read.input] : []));
    const results = await ingestAll(ingest, inputs);
    let k = 0;
    for (const { file, read } of chunk) {
      if (!read.ok) outcomes.push(failed(read));
      else {
        const r = results[k++]!;
        outcomes.push(r instanceof Error ? { file, ok: false, message: r.message } : done(file, r));
      }
      bar?.increment(1, { file: file.slice(-40) });
    }
  }
  bar?.stop();
  const ok = outcomes.filter((o) => o.ok);
  return {
    files: outcomes.length,
    ingested: ok.filter((o) => o.created).length,
    updated: ok.filter((o) => o.status === "updated").length,
    unchanged: ok.filter((o) => !o.created && o.status !== "updated").length,
    failed: outcomes.length - ok.length,
    claims: ok.reduce((a, o) => a + (o.claims ?? 0), 0),
    outcomes,
  };
}

/** One batch through ingestMany, or one by one; an Error in place of each that failed. */
async function ingestAll(ingest: Ingester, inputs: ArticleInput[]): Promise<Array<IngestResult | Error>> {
  if (inputs.length === 0) return [];
  if (ingest.ingestMany && inputs.length > 1) return ingest.ingestMany(inputs);
  const out: Array<IngestResult | Error> = [];
  for (const input of inputs) {
    out.push(await ingest.ingest(input).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))));
  }
  return out;
}

function done(file: string, r: IngestResult): FileOutcome {
  const verb = r.status === "created" ? "ingested" : r.status;
  return {
    file,
    ok: true,
    created: r.created,
    status: r.status,
    claims: r.claims,
    message: `${verb}: ${r.entities} entities, ${r.claims} claims`,
  };
}

function failed(r: ReadResult): FileOutcome {
  return { file: r.file, ok: false, message: r.ok ? "" : r.error };
}
