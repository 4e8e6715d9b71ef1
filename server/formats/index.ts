// Turns a decoded file into an article input by its kind: HTML pages and Markdown are
// reduced to prose (with the metadata they carry); plain text is taken as it is.
import type { ArticleInput } from "../core/model/types.ts";
import { htmlToArticle } from "./html.ts";
import { markdownToArticle } from "./markdown-input.ts";
import { splitFrontMatter } from "./front-matter.ts";

export function toArticleInput(filename: string, text: string): ArticleInput {
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const source = filename.split(/[\\/]/).pop() ?? filename;
  if (ext === "html" || ext === "htm") return { ...htmlToArticle(text), source };
  if (ext === "md" || ext === "markdown") {
    const { meta, body } = splitFrontMatter(text);
    const md = markdownToArticle(body);
    return { ...meta, ...md, ...(meta.title ? { title: meta.title } : {}), source };
  }
  return { text, source };
}
