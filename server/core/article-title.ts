// The article title rule: the first text line when it is short enough to be a headline,
// otherwise the lead (first sentence) trimmed at a word boundary.
import { titleOf } from "./extraction/index.ts";

/** A headline is at most this long and holds at most one sentence. */
export const MAX_HEADLINE = 140;
const LEAD_LENGTH = 90;

function looksLikeHeadline(line: string): boolean {
  if (line.length > MAX_HEADLINE) return false;
  // Two sentences or more ("… in 2024. The …") are body text, not a headline.
  return !/[.!?]["”’)]?\s+\p{Lu}/u.test(line);
}

function trimLead(line: string): string {
  const sentence = /^(.+?[.!?])(?=\s|$)/u.exec(line)?.[1] ?? line;
  if (sentence.length <= LEAD_LENGTH) return sentence.replace(/[.]$/, "");
  const cut = sentence.slice(0, LEAD_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${(space > 40 ? cut.slice(0, space) : cut).replace(/[\s,;:–—-]+$/, "")}…`;
}

/** A real title for an article: `given` when it is a headline, else one from the text. */
export function articleTitle(text: string, given?: string): string {
  const g = given?.replace(/\s+/g, " ").trim();
  if (g && g.length <= MAX_HEADLINE) return g;
  const line = (g || titleOf(text)).replace(/\s+/g, " ").trim();
  if (!line) return "Untitled article";
  return looksLikeHeadline(line) ? line : trimLead(line);
}
