// Issue 19 (Low): a spread of an unbounded array into a call (push(...xs), Math.min(...xs)) overflows the
// stack past ~120k elements; a sentence with that many mentions, and an SVG view of that many nodes, must work.
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../server/core/extraction/index.ts";
import { project } from "../../server/export/svg.ts";
import type { ExportBundle, ExportNode } from "../../server/core/graph/export-bundle.ts";

const N = 130_000;

describe("no spread of unbounded arrays", () => {
  it(`extracts a sentence of ${N.toLocaleString("en")} mentions, merged into one place`, { timeout: 180_000 }, () => {
    // stage 03 pushes every mention of the sentence; stage 04 merges the "Tigray" group into "Tigray region"
    const text = `Troops entered the Tigray region. Shelling hit ${Array.from({ length: N }, () => "in Tigray").join(", ")}.`;
    const d = extractArticle({ text });
    expect(d.entities.map((e) => e.name)).toEqual(["Tigray region"]);
    expect(d.entities[0]!.mentions).toBeGreaterThan(N);
  });

  it(`projects an SVG view of ${(2 * N).toLocaleString("en")} nodes`, () => {
    const nodes: ExportNode[] = Array.from({ length: 2 * N }, (_, i) => ({
      id: `n${i}`,
      label: "Place",
      name: `n${i}`,
      aliases: [],
      mentions: 1,
      x: i,
      y: -i,
      size: 3,
      color: "#000",
    }));
    const at = project({ nodes } as Pick<ExportBundle, "nodes"> as ExportBundle);
    expect(at.size).toBe(2 * N);
    const first = at.get("n0")!;
    const last = at.get(`n${2 * N - 1}`)!;
    expect(last.x).toBeGreaterThan(first.x);
    expect(last.y).toBeGreaterThan(first.y);
  });
});
