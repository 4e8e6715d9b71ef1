// Pure mention highlighting: split a text into plain runs and runs matching an entity's
// names or aliases (case-insensitive, whole words, longest first, never overlapping).

export interface Term {
  text: string;
  id: string;
}

export interface Run {
  text: string;
  /** The entity this run names, or null for plain text. */
  id: string | null;
}

const WORD = /[\p{L}\p{N}]/u;

/** Runs of `text` with every whole-word occurrence of a term marked by its entity id. */
export function highlightRuns(text: string, terms: readonly Term[]): Run[] {
  const usable = terms.filter((t) => t.text.trim().length >= 2).sort((a, b) => b.text.length - a.text.length);
  if (usable.length === 0 || text.length === 0) return text ? [{ text, id: null }] : [];
  const lower = text.toLowerCase();
  const taken: Array<[number, number, string]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const t of usable) {
    const needle = t.text.toLowerCase();
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) {
      const end = i + needle.length;
      const before = i > 0 ? text[i - 1]! : "";
      const after = end < text.length ? text[end]! : "";
      if ((before && WORD.test(before)) || (after && WORD.test(after))) continue;
      if (free(i, end)) taken.push([i, end, t.id]);
    }
  }
  taken.sort((a, b) => a[0] - b[0]);
  const runs: Run[] = [];
  let at = 0;
  for (const [s, e, id] of taken) {
    if (s > at) runs.push({ text: text.slice(at, s), id: null });
    runs.push({ text: text.slice(s, e), id });
    at = e;
  }
  if (at < text.length) runs.push({ text: text.slice(at), id: null });
  return runs;
}

/** Terms for an entity: its name and every alias. */
export function termsOf(e: { id: string; name: string; aliases?: readonly string[] }): Term[] {
  return [...new Set([e.name, ...(e.aliases ?? [])])].map((text) => ({ text, id: e.id }));
}
