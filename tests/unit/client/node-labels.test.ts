// Node label placement: no two boxes intersect, the selection and its neighbours go first,
// crowded labels move aside or are shortened, and only a label with no room at all is left out.
import { describe, expect, it } from "vitest";
import { MUST_LABEL, placeNodeLabels } from "../../../client/sigma/node-labels.ts";
import type { LabelRequest, PlacedLabel } from "../../../client/sigma/node-labels.ts";

const metrics = { measure: (t: string) => t.length * 7, size: 13 };
const req = (key: string, x: number, y: number, rank = 0, text = key): LabelRequest => ({
  key,
  text,
  x,
  y,
  size: 4,
  rank,
});
const intersect = (a: PlacedLabel, b: PlacedLabel): boolean =>
  a.box[0][0] < b.box[1][0] && b.box[0][0] < a.box[1][0] && a.box[0][1] < b.box[2][1] && b.box[0][1] < a.box[2][1];
const overlapping = (placed: PlacedLabel[]): string[] =>
  placed.flatMap((a, i) => placed.slice(i + 1).flatMap((b) => (intersect(a, b) ? [`${a.key}×${b.key}`] : [])));

describe("placeNodeLabels", () => {
  it.each([
    ["two nodes side by side", [req("Alpha", 0, 0), req("Beta", 10, 0)]],
    ["a column of close nodes", [0, 6, 12, 18, 24].map((y, i) => req(`Node ${i}`, 0, y))],
    ["a tight grid", [0, 1, 2, 3].flatMap((i) => [0, 1, 2].map((j) => req(`N${i}${j} name`, i * 30, j * 12)))],
  ])("%s: no two labels intersect", (_, requests) => {
    const placed = placeNodeLabels(requests, metrics);
    expect(overlapping(placed)).toEqual([]);
    expect(new Set(placed.map((p) => p.key)).size).toBe(placed.length);
  });

  it("keeps a label to the right of its node when it is free", () => {
    const [p] = placeNodeLabels([req("Alone", 100, 100)], metrics);
    expect(p!.text).toBe("Alone");
    expect(p!.box[0][0]).toBeGreaterThan(100);
  });

  it("moves the second of two colliding labels instead of dropping it", () => {
    const placed = placeNodeLabels([req("Left node", 0, 0), req("Right node", 20, 0)], metrics);
    expect(placed.map((p) => p.key).sort()).toEqual(["Left node", "Right node"]);
    expect(overlapping(placed)).toEqual([]);
  });

  it("places the selection first: a lower-ranked label gives way", () => {
    // Both want the same spot; the selected one (given second) keeps its whole label on the right.
    const placed = placeNodeLabels([req("Other", 0, 0), req("Selected", 0, 0, MUST_LABEL + 1)], metrics);
    const sel = placed.find((p) => p.key === "Selected")!;
    expect(sel.text).toBe("Selected");
    expect(sel.box[0][0]).toBeGreaterThan(0);
    expect(overlapping(placed)).toEqual([]);
  });

  it("leaves out a label with no room at all, never the selection", () => {
    // Twelve nodes on one point: eight spots each, and shortened forms, cannot hold them all.
    const plain = Array.from({ length: 12 }, (_, i) => req(`Label number ${i}`, 0, 0));
    const placed = placeNodeLabels(plain, metrics);
    expect(placed.length).toBeLessThan(plain.length);
    expect(overlapping(placed)).toEqual([]);
    // The selection is drawn even there.
    const crowded = [...plain, req("Selected", 0, 0, MUST_LABEL + 1)];
    expect(placeNodeLabels(crowded, metrics).map((p) => p.key)).toContain("Selected");
  });
});
