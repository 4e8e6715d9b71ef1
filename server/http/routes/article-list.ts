// Article routes: the list, DELETE /api/articles/:id, POST /api/articles/url (fetch and
// ingest a page) and GET /api/timeline (claims per day or week and type).
import { Router } from "express";
import { z } from "zod";
import type { ArticleService } from "../../services/articles.ts";
import type { UrlIngestService } from "../../services/url-ingest.ts";
import { parse } from "../parse.ts";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/, "expected a date YYYY-MM-DD");
export const periodSchema = z.object({ since: day.optional(), until: day.optional() });
const timelineQuery = periodSchema.extend({ bucket: z.enum(["day", "week"]).default("day") });
const urlBody = z.object({
  url: z.string().min(1).max(4_000),
  publisher: z.string().max(300).optional(),
  published: day.optional(),
});

export function articleListRoutes(articles: ArticleService, urls?: UrlIngestService): Router {
  const r = Router();
  r.get("/articles", async (_req, res) => {
    res.json({ articles: await articles.list() });
  });
  r.delete("/articles/:id", async (req, res) => {
    await articles.remove(req.params.id);
    res.json({ deleted: req.params.id });
  });
  r.get("/timeline", async (req, res) => {
    const q = parse(timelineQuery, req.query);
    res.json(await articles.timeline(q.bucket, { since: q.since, until: q.until }));
  });
  if (urls) {
    r.post("/articles/url", async (req, res) => {
      const { url, ...overrides } = parse(urlBody, req.body ?? {});
      const result = await urls.ingestUrl(url, overrides);
      res.status(result.created ? 201 : 200).json(result);
    });
  }
  return r;
}
