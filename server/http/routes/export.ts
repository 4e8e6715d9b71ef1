// Export routes: the list of formats, and POST /api/export answering with the file.
import { Router } from "express";
import { z } from "zod";
import type { ExportService } from "../../services/export.ts";
import { paramsSchema } from "../../services/params.ts";
import { parse } from "../parse.ts";
import { periodSchema } from "./article-list.ts";

const point = z.object({ x: z.number(), y: z.number() });
const body = z.object({
  format: z.string(),
  title: z.string().max(300).optional(),
  selection: z.object({
    all: z.boolean().optional(),
    ids: z.array(z.string()).max(20_000).optional(),
    entity: z.string().max(300).optional(),
    hops: z.number().int().min(1).max(4).optional(),
    query: z.string().max(100_000).optional(),
    params: paramsSchema.optional(),
  }),
  positions: z.record(z.string(), point).optional(),
  ...periodSchema.shape,
});

export function exportRoutes(exporter: ExportService): Router {
  const r = Router();
  r.get("/export/formats", (_req, res) => {
    res.json({ formats: exporter.formatList() });
  });
  r.post("/export", async (req, res) => {
    const file = await exporter.render(parse(body, req.body ?? {}));
    res.setHeader("Content-Type", `${file.contentType}; charset=utf-8`);
    res.setHeader("Content-Disposition", `attachment; filename="${file.filename}"`);
    res.send(file.body);
  });
  return r;
}
