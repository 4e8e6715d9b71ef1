// The active filters in words ("relations: CONDEMNED", "confidence ≥ 90%"), for the
// message that says which filters emptied the view.
import type { FilterState } from "./types.ts";

/** One phrase per active filter, in the panel's order; `name` turns an id into a name. */
export function describeFilters(f: FilterState, name: (id: string) => string = (id) => id): string[] {
  const out: string[] = [];
  if (f.labels) out.push(f.labels.length ? `entities: ${f.labels.join(", ")}` : "no entity label");
  if (f.types) out.push(f.types.length ? `relations: ${f.types.join(", ")}` : "no relation type");
  if (f.minConfidence > 0) out.push(`confidence ≥ ${Math.round(f.minConfidence * 100)}%`);
  if (f.minClaims > 0) out.push(`claims per entity ≥ ${f.minClaims}`);
  if (f.hideIsolated) out.push("isolated entities hidden");
  if (f.outlet) out.push(`outlet: ${name(f.outlet)}`);
  if (f.article) out.push(`article: ${name(f.article)}`);
  return out;
}
