// Stage 02: tokens with character offsets and universal POS tags from wink-nlp
// (one readDoc per article), assigned to the sentences of stage 01.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Doc, Token } from "./types.ts";

const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;
/** Lexemes below this id are in the model's own vocabulary (computed once from a nonce word). */
const VOCAB_SIZE = Number(nlp.readDoc("qzxjvkqw").tokens().out(its.uniqueId)[0] ?? 0);
const common = new Map<string, boolean>();

const ASCII_WORD = /^[A-Za-z0-9]+$/;

export function normToken(s: string): string {
  if (ASCII_WORD.test(s)) return s.toLowerCase();
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The texts of the tokens wink makes of a short string (how a lexicon entry will meet the token stream). */
export function tokenTexts(s: string): string[] {
  return (nlp.readDoc(forTokenizer(s)).tokens().out() as string[]).filter((t) => t.trim());
}

/** True when the lower-cased word is ordinary English vocabulary (so a capitalised run of such words is no name). */
export function isCommonWord(word: string): boolean {
  const w = word.toLowerCase();
  const hit = common.get(w);
  if (hit !== undefined) return hit;
  const ids = nlp.readDoc(w).tokens().out(its.uniqueId) as unknown as number[];
  const res = ids.length === 1 && (ids[0] ?? VOCAB_SIZE) < VOCAB_SIZE;
  if (common.size < 50000) common.set(w, res);
  return res;
}

const NON_ASCII_LATIN = /[^ -~\s]/u;
const latinFold = new Map<string, string>();

/** One ASCII letter of the same case for a non-ASCII Latin letter (its base letter when it has one), so
 * wink never splits a name at "ė", "ł" or "ş"; the tokens keep the original text. */
function foldLatin(ch: string): string {
  let f = latinFold.get(ch);
  if (f !== undefined) return f;
  if (!/\p{Script=Latin}/u.test(ch) || ch.length !== 1) f = ch;
  else {
    const base = ch.normalize("NFD")[0] ?? ch;
    f = /^[A-Za-z]$/.test(base) ? base : ch === ch.toLowerCase() ? "x" : "X";
  }
  if (latinFold.size < 5000) latinFold.set(ch, f);
  return f;
}

/** Longer runs without a space are cut (a space every MAX_TOKEN characters): no word is that long, and
 * wink's own token regexes (isAbbrev, e-mail) are quadratic in a token's length. */
const MAX_TOKEN = 128;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, "g");
const CHUNK = new RegExp(`\\S{${MAX_TOKEN}}`, "g");

/** Length-preserving clean-up so wink splits and tags like English: dotted capital I, odd spaces, long
 * runs, and non-ASCII Latin letters folded to ASCII ones. */
function forTokenizer(text: string): string {
  const t = text
    .replace(/\u0130/g, "I")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(LONG_RUN, (run) => run.replace(CHUNK, (c) => c.slice(0, -1) + " "));
  return NON_ASCII_LATIN.test(t)
    ? t.replace(/\p{Script=Latin}/gu, (ch) => (ch.charCodeAt(0) < 128 ? ch : foldLatin(ch)))
    : t;
}

interface TokShape {
  norm: string;
  cap: boolean;
  punct: boolean;
  poss: boolean;
  apos: boolean;
  hyphen: boolean;
}
/** Per-surface token facts: the same surfaces recur constantly, so norm/cap/punct are computed once each. */
const shapes = new Map<string, TokShape>();

function shapeOf(raw: string): TokShape {
  let sh = shapes.get(raw);
  if (sh) return sh;
  const first = raw[0] ?? "";
  sh = {
    norm: normToken(raw),
    cap: first !== first.toLowerCase() || /^[0-9]+(st|nd|rd|th)$/.test(raw),
    punct: ASCII_WORD.test(raw) ? false : !/[\p{L}\p{N}]/u.test(raw),
    poss: /^['’]s$/i.test(raw),
    apos: /^['’]s?$/i.test(raw),
    hyphen: /^[-‐–]$/.test(raw),
  };
  if (shapes.size < 200000) shapes.set(raw, sh);
  return sh;
}

export function tokenize(doc: Doc): Doc {
  const text = doc.text;
  const wd = nlp.readDoc(forTokenizer(text));
  const values = wd.tokens().out() as string[];
  const spaces = wd.tokens().out(its.precedingSpaces) as string[];
  const pos = wd.tokens().out(its.pos) as string[];
  const tokens: Token[] = [];
  let off = 0;
  let si = 0;
  const sents = doc.sentences.map((s) => ({ ...s }));
  const nSents = sents.length;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? "";
    off += (spaces[i] ?? "").length;
    const start = off;
    const end = start + v.length;
    off = end;
    while (si < nSents && sents[si]!.end <= start) si++;
    const s = sents[si];
    if (!s || s.start > start) continue;
    // wink's value strings are shared per lexeme (hash cached), so reuse them when they match the text
    const raw = text.startsWith(v, start) ? v : text.slice(start, end);
    const sh = shapeOf(raw);
    if (!sh.norm && !raw.trim()) continue;
    tokens.push({ start, end, text: raw, pos: pos[i] ?? "X", sent: si, ...sh });
  }
  let t = 0;
  for (let k = 0; k < nSents; k++) {
    const s = sents[k]!;
    while (t < tokens.length && tokens[t]!.sent < k) t++;
    s.tokStart = t;
    while (t < tokens.length && tokens[t]!.sent === k) t++;
    s.tokEnd = t;
  }
  return { ...doc, sentences: sents, tokens };
}
