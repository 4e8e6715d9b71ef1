// Node label placement without overlaps: labels are placed by priority (selection, its
// neighbours and search hits first), each right, left, above, below or beside its node, shortened, or left out.
export type Point = [number, number];
/** A convex quadrilateral, corners in order. */
export type Quad = [Point, Point, Point, Point];

/** A node label sigma asked for this frame, in viewport pixels. */
export interface LabelRequest {
  key: string;
  text: string;
  x: number;
  y: number;
  /** Rendered disc radius. */
  size: number;
  /** Higher first; equal ranks go by size, then by the order sigma asked. */
  rank: number;
}

export interface PlacedLabel {
  key: string;
  text: string;
  /** Where fillText draws (left end of the baseline). */
  textX: number;
  textY: number;
  box: Quad;
}

export interface LabelMetrics {
  measure(text: string): number;
  /** Font size in px. */
  size: number;
}

/** Ranks at or above this (neighbours of the selection, search hits) are placed first; above it, the selection. */
export const MUST_LABEL = 2;
const ELLIPSIS = "…";
const MIN_CHARS = 4;

const rect = (x: number, y: number, w: number, h: number): Quad => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
];

/** Axis-aligned boxes (all node label boxes are) overlap when both spans do. */
function hit(a: Quad, b: Quad): boolean {
  return a[0][0] < b[1][0] && b[0][0] < a[1][0] && a[0][1] < b[2][1] && b[0][1] < a[2][1];
}

/** The boxes a label of width `w` may take around its node, in order of preference. */
function spots(r: LabelRequest, w: number, m: LabelMetrics): Array<{ box: Quad; textX: number; textY: number }> {
  const h = m.size + 2;
  const base = (top: number): number => top + h / 2 + m.size / 3;
  const right = r.x + r.size + 2;
  const left = r.x - r.size - 2 - (w + 2);
  const centred = r.x - (w + 2) / 2;
  const above = r.y - r.size - 1 - h;
  const below = r.y + r.size + 1;
  const mid = r.y - h / 2;
  return [
    { box: rect(right, mid, w + 2, h), textX: right + 1, textY: base(mid) },
    { box: rect(left, mid, w + 2, h), textX: left + 1, textY: base(mid) },
    { box: rect(centred, above, w + 2, h), textX: centred + 1, textY: base(above) },
    { box: rect(centred, below, w + 2, h), textX: centred + 1, textY: base(below) },
    // Diagonals: the label's near corner at the disc.
    { box: rect(r.x + r.size * 0.7, above, w + 2, h), textX: r.x + r.size * 0.7 + 1, textY: base(above) },
    { box: rect(r.x + r.size * 0.7, below, w + 2, h), textX: r.x + r.size * 0.7 + 1, textY: base(below) },
    { box: rect(r.x - r.size * 0.7 - (w + 2), above, w + 2, h), textX: r.x - r.size * 0.7 - w - 1, textY: base(above) },
    { box: rect(r.x - r.size * 0.7 - (w + 2), below, w + 2, h), textX: r.x - r.size * 0.7 - w - 1, textY: base(below) },
    // A row further out, for crowded places.
    { box: rect(centred, above - h, w + 2, h), textX: centred + 1, textY: base(above - h) },
    { box: rect(centred, below + h, w + 2, h), textX: centred + 1, textY: base(below + h) },
  ];
}

/** Shorter forms of `text`, longest first: "Vladimir Pu…". */
function shortened(text: string): string[] {
  const out: string[] = [];
  for (let n = text.length - 1; n >= MIN_CHARS; n--) out.push(text.slice(0, n).trimEnd() + ELLIPSIS);
  return out;
}

interface Candidate {
  text: string;
  box: Quad;
  textX: number;
  textY: number;
}

/**
 * Place every label it can without two boxes intersecting: the highest ranks first, each at
 * its first free spot, else a shortened form; when none is free, one label of no higher rank in
 * the way moves to another of its spots; failing that it is left out (the hover shows it).
 */
export function placeNodeLabels(requests: readonly LabelRequest[], m: LabelMetrics): PlacedLabel[] {
  const order = requests
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r.rank - a.r.rank || b.r.size - a.r.size || a.i - b.i);
  const widths = new Map<string, number>();
  const measure = (t: string): number => widths.get(t) ?? widths.set(t, m.measure(t)).get(t)!;
  /** Every spot of a label, whole first, then shorter and shorter. */
  const candidates = (r: LabelRequest): Candidate[] =>
    [r.text, ...shortened(r.text)].flatMap((text) => spots(r, measure(text), m).map((s) => ({ text, ...s })));
  const placed: Array<PlacedLabel & { request: LabelRequest }> = [];
  const blockers = (box: Quad, skip?: number): number[] =>
    placed.flatMap((p, i) => (i !== skip && hit(p.box, box) ? [i] : []));
  const put = (r: LabelRequest, c: Candidate): void => void placed.push({ key: r.key, ...c, request: r });
  for (const { r } of order) {
    if (!r.text) continue;
    const all = candidates(r);
    const spot = all.find((c) => blockers(c.box).length === 0);
    if (spot) {
      put(r, spot);
      continue;
    }
    if (moveOneAside(r, all)) continue;
    // The selection itself is drawn even where nothing is free; a neighbour or a search hit
    // with no room even shortened is left to the hover (or a closer zoom).
    if (r.rank > MUST_LABEL) put(r, all[0]!);
  }
  return placed.map(({ request: _r, ...p }) => p);

  /** Find a spot for `r` that one placed label of no higher rank blocks, and move that one. */
  function moveOneAside(r: LabelRequest, all: Candidate[]): boolean {
    for (const c of all) {
      const [b, ...more] = blockers(c.box);
      if (b === undefined || more.length || placed[b]!.request.rank > r.rank) continue;
      const other = placed[b]!.request;
      const alt = candidates(other).find((o) => !hit(o.box, c.box) && blockers(o.box, b).length === 0);
      if (!alt) continue;
      placed[b] = { key: other.key, ...alt, request: other };
      put(r, c);
      return true;
    }
    return false;
  }
}
