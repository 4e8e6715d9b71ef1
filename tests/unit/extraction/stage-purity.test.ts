// Stage purity: every numbered stage gets a deep-frozen copy of its input and must return a new
// document without changing it (a write to a frozen object throws in strict mode).
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { STAGES, newDoc, runStages, type StageName } from "../../../server/core/extraction/index.ts";
import type { Doc } from "../../../server/core/extraction/types.ts";

function deepFreeze<T>(x: T, seen = new Set<unknown>()): T {
  if (x === null || typeof x !== "object" || seen.has(x)) return x;
  seen.add(x);
  for (const v of Object.values(x as object)) deepFreeze(v, seen);
  return Object.freeze(x);
}

const text = fs.readFileSync("tests/fixtures/gold-news/articles/unifil-italy.txt", "utf8");

describe("extraction stages are pure", () => {
  for (let i = 0; i < STAGES.length; i++) {
    const [name, stage] = STAGES[i]!;
    it(`${name} leaves its deep-frozen input unchanged`, () => {
      const before: Doc = i === 0 ? newDoc({ text }) : runStages(newDoc({ text }), STAGES[i - 1]![0]);
      const snapshot = JSON.stringify(before);
      const frozen = deepFreeze(before);
      const after = stage(frozen);
      expect(after).not.toBe(frozen);
      expect(JSON.stringify(frozen)).toBe(snapshot);
    });
  }

  it("runStages stops after the named stage", () => {
    const upTo: StageName = "04-resolve";
    const d = runStages(newDoc({ text }), upTo);
    expect(d.entities.length).toBeGreaterThan(0);
    expect(d.raw).toEqual([]);
    expect(d.claims).toEqual([]);
  });
});
