// The read cache's entity details from rows as the store returns them: the string pool, the incident
// lists (a self-loop listed once), and which claim and mention rows are kept or left out.
import { describe, expect, it } from "vitest";
import { StringPool, incidence } from "../../server/store/read-columns.ts";
import { DetailBuilder, pairRows } from "../../server/store/read-detail.ts";

describe("StringPool", () => {
  const cases: Array<{ input: unknown[]; indexes: number[]; strings: string[] }> = [
    { input: [], indexes: [], strings: [] },
    { input: ["a", "b", "a"], indexes: [0, 1, 0], strings: ["a", "b"] },
    { input: [null, undefined, ""], indexes: [-1, -1, 0], strings: [""] },
    { input: [7, "7", "x"], indexes: [0, 0, 1], strings: ["7", "x"] },
  ];
  for (const { input, indexes, strings } of cases) {
    it(`interns ${JSON.stringify(input)}`, () => {
      const pool = new StringPool();
      expect(input.map((s) => pool.of(s))).toEqual(indexes);
      expect(pool.strings).toEqual(strings);
    });
  }
});

describe("incidence", () => {
  const cases = [
    { name: "one owner each", size: 3, owners: [2, 0, 2], also: undefined, lists: [[1], [], [0, 2]] },
    {
      name: "two ends",
      size: 3,
      owners: [0, 1, 2],
      also: [1, 2, 0],
      lists: [
        [0, 2],
        [0, 1],
        [1, 2],
      ],
    },
    { name: "a self-loop once", size: 2, owners: [0, 1], also: [0, 0], lists: [[0, 1], [1]] },
    { name: "nothing", size: 2, owners: [], also: [], lists: [[], []] },
  ];
  for (const { name, size, owners, also, lists } of cases) {
    it(name, () => {
      const { start, list } = incidence(size, owners, also);
      expect(Array.from({ length: size }, (_, i) => [...list.subarray(start[i]!, start[i + 1]!)])).toEqual(lists);
    });
  }
});

describe("pairRows", () => {
  const r = (source: string, target: string, type: string, article: string | null, confidence: unknown) => ({
    source,
    target,
    type,
    article,
    confidence,
  });
  const cases = [
    {
      name: "count, distinct articles, best confidence",
      rows: [r("a", "b", "SAID", "x", 0.5), r("a", "b", "SAID", "y", 0.9), r("a", "b", "SAID", "x", 0.7)],
      pairs: [{ source: "a", target: "b", type: "SAID", n: 3, articles: 2, confidence: 0.9, articleIds: ["x", "y"] }],
    },
    {
      name: "nulls left out, as count/collect DISTINCT and max leave them",
      rows: [r("a", "b", "SAID", null, null), r("a", "b", "SAID", "x", 10n)],
      pairs: [{ source: "a", target: "b", type: "SAID", n: 2, articles: 1, confidence: 10, articleIds: ["x"] }],
    },
    {
      name: "no confidence at all: null",
      rows: [r("a", "b", "SAID", "x", null)],
      pairs: [{ source: "a", target: "b", type: "SAID", n: 1, articles: 1, confidence: null, articleIds: ["x"] }],
    },
    {
      name: "one pair per source, target and type",
      rows: [r("a", "b", "SAID", "x", 1), r("b", "a", "SAID", "x", 1), r("a", "b", "REPORTED", "x", 1)],
      pairs: [
        { source: "a", target: "b", type: "SAID", n: 1, articles: 1, confidence: 1, articleIds: ["x"] },
        { source: "b", target: "a", type: "SAID", n: 1, articles: 1, confidence: 1, articleIds: ["x"] },
        { source: "a", target: "b", type: "REPORTED", n: 1, articles: 1, confidence: 1, articleIds: ["x"] },
      ],
    },
  ];
  for (const { name, rows, pairs } of cases) it(name, () => expect(pairRows(rows)).toEqual(pairs));
});

describe("DetailBuilder", () => {
  const nodes = ["p:a", "p:b"].map((id) => ({ id, label: "Person" as const, name: id.toUpperCase(), mentions: 1 }));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const claim = (over: Record<string, unknown>) => ({
    source: "p:a",
    target: "p:b",
    type: "SAID",
    id: "c1",
    article: "art1",
    sentence: 0,
    startAt: 0,
    endAt: 5,
    evidence: "A said",
    quote: null,
    confidence: null,
    rule: "r",
    role: null,
    amount: null,
    polarity: "asserted",
    reviewed: null,
    ...over,
  });

  it("keeps claims of the allow-list with an id and known ends, as toClaim() reads them", () => {
    const b = new DetailBuilder(index);
    b.addArticles([
      { id: "art1", title: "T", publisher: "" },
      { id: null, title: "no id" },
    ]);
    b.addClaims([
      claim({}),
      claim({ id: "c2", type: "MENTIONS" }),
      claim({ id: null }),
      claim({ id: "c3", target: "p:gone" }),
      claim({ id: "c4", quote: "q", polarity: "denied", reviewed: true, amount: 3 }),
    ]);
    b.addAliases([
      { id: "p:a", aliases: ["A"] },
      { id: "p:b", aliases: null },
      { id: "p:gone", aliases: ["G"] },
    ]);
    b.addMentions([
      { entity: "p:a", article: "art1", n: 2 },
      { entity: "p:a", article: null, n: 9 },
      { entity: "p:gone", article: "art1", n: 1 },
    ]);
    const d = b.build(nodes);
    expect(d.claimCount).toBe(2);
    const a = d.entity("p:a")!;
    expect(a.entity).toEqual({ ...nodes[0], aliases: ["A"] });
    expect(a.articles).toEqual([{ id: "art1", title: "T", count: 2 }]);
    expect(a.claims.map((c) => c.id)).toEqual(["c1", "c4"]);
    expect(a.claims[0]).toEqual({
      id: "c1",
      type: "SAID",
      source: "p:a",
      target: "p:b",
      article: "art1",
      sentence: 0,
      start: 0,
      end: 5,
      evidence: "A said",
      confidence: 1,
      rule: "r",
      sourceName: "P:A",
      targetName: "P:B",
      sourceLabel: "Person",
      targetLabel: "Person",
      articleTitle: "T",
    });
    expect(a.claims[1]).toMatchObject({ quote: "q", polarity: "denied", reviewed: true, count: "3" });
    expect(d.entity("p:b")!.claims.map((c) => c.id)).toEqual(["c1", "c4"]);
    expect(d.entity("p:b")!.entity.aliases).toEqual([]);
    expect(d.entity("p:nobody")).toBeNull();
  });
});
