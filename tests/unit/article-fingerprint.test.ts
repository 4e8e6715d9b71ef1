// The store's article fingerprint (node:crypto) is the core's contentHash of the article's JSON, so the
// fingerprints kept by stores written before stay valid: re-ingesting an old article changes nothing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentHash } from "../../server/core/model/ids.ts";
import type { ExtractedArticle } from "../../server/core/model/types.ts";
import { articleFingerprint } from "../../server/store/article-batch.ts";
import { articleA } from "../fixtures/small-graph.ts";

/** What the fingerprint was before: the pure SHA-256 of the article without its ingest time. */
function pureFingerprint(doc: ExtractedArticle): string {
  const { ingested: _ingested, ...said } = doc.article;
  return contentHash(JSON.stringify({ ...doc, article: said }));
}

describe("articleFingerprint", () => {
  it("is the core's contentHash of the article without its ingest time", () => {
    const a = articleA();
    expect(articleFingerprint(a)).toBe(pureFingerprint(a));
    expect(articleFingerprint({ ...a, article: { ...a.article, ingested: "2026-01-01T00:00:00.000Z" } })).toBe(
      articleFingerprint(a),
    );
  });
  it("agrees on any title, text and source (accents, emoji, lone surrogates)", () => {
    const a = articleA();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), fc.string({ maxLength: 50 }), (text, title) => {
        const doc = { ...a, article: { ...a.article, text, title, source: `${title}\ud800.txt` } };
        return articleFingerprint(doc) === pureFingerprint(doc);
      }),
    );
  });
});
