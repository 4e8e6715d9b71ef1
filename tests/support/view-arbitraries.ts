// fast-check arbitraries for the explorer's URL state, shared by the route and view-state
// property tests: filters (with the given id arbitrary for articles and outlets) and camera.
import fc from "fast-check";
import type { FilterState } from "../../client/state/filters/index.ts";
import type { CameraView } from "../../client/state/view-state/index.ts";
import { CLAIM_TYPES, ENTITY_LABELS } from "../../server/core/model/labels.ts";

/** Numbers with four decimals at most (given in ten-thousandths), so round trips are exact. */
const fixed = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max }).map((n) => n / 1e4);

const DAYS = { min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true };

export const filtersArb = (id: fc.Arbitrary<string>): fc.Arbitrary<FilterState> =>
  fc.record({
    labels: fc.option(fc.subarray([...ENTITY_LABELS]), { nil: null }),
    types: fc.option(fc.subarray([...CLAIM_TYPES]), { nil: null }),
    article: fc.option(id, { nil: null }),
    outlet: fc.option(id, { nil: null }),
    minConfidence: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
    minClaims: fc.nat({ max: 10_000 }),
    hideIsolated: fc.boolean(),
    period: fc.option(
      fc.tuple(fc.date(DAYS), fc.date(DAYS)).map(([a, b]) =>
        [a, b]
          .map((d) => d.toISOString().slice(0, 10))
          .sort()
          .join(".."),
      ),
      { nil: null },
    ),
  });

export const cameraArb: fc.Arbitrary<CameraView | null> = fc.option(
  fc.record({ x: fixed(-1e6, 1e6), y: fixed(-1e6, 1e6), ratio: fixed(1, 1e6) }),
  { nil: null },
);
