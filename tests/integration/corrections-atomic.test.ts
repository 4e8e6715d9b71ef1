// One transaction per correction, on the real embedded database: a statement failing halfway
// through a merge (fault injected in the runner) leaves the graph and the log exactly as before.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CypherRunner, CypherTx } from "../../server/store/cypher-runner.ts";
import { CypherGraphStore } from "../../server/store/cypher-graph-store.ts";
import { GrafeoRunner } from "../../server/store/grafeo/grafeo-runner.ts";
import { articleA, articleB, NK, RU } from "../fixtures/small-graph.ts";

/** The real runner, except that the write statement matching `failOn` throws once armed. */
function faulty(inner: CypherRunner, failOn: RegExp) {
  const state = { armed: false, hit: 0 };
  const runner: CypherRunner = {
    read: (q, p) => inner.read(q, p),
    userQuery: (q, p, o) => inner.userQuery(q, p, o),
    close: () => inner.close(),
    write: (work) =>
      inner.write((tx) =>
        work({
          run: async (q, p) => {
            if (state.armed && failOn.test(q)) {
              state.hit++;
              throw new Error("injected failure");
            }
            return tx.run(q, p);
          },
        } satisfies CypherTx),
      ),
  };
  return { runner, state };
}

describe("corrections are atomic", () => {
  let store: CypherGraphStore;
  let state: { armed: boolean; hit: number };
  beforeEach(async () => {
    const f = faulty(GrafeoRunner.open(null), /CREATE \(s\)-\[c:SAID/);
    state = f.state;
    store = new CypherGraphStore(f.runner);
    await store.init();
    await store.upsertArticle(articleA());
    await store.upsertArticle(articleB());
  });
  afterEach(() => store.close());

  it("a merge that fails after deleting the merged entities leaves nothing half-applied", async () => {
    const read = async () => ({
      stats: await store.stats(),
      nk: await store.getEntity(NK.id),
      ru: await store.getEntity(RU.id),
      log: await store.listCorrections(),
    });
    const before = await read();
    state.armed = true;
    const rec = {
      id: "k1",
      change: { kind: "merge", keep: NK.id, others: [RU.id] },
      author: "t",
      at: "",
      note: "",
      undone: false,
    } as const;
    await expect(
      store.applyCorrection({ ...rec, change: { ...rec.change, others: [...rec.change.others] } }),
    ).rejects.toThrow(/injected failure/);
    expect(state.hit).toBe(1);
    expect(await read()).toEqual(before);
    state.armed = false;
    await store.applyCorrection({ ...rec, change: { ...rec.change, others: [...rec.change.others] } });
    expect(await store.getEntity(RU.id)).toBeNull();
  });
});
