// Read-only explorer routes: stats, graph, entities, neighbourhoods, articles.
import { Router } from "express";
import { z } from "zod";
import { encodeCompactGraph } from "../../core/model/compact-graph.ts";
import type { GraphData } from "../../core/model/types.ts";
import type { ExploreService } from "../../services/explore.ts";
import { parse } from "../parse.ts";

/** `json` (the default): GraphData as it is; `compact`: its array form (core/model/compact-graph.ts), for the explorer. */
const format = z.enum(["json", "compact"]).default("json");
const shaped = (g: GraphData, f: "json" | "compact") => (f === "compact" ? encodeCompactGraph(g) : g);
const graphQuery = z.object({ limit: z.coerce.number().int().min(1).max(20_000).default(500), format });
const searchQuery = z.object({
  search: z.string().max(200).default(""),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
const hoodQuery = z.object({
  hops: z.coerce.number().int().min(1).max(4).default(1),
  limit: z.coerce.number().int().min(1).max(5_000).default(50),
  format,
});

export function exploreRoutes(explore: ExploreService): Router {
  const r = Router();
  r.get("/stats", async (_req, res) => {
    res.json(await explore.stats());
  });
  r.get("/graph", async (req, res) => {
    const q = parse(graphQuery, req.query);
    res.json(shaped(await explore.graph(q.limit), q.format));
  });
  r.get("/entities", async (req, res) => {
    const q = parse(searchQuery, req.query);
    res.json({ entities: await explore.search(q.search, q.limit) });
  });
  r.get("/entities/:id", async (req, res) => {
    res.json(await explore.entity(req.params.id));
  });
  r.get("/entities/:id/neighbourhood", async (req, res) => {
    const q = parse(hoodQuery, req.query);
    res.json(shaped(await explore.neighbourhood(req.params.id, q.hops, q.limit), q.format));
  });
  r.get("/articles/:id", async (req, res) => {
    res.json(await explore.article(req.params.id));
  });
  return r;
}
