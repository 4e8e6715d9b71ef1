// The read cache's compact snapshot: hop ranking, node and edge order (by id even when one id
// begins another), aggregated fields and article ids, from rows as the store returns them.
import { describe, expect, it } from "vitest";
import { SnapshotBuilder } from "../../server/store/read-snapshot.ts";

const node = (id: string, mentions: number) => ({ id, label: "Person", name: id.toUpperCase(), mentions });
const edge = (source: string, target: string, type: string, n: number, articleIds: string[]) => ({
  source,
  target,
  type,
  n,
  articles: new Set(articleIds).size,
  confidence: 0.5 + n / 100,
  articleIds,
});

function snapshot(ids: string[], rows: ReturnType<typeof edge>[]) {
  const b = new SnapshotBuilder();
  b.addNodes(ids.map((id, i) => node(id, ids.length - i)));
  // In two chunks, as the cache reads them.
  b.addEdges(rows.slice(0, 2));
  b.addEdges(rows.slice(2));
  return b.build();
}

const sortedById = (ids: string[]) => [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe("read snapshot", () => {
  const cases = [
    { name: "no id begins another", ids: ["p:x", "p:y", "p:z", "q:w"] },
    // "p:x" begins "p:x-y": "SAID:p:x->…" and "SAID:p:x-y->…" order by the character after "p:x".
    { name: "an id begins another", ids: ["p:x", "p:x-y", "p:x>", "p:x-"] },
  ];
  for (const { name, ids } of cases) {
    it(`orders edges by id and neighbours by claim count (${name})`, () => {
      const [a, b, c, d] = ids as [string, string, string, string];
      const snap = snapshot(ids, [
        edge(a, b, "SAID", 3, ["art2", "art1"]),
        edge(b, a, "CONDEMNED", 1, ["art1"]),
        edge(a, c, "SAID", 1, ["art3"]),
        edge(c, d, "REPORTED", 5, ["art3", "art4"]),
        edge(d, a, "SAID", 2, ["art4"]),
        edge(a, a, "SAID", 1, ["art5"]),
        edge(b, d, "DEPLOYED", 2, ["art6"]),
        edge(a, "missing", "SAID", 1, ["art5"]),
        edge(b, c, "MENTIONS", 1, ["art5"]),
      ]);
      expect(snap.edgeCount).toBe(7); // the unknown end and the non-claim type are left out
      const all = snap.neighbourhood(a, 3, 10);
      expect(all.nodes.map((n) => n.id)).toEqual([a, b, c, d]); // by mentions
      expect(all.edges.map((e) => e.id)).toEqual(sortedById(all.edges.map((e) => e.id)));
      expect(all.edges).toHaveLength(7);
      expect(all.edges.find((e) => e.id === `SAID:${a}->${b}`)).toEqual({
        id: `SAID:${a}->${b}`,
        source: a,
        target: b,
        type: "SAID",
        count: 3,
        articles: 2,
        maxConfidence: 0.53,
        articleIds: ["art1", "art2"],
      });
      // One hop, room for two: b (4 claims with a) before d (2) and c (1).
      expect(snap.neighbourhood(a, 1, 2).nodes.map((n) => n.id)).toEqual([a, b]);
      expect(snap.neighbourhood(a, 1, 3).nodes.map((n) => n.id)).toEqual([a, b, d]);
      expect(snap.neighbourhood(c, 1, 2).nodes.map((n) => n.id)).toEqual([c, d]); // d: 5 claims, a: 1
      // d's neighbours: c (5), then a and b with 2 each, tied: by id, so a.
      expect(snap.neighbourhood(d, 1, 3).nodes.map((n) => n.id)).toEqual([a, c, d]);
      expect(snap.has("missing")).toBe(false);
      expect(snap.neighbourhood("missing", 2, 10)).toEqual({ nodes: [], edges: [] });
    });
  }
});
