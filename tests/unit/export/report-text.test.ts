// Unit tests of what the reports say in words: names instead of ids, links counted per pair
// of entities as in the explorer, a readable timestamp, and denied/hypothetical claims marked.
import { describe, expect, it } from "vitest";
import { buildBundle } from "../../../server/core/graph/export-bundle.ts";
import type { ClaimWithContext, Entity } from "../../../server/core/model/types.ts";
import { toHtmlReport } from "../../../server/export/html-report.ts";
import { toMarkdown } from "../../../server/export/markdown.ts";
import { linkLabel, linksOf, readable, readableTime } from "../../../server/export/report-text.ts";

const people: Entity[] = [
  { id: "person:choe-son-hui-91aabf47", label: "Person", name: "Choe Son Hui", aliases: [], mentions: 5 },
  { id: "state:russia-1", label: "State", name: "Russia", aliases: [], mentions: 9 },
];
const claim = (id: string, type: ClaimWithContext["type"], s: 0 | 1, extra: Partial<ClaimWithContext> = {}) =>
  ({
    id,
    type,
    source: people[s]!.id,
    target: people[1 - s]!.id,
    sourceName: people[s]!.name,
    targetName: people[1 - s]!.name,
    sourceLabel: people[s]!.label,
    targetLabel: people[1 - s]!.label,
    article: "a1",
    articleTitle: "An article",
    sentence: 2,
    start: 0,
    end: 10,
    evidence: "Some sentence.",
    confidence: 0.8,
    rule: "said-verb",
    ...extra,
  }) as ClaimWithContext;

const bundle = buildBundle({
  title: "Report on person:choe-son-hui-91aabf47",
  origin: "Entity person:choe-son-hui-91aabf47, 1 hop",
  entities: people,
  claims: [
    claim("c1", "SAID", 0),
    claim("c2", "SAID", 0, { polarity: "denied" }),
    claim("c3", "CONDEMNED", 0),
    claim("c4", "MEMBER_OF", 0, { role: "Foreign Minister" }),
    claim("c5", "SAID", 1, { polarity: "hypothetical" }),
  ],
  articles: { a1: { id: "a1", title: "An article", source: "https://example.org/story", date: "2024-11-02" } },
  now: new Date("2026-12-01T11:05:09.123Z"),
});

describe("report text", () => {
  it("uses names, not ids", () => {
    expect(readable(bundle, bundle.origin)).toBe("Entity Choe Son Hui, 1 hop");
    const html = toHtmlReport(bundle);
    expect(html).toContain("<h1>Report on Choe Son Hui</h1>");
    expect(html).not.toContain(">Report on person:");
    expect(toMarkdown(bundle)).toContain("# Report on Choe Son Hui");
  });
  it("counts one link per pair, as the explorer, and labels it like the explorer", () => {
    expect(bundle.edges.length).toBe(4); // (source, target, type)
    const links = linksOf(bundle.edges);
    expect(links.length).toBe(1);
    expect(linkLabel(links[0]!)).toBe("→ SAID ×2 · → CONDEMNED · → MEMBER_OF · ← SAID");
    expect(toHtmlReport(bundle)).toContain("2 entities · 1 link · 5 claims");
  });
  it("writes the time in words", () => {
    expect(readableTime(bundle.generatedAt)).toBe("1 December 2026, 11:05 UTC");
    expect(toMarkdown(bundle)).toContain("- Generated: 1 December 2026, 11:05 UTC");
  });
  it("marks denied and hypothetical claims and shows roles, confidence, rule, date and link", () => {
    const html = toHtmlReport(bundle);
    expect(html).toContain('<b class="polarity">denied</b>');
    expect(html).toContain('<b class="polarity">hypothetical</b>');
    expect(html).toContain("<i>as Foreign Minister</i>");
    expect(html).toContain('<td><code>said-verb</code></td><td class="date">2024-11-02</td>');
    expect(html).toContain('<a href="https://example.org/story">An article</a>');
    const md = toMarkdown(bundle);
    expect(md).toContain("| SAID **DENIED** |");
    expect(md).toContain("| 80% | said-verb | 2024-11-02 | [An article](https://example.org/story) |");
  });
});
