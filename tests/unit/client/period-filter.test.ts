// Table tests of the timeline's period (URL text, days, articles in a period) and of the two
// filters built on the article index: the period filter, and the outlet filter as "published by".
import { describe, expect, it } from "vitest";
import { computeVisibility, DEFAULT_FILTERS } from "../../../client/state/filters/index.ts";
import type { FilterEdge, FilterNode } from "../../../client/state/filters/index.ts";
import { articlesInPeriod, bucketEnd, formatPeriod, parsePeriod } from "../../../client/state/period/index.ts";
import { readViewQuery, writeViewQuery } from "../../../client/state/view-state/query.ts";

describe("period text", () => {
  it.each([
    ["2024-11-01..2024-11-07", { since: "2024-11-01", until: "2024-11-07" }],
    ["2024-11-07..2024-11-01", { since: "2024-11-01", until: "2024-11-07" }],
    ["2024-02-30..2024-03-01", null],
    ["2024-11-01", null],
    ["", null],
    [null, null],
  ] as const)("parsePeriod(%j)", (raw, expected) => {
    expect(parsePeriod(raw)).toEqual(expected);
  });

  it("formats, and round-trips through the URL query", () => {
    expect(formatPeriod({ since: "2024-11-07", until: "2024-11-01" })).toBe("2024-11-01..2024-11-07");
    const p = new URLSearchParams();
    writeViewQuery(p, { filters: { ...DEFAULT_FILTERS, period: "2024-11-01..2024-11-07" }, edge: null, camera: null });
    expect(p.toString()).toBe("p=2024-11-01..2024-11-07");
    expect(readViewQuery(p).filters.period).toBe("2024-11-01..2024-11-07");
    expect(readViewQuery(new URLSearchParams("p=bogus")).filters.period).toBeNull();
  });

  it.each([
    ["2024-11-04", "day", "2024-11-04"],
    ["2024-11-04", "week", "2024-11-10"],
    ["2024-12-30", "week", "2025-01-05"],
  ] as const)("bucketEnd(%s, %s) is %s", (start, bucket, end) => {
    expect(bucketEnd(start, bucket)).toBe(end);
  });

  const dates = new Map([
    ["a1", "2024-11-01"],
    ["a2", "2024-11-09"],
  ]);
  it.each([
    [["a1"], "2024-11-01..2024-11-07", true],
    [["a2"], "2024-11-01..2024-11-07", false],
    [["a2", "a1"], "2024-11-01..2024-11-07", true],
    [["zz"], "2024-11-01..2024-11-07", false],
    [["a2"], "not a period", true],
  ] as const)("articlesInPeriod(%j, %s) is %s", (ids, raw, expected) => {
    expect(articlesInPeriod(ids, dates, raw)).toBe(expected);
  });
});

describe("filters on the article index", () => {
  const nodes: FilterNode[] = [
    { id: "s1", kind: "State" },
    { id: "s2", kind: "State" },
    { id: "s3", kind: "State" },
    { id: "o1", kind: "Outlet" },
  ];
  const part = (articleIds: string[]) => ({
    type: "CONDEMNED" as const,
    count: articleIds.length,
    articles: articleIds.length,
    maxConfidence: 0.9,
    forward: true,
    articleIds,
  });
  const edges: FilterEdge[] = [
    { id: "e1", source: "s1", target: "s2", parts: [part(["a1"])] },
    { id: "e2", source: "s2", target: "s3", parts: [part(["a2"])] },
  ];
  const ctx = {
    articleEntities: null,
    articleDates: new Map([
      ["a1", "2024-11-01"],
      ["a2", "2024-11-09"],
    ]),
    articlePublishers: new Map([["a2", "o1"]]),
  };

  it.each([
    ["2024-11-01..2024-11-07", ["e1"], ["o1", "s3"]],
    ["2024-11-08..2024-11-30", ["e2"], ["o1", "s1"]],
    ["1990-01-01..1990-01-02", [], ["o1", "s1", "s2", "s3"]],
  ])("period %s shows %j and hides %j", (period, shown, hidden) => {
    const v = computeVisibility(nodes, edges, { ...DEFAULT_FILTERS, period }, ctx);
    expect([...v.visibleEdges.keys()]).toEqual(shown);
    expect([...v.hiddenNodes].sort()).toEqual(hidden);
  });

  it("without the article index the period filter hides nothing yet", () => {
    const v = computeVisibility(nodes, edges, { ...DEFAULT_FILTERS, period: "1990-01-01..1990-01-02" });
    expect(v.visibleEdges.size).toBe(2);
  });

  it("the outlet filter keeps the claims of the articles the outlet published", () => {
    const v = computeVisibility(nodes, edges, { ...DEFAULT_FILTERS, outlet: "o1" }, ctx);
    expect([...v.visibleEdges.keys()]).toEqual(["e2"]);
    expect([...(v.outletArticles ?? [])]).toEqual(["a2"]);
    const none = computeVisibility(nodes, edges, { ...DEFAULT_FILTERS, outlet: "o1" }, { articleEntities: null });
    expect(none.visibleEdges.size).toBe(0);
  });
});
