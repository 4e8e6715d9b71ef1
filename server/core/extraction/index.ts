// Extraction entry point (placeholder until the staged pipeline lands): turns one
// article's text into entities and claims with exact evidence offsets.
import { articleId } from "../model/ids.ts";
import type { ArticleInput, CanonicalGraph, ExtractedArticle } from "../model/types.ts";

export function extractArticle(input: ArticleInput): ExtractedArticle {
  const text = input.text;
  const id = articleId(text);
  const title = input.title ?? text.split("\n", 1)[0]?.trim().slice(0, 200) ?? "";
  const sentences: Array<[number, number]> = [];
  const re = /[^.!?\n]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) sentences.push([m.index, m.index + m[0].length]);
  return { article: { id, title, source: input.source ?? "", text, sentences }, entities: [], claims: [] };
}

export function toCanonical(doc: ExtractedArticle): CanonicalGraph {
  const { text: _text, sentences: _s, ...meta } = doc.article;
  return { articles: [meta], entities: doc.entities, relations: doc.claims };
}
