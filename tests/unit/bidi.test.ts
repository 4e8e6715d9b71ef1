// neutraliseBidi: every bidirectional control (embeddings, overrides, isolates, marks) becomes U+FFFD,
// one code unit for one, so evidence offsets still hold; other text, keys and non-strings are untouched.
import { describe, expect, it } from "vitest";
import { BIDI_REPLACEMENT, neutraliseBidi, neutraliseBidiDeep } from "../../server/core/model/bidi.ts";

const CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c];

describe("neutraliseBidi", () => {
  it.each(CONTROLS.map((c) => [c.toString(16)]))("U+%s becomes U+FFFD", (hex) => {
    const text = `Safe ${String.fromCharCode(parseInt(hex, 16))}evil title`;
    const out = neutraliseBidi(text);
    expect(out).toBe(`Safe ${BIDI_REPLACEMENT}evil title`);
    expect(out).toHaveLength(text.length);
  });

  it.each([
    ["plain ASCII", "Russia condemned North Korea."],
    ["Arabic and Hebrew letters (no controls)", "قال الوزير · אמר השר"],
    ["zero-width joiner and space, not bidi controls", "a\u200db\u200bc"],
    ["empty", ""],
  ])("leaves %s as it is", (_what, text) => {
    expect(neutraliseBidi(text)).toBe(text);
  });

  it("is the same on a second call (the global regex keeps no state between calls)", () => {
    const t = "x\u202ey\u2066z";
    expect(neutraliseBidi(t)).toBe(neutraliseBidi(t));
    expect(neutraliseBidi(t)).toBe("x\ufffdy\ufffdz");
  });

  it("deep: every string value of objects and arrays, keys and other values kept, input unchanged", () => {
    const input = { "k\u202e": ["a\u202eb", 3, null, true, { t: "\u2067c" }], n: 1.5 };
    const out = neutraliseBidiDeep(input);
    expect(out).toEqual({ "k\u202e": ["a\ufffdb", 3, null, true, { t: "\ufffdc" }], n: 1.5 });
    expect(input["k\u202e"][0]).toBe("a\u202eb");
  });
});
