// Held-out dev floor: the extractor on five articles it was not tuned on (other conflicts, outlets and
// spellings; tests/fixtures/heldout-dev) must keep entity and relation F1 above a floor.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, toCanonical } from "../../../server/core/extraction/index.ts";
import { f1, scoreDoc, type Gold } from "./score.ts";

const dir = path.resolve("tests/fixtures/heldout-dev");

describe("held-out dev articles", () => {
  it("entity F1 >= 0.905 and relation F1 >= 0.785", () => {
    const acc = { e: { tp: 0, fp: 0, fn: 0 }, r: { tp: 0, fp: 0, fn: 0 } };
    const golds = fs.readdirSync(path.join(dir, "gold")).filter((f) => f.endsWith(".json"));
    expect(golds.length).toBeGreaterThanOrEqual(5);
    for (const g of golds.sort()) {
      const gold = JSON.parse(fs.readFileSync(path.join(dir, "gold", g), "utf8")) as Gold;
      const text = fs.readFileSync(path.join(dir, "texts", gold.doc), "utf8");
      scoreDoc(gold, toCanonical(extractArticle({ text, source: gold.doc })), acc);
    }
    expect(f1(acc.e)).toBeGreaterThanOrEqual(0.905);
    expect(f1(acc.r)).toBeGreaterThanOrEqual(0.785);
  });
});
