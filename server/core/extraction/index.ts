// Extraction entry point: runs the numbered pure stages in the one order declared here
// and exposes the article as extracted claims or as the canonical JSON graph.
import { articleId } from "../model/ids.ts";
import type { ArticleInput, CanonicalGraph, ExtractedArticle } from "../model/types.ts";
import type { Doc, Stage } from "./types.ts";
import { segment } from "./01-segment.ts";
import { tokenize } from "./02-tokens.ts";
import { findMentions } from "./03-mentions.ts";
import { resolve } from "./04-resolve.ts";
import { relations } from "./05-relations.ts";
import { evidence } from "./06-evidence.ts";
import { normToken } from "./02-tokens.ts";
import { LEX } from "./lexicon.ts";

export const STAGE_NAMES = [
  "01-segment",
  "02-tokens",
  "03-mentions",
  "04-resolve",
  "05-relations",
  "06-evidence",
] as const;
export type StageName = (typeof STAGE_NAMES)[number];

export const STAGES: ReadonlyArray<readonly [StageName, Stage]> = [
  ["01-segment", segment],
  ["02-tokens", tokenize],
  ["03-mentions", findMentions],
  ["04-resolve", resolve],
  ["05-relations", relations],
  ["06-evidence", evidence],
];

const BOILERPLATE_MAX = Math.max(...[...LEX.boilerplateLines].map((l) => l.length)) + 8;

/** True for a line that carries no title text: markdown images/links only, table pipes, rules, boilerplate. */
export function isBoilerplateLine(line: string): boolean {
  const t = line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[|#>*_=~`\-–—\s]+/g, " ")
    .trim();
  if (!/\p{L}/u.test(t)) return true;
  // most lines are far longer than any boilerplate line: no need to normalise them
  if (t.length > BOILERPLATE_MAX) return false;
  return LEX.boilerplateLines.has(t.split(" ").map(normToken).join(" "));
}

/** The first line that reads as a title (markdown images, pipes and boilerplate skipped). */
export function titleOf(text: string): string {
  let line = "";
  // line by line without splitting the whole text (titles are near the top)
  for (let from = 0; from <= text.length;) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const l = text.slice(from, to > from && text[to - 1] === "\r" ? to - 1 : to);
    if (l.trim() && !isBoilerplateLine(l)) {
      line = l;
      break;
    }
    from = to + 1;
  }
  return line
    .replace(/^#+\s*/, "")
    .trim()
    .slice(0, 300);
}

export function newDoc(input: ArticleInput): Doc {
  const text = typeof input.text === "string" ? input.text : String(input.text ?? "");
  const meta = { id: articleId(text), title: input.title ?? titleOf(text), source: input.source ?? "" };
  return { text, meta, sentences: [], quotes: [], tokens: [], mentions: [], entities: [], raw: [], claims: [] };
}

/** Runs the stages in order up to and including the named one (all of them by default). */
export function runStages(doc: Doc, upTo: StageName = "06-evidence"): Doc {
  let d = doc;
  for (const [name, stage] of STAGES) {
    d = stage(d);
    if (name === upTo) break;
  }
  return d;
}

export function extractArticle(input: ArticleInput): ExtractedArticle {
  const d = runStages(newDoc(input));
  const sentences = d.sentences.map((s): [number, number] => [s.start, s.end]);
  return { article: { ...d.meta, text: d.text, sentences }, entities: d.entities, claims: d.claims };
}

export function toCanonical(doc: ExtractedArticle): CanonicalGraph {
  const { text: _text, sentences: _s, ...meta } = doc.article;
  return { articles: [meta], entities: doc.entities, relations: doc.claims };
}
