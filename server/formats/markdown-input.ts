// Article text from Markdown: headings, emphasis, links, images, code and HTML markup are
// reduced to their words, so the extractor and the evidence offsets see plain prose.
export function markdownToArticle(md: string): { title?: string; text: string } {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const out: string[] = [];
  let title: string | undefined;
  let fenced = false;
  for (const raw of lines) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    let line = raw
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<[^>]+>/g, "")
      .replace(/^\s{0,3}>\s?/, "")
      .replace(/^\s*([-*+]|\d+\.)\s+/, "")
      .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$/, "")
      .replace(/\s*\|\s*/g, " ")
      .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, "$2");
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) line = heading[1] ?? "";
    if (/^\s*([-*_]\s*){3,}$/.test(line)) line = "";
    line = line.trim();
    if (heading && !title && line) title = line;
    out.push(line);
  }
  const text = out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { ...(title ? { title } : {}), text };
}
