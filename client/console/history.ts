// The console's query history: newest first, last 50, no duplicates, kept in localStorage;
// and a cursor for recalling entries with arrow-up/down while keeping the unsent draft.
export const HISTORY_KEY = "kgx.cypher.history";
export const HISTORY_MAX = 50;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The history with `query` added at the front (trimmed; an earlier identical entry moves up). */
export function pushHistory(entries: readonly string[], query: string, max = HISTORY_MAX): string[] {
  const q = query.trim();
  if (q === "") return entries.slice(0, max);
  return [q, ...entries.filter((e) => e !== q)].slice(0, max);
}

export function loadHistory(store: KeyValueStore | null, key = HISTORY_KEY): string[] {
  try {
    const parsed: unknown = JSON.parse(store?.getItem(key) ?? "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((e): e is string => typeof e === "string" && e.trim() !== "").slice(0, HISTORY_MAX);
  } catch {
    return [];
  }
}

export function saveHistory(store: KeyValueStore | null, entries: readonly string[], key = HISTORY_KEY): void {
  try {
    store?.setItem(key, JSON.stringify(entries.slice(0, HISTORY_MAX)));
  } catch {
    // storage full or disabled: the history lives for this page only
  }
}

/**
 * Arrow-key recall: `older(draft)` steps back (remembering the draft on the first step),
 * `newer()` steps forward and finally returns the draft; null when there is nowhere to go.
 */
export class HistoryCursor {
  private index = -1;
  private draft = "";

  constructor(private entries: readonly string[]) {}

  reset(entries: readonly string[]): void {
    this.entries = entries;
    this.index = -1;
    this.draft = "";
  }

  older(current: string): string | null {
    if (this.index + 1 >= this.entries.length) return null;
    if (this.index === -1) this.draft = current;
    this.index++;
    return this.entries[this.index]!;
  }

  newer(): string | null {
    if (this.index < 0) return null;
    this.index--;
    return this.index === -1 ? this.draft : this.entries[this.index]!;
  }
}
