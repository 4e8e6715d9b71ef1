// Turns the CLI's file and folder arguments into article inputs: walks folders, detects
// binary files and invalid UTF-8, and reports each bad file without stopping the rest.
import fs from "node:fs";
import path from "node:path";
import type { ArticleInput, ArticleMetadata } from "../core/model/types.ts";
import { parseSidecar } from "../formats/front-matter.ts";
import { toArticleInput } from "../formats/index.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];

export type ReadResult = { file: string; ok: true; input: ArticleInput } | { file: string; ok: false; error: string };

/** Expands folders (recursively, article extensions only, sorted) and keeps files as given. */
export function expandPaths(args: string[]): { files: string[]; errors: ReadResult[] } {
  const files: string[] = [];
  const errors: ReadResult[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const arg of args) {
    try {
      if (fs.statSync(arg).isDirectory()) walk(arg);
      else files.push(arg);
    } catch (err) {
      errors.push({ file: arg, ok: false, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? err}` });
    }
  }
  return { files, errors };
}

/** Decodes bytes as an article: refuses binary data, invalid UTF-8 and empty text with a clear reason. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.length === 0) return { error: "empty file" };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { error: "binary file (NUL bytes), not an article" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { error: `invalid UTF-8 at byte ${offset}` };
  }
  if (text.trim().length === 0) return { error: "empty article (only whitespace)" };
  return { text };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const dec = new TextDecoder("utf-8", { fatal: true });
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      dec.decode(bytes.subarray(0, mid));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return Math.max(0, lo - 3);
}

/** The `FILE.source` sidecar beside an article (`x.txt` → `x.source`, or `x.txt.source`), if any. */
export function readSidecar(file: string): (ArticleMetadata & { title?: string }) | null {
  const base = file.slice(0, file.length - path.extname(file).length);
  for (const candidate of [`${base}.source`, `${file}.source`]) {
    if (candidate !== file && fs.existsSync(candidate)) return parseSidecar(fs.readFileSync(candidate, "utf8"));
  }
  return null;
}

/** Reads one article file with its sidecar; `flags` (CLI --url, --publisher, --date) win over both. */
export function readArticle(file: string, maxBytes: number, flags: ArticleMetadata = {}): ReadResult {
  try {
    const size = fs.statSync(file).size;
    if (size > maxBytes) return { file, ok: false, error: `too large: ${size} bytes (limit ${maxBytes})` };
    const decoded = decodeArticle(fs.readFileSync(file));
    if ("error" in decoded) return { file, ok: false, error: decoded.error };
    const input = { ...toArticleInput(path.basename(file), decoded.text), ...readSidecar(file), ...flags };
    if (input.text.trim().length === 0) return { file, ok: false, error: "no article text found" };
    return { file, ok: true, input };
  } catch (err) {
    return { file, ok: false, error: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
  }
}
