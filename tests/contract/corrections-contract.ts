// describeCorrections(createStore): merge, split, relabel, reject and undo on a real store,
// kept across re-ingest; run on Grafeo always and on Neo4j when NEO4J_URI is set.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CorrectionChange } from "../../server/core/model/corrections.ts";
import { InvalidInput, LabelConflict, NotFound } from "../../server/core/errors.ts";
import { entityId } from "../../server/core/model/ids.ts";
import type { GraphStore } from "../../server/core/ports.ts";
import { articleA, articleB, CHOE, KURSK, NK, RU, US } from "../fixtures/small-graph.ts";

let n = 0;
const rec = (change: CorrectionChange, note = "") => ({
  id: `k_test_${n++}`,
  change,
  author: "tester",
  at: "2026-12-01T00:00:00.000Z",
  note,
  undone: false,
});

/** Everything a reader can see, to compare two states exactly. */
async function snapshot(store: GraphStore) {
  const ids = (await store.allEntities(1000)).map((e) => e.id).sort();
  const articles = await store.listArticleIds();
  return {
    stats: await store.stats(),
    overview: await store.overview(1000),
    entities: await Promise.all(ids.map((id) => store.getEntity(id))),
    // The ingest time is when an article was (re)written, not content: left out of the comparison.
    articles: (await Promise.all(articles.map((id) => store.exportArticle(id)))).map((doc) =>
      doc ? { ...doc, article: { ...doc.article, ingested: undefined } } : doc,
    ),
  };
}

const condemnedA = () => articleA().claims.find((c) => c.type === "CONDEMNED")!;
const PYONGYANG = entityId("State", "Pyongyang");
const changes: Record<"merge" | "split" | "relabel", CorrectionChange> & { reject: () => CorrectionChange } = {
  merge: { kind: "merge", keep: NK.id, others: [RU.id] },
  split: { kind: "split", id: NK.id, alias: "Pyongyang", newId: PYONGYANG, label: "State" },
  relabel: { kind: "relabel", id: CHOE.id, label: "Institution" },
  reject: () => ({ kind: "reject", claim: condemnedA().id, article: condemnedA().article }),
};

/** Article A extracted again, differently: one claim fewer and another confidence (the replace path). */
function articleAChanged() {
  const a = articleA();
  return { ...a, claims: a.claims.filter((c) => c.type !== "MEMBER_OF").map((c) => ({ ...c, confidence: 0.7 })) };
}

