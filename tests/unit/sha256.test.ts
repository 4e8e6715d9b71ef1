// The core's pure SHA-256 agrees with node:crypto, and content ids are 128-bit digests.
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../server/core/model/sha256.ts";
import { articleId, claimId, entityId } from "../../server/core/model/ids.ts";

const node = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

describe("sha256Hex", () => {
  it.each(["", "abc", "a".repeat(55), "a".repeat(56), "a".repeat(64), "héllo ė ł 😀", "x".repeat(100_000)])(
    "matches node:crypto on %#",
    (s) => expect(sha256Hex(s)).toBe(node(s)),
  );
  it("matches node:crypto on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => sha256Hex(s) === node(s)));
  });
});

describe("content ids", () => {
  it("article and claim ids carry 128 bits of SHA-256", () => {
    expect(articleId("Some text.")).toBe(`a_${node("Some text.").slice(0, 32)}`);
    expect(claimId("SAID", "a", "b", "a_1", 0)).toMatch(/^c_[0-9a-f]{32}$/);
  });
  it("a cut slug carries the full digest, so long names never share an id", () => {
    const long = "The Very Long Name Of An Organisation That Runs Past The Slug";
    expect(entityId("Institution", long)).not.toBe(entityId("Institution", `${long} Two`));
    expect(entityId("Institution", long)).toMatch(/-[0-9a-f]{32}$/);
    expect(entityId("Person", "Choe Son Hui")).toMatch(/^person:choe-son-hui-[0-9a-f]{8}$/);
  });
});
