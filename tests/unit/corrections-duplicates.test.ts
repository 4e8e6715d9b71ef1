// Table tests for duplicate suggestions and the review queue order (pure core code).
import { describe, expect, it } from "vitest";
import { nameMatch, suggestDuplicates } from "../../server/core/corrections/duplicates.ts";
import { reviewQueue } from "../../server/core/corrections/review.ts";
import { pairKey } from "../../server/core/model/corrections.ts";
import type { ClaimWithContext, Entity } from "../../server/core/model/types.ts";

const cases: Array<[string, string, ReturnType<typeof nameMatch>]> = [
  ["Mohammmed Bazoum", "Mohamed Bazoum", "similar"],
  ["Sergei Shoigu", "Sergey Shoygu", "similar"],
  ["Mykhailo Podolyak", "Mykhaylo Podoliak", "similar"],
  ["Zelensky", "Zelenskyy", "similar"],
  ["Kursk", "Kursk region", "contains"],
  ["KINU", "Korea Institute for National Unification", "acronym"],
  ["Pais", "País", null],
  ["Russia", "Belarus", null],
  ["Kim Jong-un", "Kim Yo-jong", null],
  ["Iran", "Iraq", null],
];

describe("duplicates: names", () => {
  it.each(cases)("%s ~ %s → %s", (a, b, want) => {
    expect(nameMatch(a, b)).toBe(want);
  });
});

const ent = (id: string, label: Entity["label"], name: string, mentions = 1): Entity => ({
  id,
  label,
  name,
  aliases: [name],
  mentions,
});

describe("duplicates: suggestions", () => {
  const es = [
    ent("p1", "Person", "Mohamed Bazoum", 5),
    ent("p2", "Person", "Mohammmed Bazoum", 1),
    ent("g1", "Place", "Kursk region", 3),
    ent("g2", "Place", "Kursk", 2),
    ent("s1", "State", "Kursk", 1),
  ];
  it("pairs only entities of one label, most mentioned first", () => {
    const s = suggestDuplicates(es, new Set());
    expect(s.map((x) => [x.a.id, x.b.id, x.reason])).toEqual([
      ["p1", "p2", "similar"],
      ["g1", "g2", "contains"],
    ]);
  });
  it("never suggests a dismissed pair again", () => {
    expect(suggestDuplicates(es, new Set([pairKey("p2", "p1")])).map((x) => x.a.id)).toEqual(["g1"]);
  });
});

describe("review queue", () => {
  const c = (id: string, confidence: number, article: string, reviewed = false) =>
    ({
      id,
      type: "SAID",
      source: "x",
      target: id.startsWith("m") ? "y" : id,
      article,
      confidence,
      reviewed,
    }) as ClaimWithContext;
  it("leaves reviewed claims out and sorts by confidence, then single source", () => {
    const q = reviewQueue([
      c("m1", 0.5, "a1"),
      c("m2", 0.5, "a2"),
      c("s1", 0.5, "a1"),
      c("s2", 0.3, "a1"),
      c("r", 0.1, "a1", true),
    ]);
    expect(q.map((x) => [x.id, x.singleSource])).toEqual([
      ["s2", true],
      ["s1", true],
      ["m1", false],
      ["m2", false],
    ]);
  });
});
