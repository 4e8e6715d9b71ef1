// Export writers read back with real parsers: GEXF and GraphML with graphology's own,
// CSV with csv-parse; hostile names stay well-formed XML and spreadsheet-safe CSV.
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { MultiDirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { claimsCsv, edgesCsv, nodesCsv } from "../../../server/export/csv-export.ts";
import { EXPORT_FORMATS } from "../../../server/export/index.ts";
import { toGexf } from "../../../server/export/gexf.ts";
import { toGraphml } from "../../../server/export/graphml.ts";
import { xmlSafe } from "../../../server/export/xml.ts";
import { hostileBundle, HOSTILE } from "../../fixtures/export-bundle.ts";

function wellFormed(xml: string): Document {
  const errors: string[] = [];
  const fail = (msg: string) => errors.push(msg);
  const doc = new DOMParser({ errorHandler: { error: fail, fatalError: fail } }).parseFromString(xml, "text/xml");
  expect(errors).toEqual([]);
  return doc as unknown as Document;
}

describe("GEXF", () => {
  it("round-trips nodes, edges, labels, attributes and viz through graphology-gexf", () => {
    const b = hostileBundle();
    const xml = toGexf(b);
    wellFormed(xml);
    const g = parseGexf(MultiDirectedGraph, xml);
    expect(g.order).toBe(b.nodes.length);
    expect(g.size).toBe(b.edges.length);
    for (const n of b.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a).toMatchObject({ label: xmlSafe(n.name), kind: n.label, mentions: n.mentions, size: n.size });
      expect(a.x).toBeCloseTo(n.x);
      expect(a.color).toMatch(/^(#|rgb)/);
    }
    for (const e of b.edges) {
      expect(g.hasEdge(e.id)).toBe(true);
      expect(g.getEdgeAttributes(e.id)).toMatchObject({ type: e.type, claims: e.count, weight: e.count });
    }
  });
});

describe("GraphML", () => {
  it("round-trips through graphology-graphml", () => {
    const b = hostileBundle();
    const xml = toGraphml(b);
    wellFormed(xml);
    const g = parseGraphml(MultiDirectedGraph, xml);
    expect(g.order).toBe(b.nodes.length);
    expect(g.size).toBe(b.edges.length);
    for (const n of b.nodes) {
      expect(g.getNodeAttributes(n.id)).toMatchObject({ label: xmlSafe(n.name), kind: n.label, mentions: n.mentions });
    }
    g.forEachEdge((_k, a, s, t) => {
      expect(b.edges).toContainEqual(expect.objectContaining({ source: s, target: t, type: a.type, count: a.claims }));
    });
  });
});

describe("CSV", () => {
  it("reads back the same rows with a real CSV parser, with formulas neutralised", () => {
    const b = hostileBundle();
    const nodes = parseCsv(nodesCsv(b), { columns: true }) as Array<Record<string, string>>;
    expect(nodes.map((r) => r.Id)).toEqual(b.nodes.map((n) => n.id));
    for (const [i, r] of nodes.entries()) {
      const name = b.nodes[i]!.name;
      expect(r.Label).toBe(/^[=+\-@\t\r]/.test(name) ? `'${name}` : name);
    }
    expect(nodes.every((r) => !/^[=+\-@]/.test(r.Label!))).toBe(true);
    const edges = parseCsv(edgesCsv(b), { columns: true }) as Array<Record<string, string>>;
    expect(edges.map((r) => [r.Source, r.Target, r.Label])).toEqual(b.edges.map((e) => [e.source, e.target, e.type]));
    const claims = parseCsv(claimsCsv(b), { columns: true }) as Array<Record<string, string>>;
    expect(claims).toHaveLength(b.claims.length);
    expect(claims[0]?.Statement).toBe(b.claims[0]?.evidence);
  });
});

describe("every writer", () => {
  const markup = EXPORT_FORMATS.filter((f) => ["gexf", "graphml", "html", "md", "svg"].includes(f.id));
  it.each(markup.map((f) => [f.id, f] as const))("%s never lets markup through from names", (_id, f) => {
    const out = f.write(hostileBundle());
    expect(out).not.toContain("<img src=x");
    expect(out).not.toContain("<Ltd>");
    // eslint-disable-next-line no-control-regex -- looking for forbidden control characters
    expect(out).not.toMatch(/[\u0000-\u0008]/);
  });

  it("stays well-formed and parseable for arbitrary names (fast-check)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 30 }), { minLength: 2, maxLength: 6 }), (names) => {
        const b = hostileBundle(names);
        for (const f of EXPORT_FORMATS) expect(typeof f.write(b)).toBe("string");
        expect(parseGexf(MultiDirectedGraph, toGexf(b)).order).toBe(names.length);
        expect(parseGraphml(MultiDirectedGraph, toGraphml(b)).order).toBe(names.length);
        const rows = parseCsv(nodesCsv(b), { columns: true, relax_quotes: false }) as Array<Record<string, string>>;
        expect(rows.map((r) => r.Id)).toEqual(b.nodes.map((n) => n.id));
      }),
      { numRuns: 150 },
    );
  });

  it("keeps every hostile name intact where the format can hold it", () => {
    const md = EXPORT_FORMATS.find((f) => f.id === "json")!.write(hostileBundle());
    expect(JSON.parse(md).entities.map((e: { name: string }) => e.name)).toEqual(HOSTILE);
  });
});
