// Correction routes: merge, split, relabel, rename, delete, confirm/reject/add claims, dismiss,
// undo, list, export/import, duplicates and the review queue. Author: X-KGX-Author or KGX_AUTHOR.
import { Router, type Request } from "express";
import { z } from "zod";
import type { CorrectionsService, Who } from "../../services/corrections.ts";
import { claimTypeSchema, idSchema, labelSchema, noteSchema } from "../../services/correction-schema.ts";
import { parse } from "../parse.ts";

const note = z.object({ note: noteSchema });
const bodies = {
  merge: note.extend({ keep: idSchema, others: z.array(idSchema).min(1).max(50), label: labelSchema.optional() }),
  split: note.extend({ id: idSchema, alias: z.string().min(1).max(300), label: labelSchema.optional() }),
  relabel: note.extend({ id: idSchema, label: labelSchema }),
  rename: note.extend({ id: idSchema, name: z.string().trim().min(1).max(300) }),
  remove: note.extend({ id: idSchema }),
  dismiss: note.extend({ a: idSchema, b: idSchema }),
  claim: note.extend({
    article: idSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    type: claimTypeSchema,
    source: idSchema,
    target: idSchema,
  }),
  importLines: z.object({ lines: z.string().max(50_000_000) }),
};
const limitQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

function who(req: Request, body: { note?: string | undefined }): Who {
  const header = req.get("x-kgx-author");
  return { author: header ? header.slice(0, 200) : undefined, note: body.note };
}

export function correctionRoutes(svc: CorrectionsService): Router {
  const r = Router();
  const created = (res: { status(n: number): { json(b: unknown): void } }, correction: unknown) =>
    res.status(201).json({ correction });
  r.get("/corrections", async (_req, res) => {
    res.json({ corrections: await svc.list() });
  });
  r.get("/corrections/export", async (_req, res) => {
    res.type("application/x-ndjson").send(await svc.exportLines());
  });
  r.post("/corrections/import", async (req, res) => {
    res.json(await svc.importLines(parse(bodies.importLines, req.body).lines));
  });
  r.post("/corrections/merge", async (req, res) => {
    const b = parse(bodies.merge, req.body);
    created(res, await svc.merge(b.keep, b.others, b.label, who(req, b)));
  });
  r.post("/corrections/split", async (req, res) => {
    const b = parse(bodies.split, req.body);
    created(res, await svc.split(b.id, b.alias, b.label, who(req, b)));
  });
  r.post("/corrections/relabel", async (req, res) => {
    const b = parse(bodies.relabel, req.body);
    created(res, await svc.relabel(b.id, b.label, who(req, b)));
  });
  r.post("/corrections/rename", async (req, res) => {
    const b = parse(bodies.rename, req.body);
    created(res, await svc.rename(b.id, b.name, who(req, b)));
  });
  r.post("/corrections/delete", async (req, res) => {
    const b = parse(bodies.remove, req.body);
    created(res, await svc.deleteEntity(b.id, who(req, b)));
  });
  r.post("/corrections/dismiss", async (req, res) => {
    const b = parse(bodies.dismiss, req.body);
    created(res, await svc.dismiss(b.a, b.b, who(req, b)));
  });
  r.post("/corrections/claims", async (req, res) => {
    const b = parse(bodies.claim, req.body);
    created(res, await svc.addClaim(b, who(req, b)));
  });
  for (const verdict of ["confirm", "reject"] as const) {
    r.post(`/corrections/claims/:id/${verdict}`, async (req, res) => {
      const b = parse(note, req.body ?? {});
      created(res, await svc.review(req.params.id, verdict, who(req, b)));
    });
  }
  r.post("/corrections/:id/undo", async (req, res) => {
    res.json({ correction: await svc.undo(req.params.id) });
  });
  r.get("/duplicates", async (req, res) => {
    res.json({ suggestions: await svc.duplicates(parse(limitQuery, req.query).limit) });
  });
  r.get("/review", async (req, res) => {
    res.json(await svc.reviewQueue(parse(limitQuery, req.query).limit));
  });
  return r;
}
