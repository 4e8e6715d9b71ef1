// Ingests files and folders through the ingest service, one result per file, with a
// progress bar on a TTY. A bad file is reported and skipped; the others still go in.
import cliProgress from "cli-progress";
import type { IngestService } from "../services/ingest.ts";
import { expandPaths, readArticle, type ReadResult } from "./read-inputs.ts";

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
  ingest: IngestService,
  paths: string[],
  opts: { maxBytes: number; progress?: boolean },
): Promise<IngestSummary> {
  const { files, errors } = expandPaths(paths);
  const outcomes: FileOutcome[] = errors.map(failed);
  const bar = opts.progress
    ? new cliProgress.SingleBar(
        { format: "ingest [{bar}] {value}/{total} {file}", hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, { file: "" });
  for (const file of files) {
    const read = readArticle(file, opts.maxBytes);
    if (!read.ok) outcomes.push(failed(read));
    else {
      try {
        const r = await ingest.ingest(read.input);
        const verb = r.status === "created" ? "ingested" : r.status;
        outcomes.push({
          file,
          ok: true,
          created: r.created,
          status: r.status,
          claims: r.claims,
          message: `${verb}: ${r.entities} entities, ${r.claims} claims`,
        });
      } catch (err) {
        outcomes.push({ file, ok: false, message: err instanceof Error ? err.message : String(err) });
      }
    }
    bar?.increment(1, { file: file.slice(-40) });
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

function failed(r: ReadResult): FileOutcome {
  return { file: r.file, ok: false, message: r.ok ? "" : r.error };
}
