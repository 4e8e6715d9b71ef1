// What the explorer draws first: the whole (top-N) graph when it is small, else the ego
// network of the most mentioned entities, so a 10k-entity store opens fast and readable.
import type { Stats } from "@core/model/types.ts";
import { api } from "../api/client.ts";
import type { ExplorerSettings } from "../sigma/settings.ts";
import type { DrawData } from "../state/graph/index.ts";

export async function loadInitialData(stats: Stats | null, settings: ExplorerSettings): Promise<DrawData> {
  if (!stats || stats.entities <= settings.focusedStartAbove) return api.graph(settings.graphLimit);
  const top = await api.graph(3);
  const parts = await Promise.all(top.nodes.map((n) => api.neighbourhood(n.id, 1, 80)));
  const nodes = new Map<string, DrawData["nodes"][number]>();
  const edges = new Map<string, DrawData["edges"][number]>();
  for (const p of [top, ...parts]) {
    for (const n of p.nodes) nodes.set(n.id, n);
    for (const e of p.edges) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: true };
}
