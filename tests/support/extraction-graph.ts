// The extractor's answer for one text, flattened for table tests: "Label:Name" entities, "A -TYPE-> B"
// claims (distinct, by name) and each entity's aliases.
import { extractArticle } from "../../server/core/extraction/index.ts";

export function extractedGraph(text: string): { entities: string[]; claims: string[]; aliases: Map<string, string[]> } {
  const d = extractArticle({ text });
  const name = (id: string): string => d.entities.find((e) => e.id === id)?.name ?? id;
  return {
    entities: d.entities.map((e) => `${e.label}:${e.name}`).sort(),
    claims: [...new Set(d.claims.map((c) => `${name(c.source)} -${c.type}-> ${name(c.target)}`))].sort(),
    aliases: new Map(d.entities.map((e) => [e.name, e.aliases])),
  };
}
