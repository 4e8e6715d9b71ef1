// Gold-news floor: the extractor on the 19 real articles of tests/fixtures/gold-news (other conflicts,
// outlets and spellings) must keep entity and relation F1 at the measured figures minus 0.02.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, toCanonical } from "../../../server/core/extraction/index.ts";
import { f1, scoreDoc, type Gold } from "./score.ts";

const dir = path.resolve("tests/fixtures/gold-news");

describe("gold-news articles", () => {
  it("entity F1 >= 0.905 and relation F1 >= 0.735, confident claims right >= 90%", () => {
    const acc = { e: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
    const golds = fs.readdirSync(path.join(dir, "gold")).filter((f) => f.endsWith(".json"));
    expect(golds.length).toBe(19);
    let sure = 0;
    let sureClaims = 0;
    for (const g of golds.sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, "gold", g), "utf8")) as Gold;
      const text = fs.readFileSync(path.join(dir, "articles", gold.doc), "utf8");
      const pred = toCanonical(extractArticle({ text, source: gold.doc }));
      const before = acc.r.tp;
      const confident = { ...pred, relations: pred.relations.filter((r) => r.confidence >= 0.8 && !r.polarity) };
      const c = { e: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
      scoreDoc(gold, confident, c);
      sure += c.r.tp;
      sureClaims += c.r.tp + c.r.fp;
      scoreDoc(gold, { ...pred, relations: pred.relations.filter((r) => !r.polarity) }, acc);
      expect(acc.r.tp).toBeGreaterThanOrEqual(before);
    }
    expect(f1(acc.e)).toBeGreaterThanOrEqual(0.905);
    expect(f1(acc.r)).toBeGreaterThanOrEqual(0.735);
    expect(sureClaims).toBeGreaterThan(80);
    expect(sure / sureClaims).toBeGreaterThanOrEqual(0.9);
  });
});
