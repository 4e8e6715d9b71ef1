// Article routes: the list, DELETE /api/articles/:id, POST /api/articles/url (fetch and ingest
// a page), POST /api/articles/file (a .txt/.md/.html file's content) and GET /api/timeline.
import { Router } from "express";
import { z } from "zod";
import { InvalidInput } from "../../core/errors.ts";
import { toArticleInput } from "../../formats/index.ts";
import type { ArticleService } from "../../services/articles.ts";
import type { IngestService } from "../../services/ingest.ts";
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

const fileBody = z.object({
  filename: z.string().min(1).max(300),
  content: z.string(),
});
const FILE_TYPES = /\.(txt|text|md|markdown|html?)$/i;

export function articleListRoutes(articles: ArticleService, ingest: IngestService, urls?: UrlIngestService): Router {
  const r = Router();
  r.post("/articles/file", async (req, res) => {
    const { filename, content } = parse(fileBody, req.body ?? {});
    if (!FILE_TYPES.test(filename)) throw new InvalidInput(`ingest: ${filename} is not a .txt, .md or .html file`);
    ingest.validate({ text: content });
    const input = toArticleInput(filename, content);
    if (input.text.trim().length === 0) throw new InvalidInput(`ingest: no article text found in ${filename}`);
    const result = await ingest.ingest(input);
    res.status(result.created ? 201 : 200).json(result);
  });
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
