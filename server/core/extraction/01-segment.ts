// Stage 01: paragraphs, sentences and quotations. Rule-based and linear; copes with
// glued sentences ("DPRK.İt"), curly quotes, abbreviations and boilerplate lines.
import type { Doc, QuoteSpan, Sentence } from "./types.ts";

const ABBREV = new Set(
  "mr mrs ms dr st gen lt col sgt capt maj adm gov sen rep prof jr sr vs etc no inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec approx est fig p pp vol".split(
    " ",
  ),
);
const CLOSERS = "”\"’')]»";
const OPEN_Q = '“"«„';
const isUpper = (c: string | undefined): boolean => !!c && c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string | undefined): boolean => !!c && c !== c.toUpperCase() && c === c.toLowerCase();
const isSpace = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\u00a0" || c === "\u3000";

/** The word ending just before position i (letters, digits and dots). */
function wordBefore(text: string, i: number, lineStart: number): string {
  let j = i;
  while (j > lineStart && /[\p{L}\p{N}.]/u.test(text[j - 1] ?? "")) j--;
  return text.slice(j, i);
}

function isAbbrev(word: string): boolean {
  const w = word.replace(/\.$/, "");
  if (/^(\p{L}\.)*\p{L}$/u.test(w) && w.length <= 7 && w.includes(".")) return true; // U.S, D.P.R.K
  if (/^\p{Lu}$/u.test(w)) return true; // initials: "J. Smith"
  return ABBREV.has(w.toLowerCase());
}

/** Next index >= from of a character class in text (-1 if none); remembers its last answer so that
 * scanning line by line never re-reads a long stretch without hits (linear overall). */
function scanner(text: string, re: RegExp): (from: number) => number {
  let lastFrom = Infinity;
  let lastHit = -1;
  return (from: number): number => {
    if (from >= lastFrom && (lastHit < 0 || from <= lastHit)) return lastHit;
    re.lastIndex = from;
    const m = re.exec(text);
    lastFrom = from;
    lastHit = m ? m.index : -1;
    return lastHit;
  };
}

const TERMINATOR = /[.!?…]/g;

function splitLine(
  text: string,
  next: (from: number) => number,
  from: number,
  to: number,
  para: number,
  out: Sentence[],
): void {
  let s = from;
  const push = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a] ?? "")) a++;
    while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
    if (b > a) out.push({ start: a, end: b, para, headline: false, tokStart: 0, tokEnd: 0 });
    s = e;
  };
  let resume: number;
  for (let i = next(from); i >= 0 && i < to; i = next(resume)) {
    const c = text[i];
    let j = i + 1;
    while (j < to && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < to && CLOSERS.includes(text[j] ?? "")) j++;
    if (j >= to) break;
    resume = i + 1;
    const n = text[j];
    if (isSpace(n)) {
      let k = j;
      while (k < to && isSpace(text[k])) k++;
      const m = text[k];
      if (
        (isUpper(m) || OPEN_Q.includes(m ?? "") || /[0-9—–-]/.test(m ?? "")) &&
        !(c === "." && j === i + 1 && isAbbrev(wordBefore(text, i, from)))
      ) {
        push(j);
        resume = j;
      }
    } else if (c !== "…" && isUpper(n) && isLower(text[j + 1])) {
      const w = wordBefore(text, i, from);
      if (j > i + 1 || (w.length >= 2 && !isAbbrev(w) && !/\.\p{L}/u.test(w))) {
        push(j);
        resume = j;
      }
    } else if (j === i + 1 && OPEN_Q.includes(n ?? "") && isUpper(text[j + 1])) {
      push(j);
      resume = j;
    }
  }
  push(to);
}

const wordsOf = (t: string): string[] => t.split(/\s+/).filter((w) => w.length > 3 && /^\p{L}/u.test(w));

/** A short line without final punctuation, or mostly capitalised words: a headline or boilerplate. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  if (/[.!?:;"”]$/.test(t) && !/^[^a-z]*$/.test(t)) {
    if (t.length >= 160) return false;
    const words = wordsOf(t);
    const caps = words.filter((w) => isUpper(w[0])).length;
    return words.length >= 3 && caps / words.length >= 0.9;
  }
  if (t.length >= 200 && /(^|\s)\p{L}\S{3}/u.test(t)) return false;
  const words = wordsOf(t);
  if (words.length === 0) return true;
  const caps = words.filter((w) => isUpper(w[0])).length;
  return t.length < 200 && (caps / words.length >= 0.6 || words.length <= 4);
}

const QUOTE_CHAR = /[“«„”»"]/g;

function findQuotes(
  text: string,
  next: (from: number) => number,
  from: number,
  to: number,
  para: number,
  out: QuoteSpan[],
): void {
  let open = -1;
  let straight = -1;
  for (let i = next(from); i >= 0 && i < to; i = next(i + 1)) {
    const c = text[i];
    if (c === "“" || c === "«" || c === "„") open = i;
    else if ((c === "”" || c === "»") && open >= 0) {
      out.push({ start: open, end: i + 1, para });
      open = -1;
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        out.push({ start: straight, end: i + 1, para });
        straight = -1;
      }
    }
  }
}

const LINE_BREAK = /[\n\r\u2029]/g;

export function segment(doc: Doc): Doc {
  const text = doc.text;
  const sentences: Sentence[] = [];
  const quotes: QuoteSpan[] = [];
  let para = 0;
  let lineStart = 0;
  const nextTerm = scanner(text, TERMINATOR);
  const nextQuote = scanner(text, QUOTE_CHAR);
  for (;;) {
    LINE_BREAK.lastIndex = lineStart;
    const hit = LINE_BREAK.exec(text);
    const i = hit ? hit.index : text.length;
    const line = text.slice(lineStart, i);
    if (line.trim()) {
      const before = sentences.length;
      splitLine(text, nextTerm, lineStart, i, para, sentences);
      findQuotes(text, nextQuote, lineStart, i, para, quotes);
      if (sentences.length - before === 1 && isHeadline(line)) sentences[before]!.headline = true;
      para++;
    }
    if (!hit) break;
    lineStart = i + 1;
  }
  for (const s of sentences) {
    const q = quotes.find((q) => q.start < s.end && q.end > s.start && q.end - q.start > 12);
    if (q) s.quote = [Math.max(q.start, s.start), Math.min(q.end, s.end)];
  }
  return { ...doc, sentences, quotes };
}
