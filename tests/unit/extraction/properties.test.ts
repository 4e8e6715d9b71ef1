// fast-check properties of the extractor: never throws on arbitrary Unicode, offsets slice
// the article to the evidence, and identical input gives identical output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../../server/core/extraction/index.ts";

const words = [
  "Russia",
  "North Korea",
  "said",
  "the",
  "Kremlin",
  "troops",
  "in",
  "Kursk region",
  "Foreign Minister",
  "Choe",
  "“",
  "”",
  ".",
  ",",
  "\n",
  "DPRK.İt",
  "according to",
  "El País",
  "reports",
  "deployed",
  "8,000",
  "condemned",
  "Treaty",
  "between",
  "and",
];
const newsish = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(" "));
const anyText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  newsish,
);

describe("extraction properties", () => {
  it("never throws on arbitrary Unicode text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        extractArticle({ text });
      }),
      { numRuns: 300 },
    );
  });

  it("every claim's offsets lie inside the article and slice to its evidence sentence", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const doc = extractArticle({ text });
        for (const [a, b] of doc.article.sentences) expect(0 <= a && a < b && b <= text.length).toBe(true);
        for (const c of doc.claims) {
          expect(c.start >= 0 && c.end <= text.length && c.start < c.end).toBe(true);
          expect(text.slice(c.start, c.end)).toBe(c.evidence);
          expect(doc.article.sentences[c.sentence]).toEqual([c.start, c.end]);
          expect(c.source).not.toBe(c.target);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is deterministic: identical input gives identical output", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(JSON.stringify(extractArticle({ text }))).toBe(JSON.stringify(extractArticle({ text })));
      }),
      { numRuns: 100 },
    );
  });
});
