// The claims timeline: buckets per day and ISO week, dated by published or ingest day
// (counted as undated), and the inclusive period filter shared with exports.
import { describe, expect, it } from "vitest";
import { bucketStart, buildTimeline, inPeriod } from "../../../server/core/graph/timeline.ts";
import type { ArticleSummary } from "../../../server/core/model/types.ts";

const art = (id: string, dated: string, dateKnown: boolean, byType: Record<string, number>): ArticleSummary => ({
  id,
  title: id,
  source: "",
  entities: 1,
  claims: Object.values(byType).reduce((a, b) => a + b, 0),
  byType,
  dated,
  dateKnown,
  status: "ingested",
});

const ARTICLES = [
  art("a", "2024-11-04", true, { SAID: 2, CONDEMNED: 1 }),
  art("b", "2024-11-06", true, { SAID: 1 }),
  art("c", "2024-11-11", false, { DEPLOYED: 4 }),
  art("d", "", false, { SAID: 9 }),
];

describe("timeline", () => {
  it.each([
    ["2024-11-04", "day", "2024-11-04"],
    ["2024-11-04", "week", "2024-11-04"],
    ["2024-11-10", "week", "2024-11-04"],
    ["2024-11-11", "week", "2024-11-11"],
    ["2024-01-01", "week", "2024-01-01"],
    ["2023-01-01", "week", "2022-12-26"],
  ] as const)("bucketStart(%s, %s) is %s", (day, bucket, start) => {
    expect(bucketStart(day, bucket)).toBe(start);
  });

  it.each([
    ["2024-11-05", {}, true],
    ["2024-11-05", { since: "2024-11-05" }, true],
    ["2024-11-05", { since: "2024-11-06" }, false],
    ["2024-11-05", { until: "2024-11-05" }, true],
    ["2024-11-05", { until: "2024-11-04T23:00:00Z" }, false],
    ["", { since: "2024-01-01" }, false],
  ] as const)("inPeriod(%s, %j) is %s", (day, period, expected) => {
    expect(inPeriod(day, period)).toBe(expected);
  });

  it("counts claims per day and type, marking ingest-dated ones", () => {
    expect(buildTimeline(ARTICLES, "day").buckets).toEqual([
      { start: "2024-11-04", total: 3, byType: { SAID: 2, CONDEMNED: 1 }, undated: 0, articles: 1 },
      { start: "2024-11-06", total: 1, byType: { SAID: 1 }, undated: 0, articles: 1 },
      { start: "2024-11-11", total: 4, byType: { DEPLOYED: 4 }, undated: 4, articles: 1 },
    ]);
  });

  it("groups by week and filters by period", () => {
    const t = buildTimeline(ARTICLES, "week", { since: "2024-11-05" });
    expect(t.buckets.map((b) => [b.start, b.total])).toEqual([
      ["2024-11-04", 1],
      ["2024-11-11", 4],
    ]);
  });
});
