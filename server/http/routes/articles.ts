// Write route: POST /api/articles ingests one article.
import { Router } from "express";
import { z } from "zod";
import type { IngestService } from "../../services/ingest.ts";
import { parse } from "../parse.ts";

const body = z.object({
  title: z.string().max(1_000).optional(),
  text: z.string(),
  source: z.string().max(2_000).optional(),
});

export function articleRoutes(ingest: IngestService): Router {
  const r = Router();
  r.post("/articles", async (req, res) => {
    const input = parse(body, req.body ?? {});
    const result = await ingest.ingest(input);
    res.status(result.created ? 201 : 200).json(result);
  });
  return r;
}
