// Pure period utilities for the timeline: the "since..until" text kept in the URL, whether a
// day or an article falls in it, and the buckets' days for brushing.

export interface Period {
  since: string;
  until: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2024-11-01..2024-11-07" → the period (ordered), or null when malformed. */
export function parsePeriod(raw: string | null | undefined): Period | null {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(raw ?? "");
  if (!m || !validDay(m[1]!) || !validDay(m[2]!)) return null;
  const [since, until] = [m[1]!, m[2]!].sort() as [string, string];
  return { since, until };
}

export function formatPeriod(p: Period): string {
  const [since, until] = [p.since, p.until].sort() as [string, string];
  return `${since}..${until}`;
}

function validDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === day;
}

export function dayInPeriod(day: string | undefined, p: Period): boolean {
  return Boolean(day) && day! >= p.since && day! <= p.until;
}

/** True when any of the articles is dated in the period (raw period text; malformed passes everything). */
export function articlesInPeriod(ids: readonly string[], dates: ReadonlyMap<string, string>, raw: string): boolean {
  const p = parsePeriod(raw);
  if (!p) return true;
  return ids.some((id) => dayInPeriod(dates.get(id), p));
}

/** The last day of a bucket that starts on `start` (YYYY-MM-DD). */
export function bucketEnd(start: string, bucket: "day" | "week"): string {
  if (bucket === "day") return start;
  return new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
}
