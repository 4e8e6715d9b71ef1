// Golden files: the canonical JSON of every seed must match tests/fixtures/golden exactly
// (regenerate with tests/fixtures/regenerate-golden.ts after an intended change).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, toCanonical } from "../../../server/core/extraction/index.ts";

const seeds = path.resolve("seeds");
const golden = path.resolve("tests/fixtures/golden");

describe("extraction golden files", () => {
  for (const f of fs
    .readdirSync(seeds)
    .filter((x) => x.endsWith(".txt"))
    .sort()) {
    it(`golden: ${f}`, () => {
      const text = fs.readFileSync(path.join(seeds, f), "utf8");
      const got = toCanonical(extractArticle({ text, source: f }));
      const want = JSON.parse(fs.readFileSync(path.join(golden, f.replace(/\.txt$/, ".json")), "utf8"));
      expect(JSON.parse(JSON.stringify(got))).toEqual(want);
    });
  }
});
