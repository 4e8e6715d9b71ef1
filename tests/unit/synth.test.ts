// The synthetic graph generator: deterministic per seed, the requested sizes, valid
// references and label constraints per relation type, and repeated claims per pair.
import { describe, expect, it } from "vitest";
import { prng, synthGraph } from "../../server/core/graph/synth.ts";

describe("synthGraph", () => {
  const g = synthGraph({ nodes: 2000, edges: 8000, seed: 7 });

  it("is deterministic per seed", () => {
    expect(synthGraph({ nodes: 300, edges: 900, seed: 3 })).toEqual(synthGraph({ nodes: 300, edges: 900, seed: 3 }));
    expect(synthGraph({ nodes: 300, edges: 900, seed: 3 })).not.toEqual(
      synthGraph({ nodes: 300, edges: 900, seed: 4 }),
    );
  });

  it("has the requested sizes and unique ids", () => {
    expect(g.entities).toHaveLength(2000);
    expect(g.relations).toHaveLength(8000);
    expect(new Set(g.entities.map((e) => e.id)).size).toBe(2000);
    expect(new Set(g.relations.map((r) => r.id)).size).toBe(8000);
  });

  it("references only existing entities and articles, never self-loops", () => {
    const ids = new Set(g.entities.map((e) => e.id));
    const arts = new Set(g.articles.map((a) => a.id));
    for (const r of g.relations) {
      expect(ids.has(r.source) && ids.has(r.target) && arts.has(r.article)).toBe(true);
      expect(r.source).not.toBe(r.target);
      expect(r.confidence).toBeGreaterThanOrEqual(0.5);
      expect(r.end - r.start).toBe(r.evidence.length);
    }
  });

  it.each<[string, string[], string[] | null]>([
    ["MEMBER_OF", ["Person"], ["State", "Institution", "Outlet"]],
    ["PARTY_TO", ["State", "Institution"], ["Treaty"]],
    ["DEPLOYED", ["State", "Institution"], ["Place", "State"]],
    ["REPORTED", ["Outlet", "Institution"], null],
  ])("%s respects the model's labels", (type, from, to) => {
    const label = new Map(g.entities.map((e) => [e.id, e.label as string]));
    const rs = g.relations.filter((r) => r.type === type);
    expect(rs.length).toBeGreaterThan(0);
    for (const r of rs) {
      expect(from).toContain(label.get(r.source));
      if (to) expect(to).toContain(label.get(r.target));
    }
  });

  it("repeats claims on some pairs and has hubs", () => {
    const pairs = new Map<string, number>();
    const degree = new Map<string, number>();
    for (const r of g.relations) {
      const k = `${r.type}|${r.source}|${r.target}`;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
      for (const id of [r.source, r.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
    }
    expect([...pairs.values()].filter((n) => n > 1).length).toBeGreaterThan(500);
    expect(Math.max(...degree.values())).toBeGreaterThan(100);
  });

  it("prng is in [0, 1) and seeded", () => {
    const a = prng(1);
    const b = prng(1);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});
