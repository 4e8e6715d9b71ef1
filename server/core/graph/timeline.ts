// The claims timeline: claims per day or ISO week (Monday start) and type, each dated by its
// article's published date, or by the ingest day where none is known (counted as `undated`).
import type { ArticleSummary, Bucket, Timeline, TimelineBucket } from "../model/types.ts";

export type { Bucket, Timeline, TimelineBucket };

export interface Period {
  since?: string;
  until?: string;
}

/** The first day of `day`'s bucket. */
export function bucketStart(day: string, bucket: Bucket): string {
  if (bucket === "day") return day;
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return new Date(t - weekday * 86_400_000).toISOString().slice(0, 10);
}

/** True when the day (YYYY-MM-DD) is within the period; both ends are inclusive days. */
export function inPeriod(day: string, period: Period): boolean {
  if (!day) return !period.since && !period.until;
  if (period.since && day < period.since.slice(0, 10)) return false;
  if (period.until && day > period.until.slice(0, 10)) return false;
  return true;
}

export function buildTimeline(articles: ArticleSummary[], bucket: Bucket, period: Period = {}): Timeline {
  const map = new Map<string, TimelineBucket>();
  for (const a of articles) {
    if (!a.dated || !inPeriod(a.dated, period)) continue;
    const start = bucketStart(a.dated, bucket);
    const b = map.get(start) ?? { start, total: 0, byType: {}, undated: 0, articles: 0 };
    for (const [type, n] of Object.entries(a.byType)) b.byType[type] = (b.byType[type] ?? 0) + n;
    b.total += a.claims;
    if (!a.dateKnown) b.undated += a.claims;
    b.articles += 1;
    map.set(start, b);
  }
  return { bucket, buckets: [...map.values()].sort((x, y) => x.start.localeCompare(y.start)) };
}
