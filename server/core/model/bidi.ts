// Bidirectional control characters (U+202E "right-to-left override"…) reorder the text drawn after
// them: a title can then read as something else. Displays and reports neutralise them here; the store keeps them.

/** The embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and the marks (U+200E, U+200F, U+061C). */
export const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What a control is shown as: U+FFFD, one UTF-16 unit like each control, so text offsets still hold. */
export const BIDI_REPLACEMENT = "\ufffd";

/** The text with every bidirectional control replaced by U+FFFD (same length, nothing reordered). */
export function neutraliseBidi(text: string): string {
  BIDI_CONTROLS.lastIndex = 0;
  return BIDI_CONTROLS.test(text) ? text.replace(BIDI_CONTROLS, BIDI_REPLACEMENT) : text;
}

/** A copy of a JSON-like value (objects, arrays, strings) with every string value neutralised; keys are kept. */
export function neutraliseBidiDeep<T>(value: T): T {
  if (typeof value === "string") return neutraliseBidi(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => neutraliseBidiDeep(v)) as T;
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = neutraliseBidiDeep(v);
    return out as T;
  }
  return value;
}
