// Every store statement that looks things up by id must seek through the `id` index on
// the real engine, not scan: checked on Grafeo's own EXPLAIN plans.
import { describe, expect, it } from "vitest";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { R } from "../../server/store/read-statements.ts";
import { Q } from "../../server/store/statements.ts";
import { articleWrites } from "../fixtures/write-statements.ts";

const WRITE_PARAMS = { eids: ["x"], p0: [], a: [], o: [], m: [], s: [] };
const PARAMS = { id: "x", ids: ["x", "y"], q: "x", limit: 5, article: "a", rows: [], props: {}, ...WRITE_PARAMS };
const writes = articleWrites().map(([name, q]): [string, string] => [name, q]);
for (const [, q] of writes) for (const m of q.matchAll(/\$([ec]\d+)/g)) Object.assign(PARAMS, { [m[1]!]: [] });
const byId = [...Object.entries(Q), ...Object.entries(R), ...writes].filter(([, q]) =>
  /\$ids?\b|\{id: row\.\w+\}/.test(q),
);

describe("Grafeo plans", () => {
  it("covers the id lookups", () => {
    expect(byId.length).toBeGreaterThan(30);
  });

  it.each(byId)("%s seeks by the id index", async (_name, query) => {
    const store = await openGrafeoStore(null);
    try {
      const [row] = await store.runner.read(`EXPLAIN ${query}`, PARAMS);
      const plan = String(row?.plan ?? "");
      expect(plan).toMatch(/\[index: id\]/);
      const scanned = plan.split("\n").filter((l) => /NodeScan \(\w+:(Entity|Article)\)/.test(l));
      const seeks = plan.split("\n").filter((l) => /\[index: id\]/.test(l));
      expect(seeks.length, plan).toBeGreaterThanOrEqual(Math.min(1, scanned.length));
    } finally {
      await store.close();
    }
  });
});
