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

function splitLine(text: string, from: number, to: number, para: number, out: Sentence[]): void {
  let s = from;
  const push = (e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(text[a] ?? "")) a++;
    while (b > a && /\s/.test(text[b - 1] ?? "")) b--;
    if (b > a) out.push({ start: a, end: b, para, headline: false, tokStart: 0, tokEnd: 0 });
    s = e;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== "." && c !== "!" && c !== "?" && c !== "…") continue;
    let j = i + 1;
    while (j < to && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < to && CLOSERS.includes(text[j] ?? "")) j++;
    if (j >= to) break;
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
        i = j - 1;
      }
    } else if (c !== "…" && isUpper(n) && isLower(text[j + 1])) {
      const w = wordBefore(text, i, from);
      if (j > i + 1 || (w.length >= 2 && !isAbbrev(w) && !/\.\p{L}/u.test(w))) {
        push(j);
        i = j - 1;
      }
    } else if (j === i + 1 && OPEN_Q.includes(n ?? "") && isUpper(text[j + 1])) {
      push(j);
      i = j - 1;
    }
  }
  push(to);
}

/** A short line without final punctuation, or mostly capitalised words: a headline or boilerplate. */
function isHeadline(line: string): boolean {
  const t = line.trim();
  if (/[.!?:;"”]$/.test(t) && !/^[^a-z]*$/.test(t)) {
    const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
    const caps = words.filter((w) => isUpper(w[0])).length;
    return words.length >= 3 && caps / words.length >= 0.9 && t.length < 160;
  }
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  if (words.length === 0) return true;
  const caps = words.filter((w) => isUpper(w[0])).length;
  return t.length < 200 && (caps / words.length >= 0.6 || words.length <= 4);
}

function findQuotes(text: string, from: number, to: number, para: number, out: QuoteSpan[]): void {
  let open = -1;
  let straight = -1;
  for (let i = from; i < to; i++) {
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

export function segment(doc: Doc): Doc {
  const text = doc.text;
  const sentences: Sentence[] = [];
  const quotes: QuoteSpan[] = [];
  let para = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "\n" && text[i] !== "\r" && text[i] !== "\u2029") continue;
    const line = text.slice(lineStart, i);
    if (line.trim()) {
      const before = sentences.length;
      splitLine(text, lineStart, i, para, sentences);
      findQuotes(text, lineStart, i, para, quotes);
      if (sentences.length - before === 1 && isHeadline(line)) sentences[before]!.headline = true;
      para++;
    }
    lineStart = i + 1;
  }
  for (const s of sentences) {
    const q = quotes.find((q) => q.start < s.end && q.end > s.start && q.end - q.start > 12);
    if (q) s.quote = [Math.max(q.start, s.start), Math.min(q.end, s.end)];
  }
  return { ...doc, sentences, quotes };
}
