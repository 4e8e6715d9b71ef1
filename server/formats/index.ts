// Turns a decoded file into an article input by its kind: HTML pages and Markdown are
// reduced to prose; plain text is taken as it is.
import type { ArticleInput } from "../core/model/types.ts";
import { htmlToArticle } from "./html.ts";
import { markdownToArticle } from "./markdown.ts";

export function toArticleInput(filename: string, text: string): ArticleInput {
  const ext = filename.toLowerCase().split(".").pop() ?? "";
  const source = filename.split(/[\\/]/).pop() ?? filename;
  if (ext === "html" || ext === "htm") return { ...htmlToArticle(text), source };
  if (ext === "md" || ext === "markdown") return { ...markdownToArticle(text), source };
  return { text, source };
}
