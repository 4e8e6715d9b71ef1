// Write route: POST /api/articles ingests one article.
import { Router } from "express";
import { z } from "zod";
import type { IngestService } from "../../services/ingest.ts";
import { parse } from "../parse.ts";

const body = z.object({
  title: z.string().max(1_000).optional(),
  text: z.string(),
  source: z.string().max(2_000).optional(),
  url: z.string().url().max(4_000).optional(),
  publisher: z.string().max(300).optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}/, "expected an ISO date")
    .max(40)
    .optional(),
  author: z.string().max(300).optional(),
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
