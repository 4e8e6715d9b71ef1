// Pure article-view utilities: split the article text around the evidence sentence
// so the view can wrap it in a <mark>, and find the sentence index holding a span.

/** Split `text` around [start, end) into before / inside / after, clamped to the text. */
export function splitAt(text: string, span: [number, number] | null): [string, string, string] {
  if (!span) return [text, "", ""];
  const start = Math.min(Math.max(0, span[0]), text.length);
  const end = Math.min(Math.max(start, span[1]), text.length);
  return [text.slice(0, start), text.slice(start, end), text.slice(end)];
}

/** Index of the sentence whose [start, end) contains the span's start, or -1. */
export function sentenceIndexOf(
  sentences: ReadonlyArray<readonly [number, number]>,
  span: [number, number] | null,
): number {
  if (!span) return -1;
  return sentences.findIndex(([s, e]) => span[0] >= s && span[0] < e);
}