export function describeCorrections(name: string, createStore: () => Promise<GraphStore>, skip?: string): void {
  describe.skipIf(Boolean(skip))(`corrections contract: ${name}${skip ? ` (skipped: ${skip})` : ""}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await createStore();
      await store.upsertArticle(articleA());
      await store.upsertArticle(articleB());
    });
    afterEach(async () => {
      await store.close();
    });

    it("merges: aliases, mentions and claims move to the kept entity, the other id redirects", async () => {
      await store.applyCorrection(rec(changes.merge));
      expect(await store.getEntity(RU.id)).toBeNull();
      expect(await store.resolveEntityId(RU.id)).toBe(NK.id);
      const nk = (await store.getEntity(NK.id))!;
      expect(nk.entity.aliases).toEqual(["DPRK", "North Korea", "Pyongyang", "Russia"]);
      expect(nk.entity.mentions).toBe(6);
      expect(nk.claims.find((c) => c.type === "SAID" && c.source === CHOE.id)?.target).toBe(NK.id);
      // Russia -SAID-> North Korea became a loop: it is dropped.
      expect((await store.stats()).claims).toBe(5);
    });

    it("splits an alias off with its mentions and the claims whose evidence names it", async () => {
      await store.applyCorrection(rec(changes.split));
      const p = (await store.getEntity(PYONGYANG))!;
      expect(p.entity).toMatchObject({ name: "Pyongyang", label: "State", aliases: ["Pyongyang"], mentions: 1 });
      expect(p.claims.map((c) => [c.type, c.target])).toEqual([["DEPLOYED", KURSK.id]]);
      const nk = (await store.getEntity(NK.id))!;
      expect(nk.entity.aliases).toEqual(["DPRK", "North Korea"]);
      expect(nk.entity.mentions).toBe(3);
    });

    it("relabels and renames", async () => {
      await store.applyCorrection(rec(changes.relabel));
      await store.applyCorrection(rec({ kind: "rename", id: KURSK.id, name: "Kursk oblast" }));
      expect((await store.getEntity(CHOE.id))?.entity.label).toBe("Institution");
      expect((await store.stats()).byLabel).toEqual({ State: 3, Place: 1, Institution: 1 });
      expect((await store.getEntity(KURSK.id))?.entity.name).toBe("Kursk oblast");
      expect((await store.searchEntities("oblast", 5)).map((e) => e.id)).toEqual([KURSK.id]);
    });

    it("rejects a claim: it leaves every reader and stays listed with its note", async () => {
      const claim = condemnedA();
      await store.applyCorrection(rec(changes.reject(), "not in the text"));
      expect((await store.getEntity(US.id))?.claims.map((c) => c.id)).not.toContain(claim.id);
      expect((await store.stats()).claims).toBe(5);
      expect((await store.exportArticle(claim.article))?.claims.map((c) => c.id)).not.toContain(claim.id);
      const cypher = await store.runUserQuery(
        "MATCH ()-[c]->() WHERE c.id = $id RETURN c",
        { id: claim.id },
        {
          timeoutMs: 5000,
          maxRows: 10,
        },
      );
      expect(cypher.rows).toEqual([]);
      const listed = (await store.listCorrections()).find((c) => c.change.kind === "reject")!;
      expect(listed.note).toBe("not in the text");
      expect(listed.before?.claims.map((c) => c.props.evidence)).toEqual([claim.evidence]);
    });

    it("confirms a claim: it carries the reviewed mark", async () => {
      const claim = condemnedA();
      await store.applyCorrection(rec({ kind: "confirm", claim: claim.id, article: claim.article }));
      expect((await store.getEntity(US.id))?.claims.find((c) => c.id === claim.id)?.reviewed).toBe(true);
    });

    it("keeps every correction across re-ingest, a changed re-extraction and a deleted-then-added article", async () => {
      for (const c of [changes.merge, changes.split, changes.relabel, changes.reject()])
        await store.applyCorrection(rec(c));
      const corrected = await snapshot(store);
      await store.upsertArticle(articleA());
      await store.upsertArticle(articleB());
      expect(await snapshot(store)).toEqual(corrected);
      await store.upsertArticle(articleAChanged());
      expect(await store.getEntity(RU.id)).toBeNull();
      expect((await store.getEntity(CHOE.id))?.entity.label).toBe("Institution");
      expect((await store.getEntity(PYONGYANG))?.claims.map((c) => c.confidence)).toEqual([0.7]);
      expect((await store.getEntity(US.id))?.claims.map((c) => c.id)).not.toContain(condemnedA().id);
      await store.upsertArticle(articleA());
      expect(await snapshot(store)).toEqual(corrected);
      await store.deleteArticle(articleB().article.id);
      await store.upsertArticle(articleB());
      expect(await snapshot(store)).toEqual(corrected);
    });

    it("undo restores the earlier state exactly, in any order, the later corrections still holding", async () => {
      const pristine = await snapshot(store);
      const applied = [];
      for (const c of [changes.merge, changes.split, changes.relabel, changes.reject()]) {
        applied.push(await store.applyCorrection(rec(c)));
      }
      await store.undoCorrection(applied[0]!.id);
      const withoutMerge = await snapshot(store);
      expect(await store.getEntity(RU.id)).not.toBeNull();
      expect((await store.getEntity(PYONGYANG))?.entity.label).toBe("State");
      for (const a of applied.slice(1).reverse()) await store.undoCorrection(a.id);
      expect(await snapshot(store)).toEqual(pristine);
      expect((await store.listCorrections()).every((c) => c.undone)).toBe(true);
      await expect(store.undoCorrection(applied[0]!.id)).rejects.toBeInstanceOf(NotFound);
      // The same three corrections on a store that never saw the merge give the same graph. (On Neo4j the
      // "other" store is the same, wiped database: so it comes last.)
      const other = await createStore();
      try {
        await other.upsertArticle(articleA());
        await other.upsertArticle(articleB());
        for (const c of [changes.split, changes.relabel, changes.reject()]) await other.applyCorrection(rec(c));
        expect(await snapshot(other)).toEqual(withoutMerge);
      } finally {
        await other.close();
      }
    });

    it("refuses bad merges with typed errors and writes nothing", async () => {
      const before = await snapshot(store);
      await expect(store.applyCorrection(rec({ kind: "merge", keep: NK.id, others: [NK.id] }))).rejects.toBeInstanceOf(
        InvalidInput,
      );
      await expect(
        store.applyCorrection(rec({ kind: "merge", keep: NK.id, others: [RU.id, "state:nowhere-0"] })),
      ).rejects.toBeInstanceOf(NotFound);
      await expect(
        store.applyCorrection(rec({ kind: "merge", keep: NK.id, others: [KURSK.id] })),
      ).rejects.toBeInstanceOf(LabelConflict);
      expect(await snapshot(store)).toEqual(before);
      expect(await store.listCorrections()).toEqual([]);
      await store.applyCorrection(rec({ kind: "merge", keep: KURSK.id, others: [NK.id], label: "Place" }));
      expect((await store.getEntity(KURSK.id))?.entity.label).toBe("Place");
    });

    it("a merged id keeps resolving after a new article names it", async () => {
      await store.applyCorrection(rec(changes.merge));
      await store.deleteArticle(articleB().article.id);
      await store.upsertArticle(articleB());
      expect(await store.getEntity(RU.id)).toBeNull();
      expect(await store.resolveEntityId(RU.id)).toBe(NK.id);
      expect((await store.getEntity(NK.id))?.entity.mentions).toBe(6);
    });
  });
}
