// Cypher console routes: POST /api/cypher runs a read-only query (its answer streamed with
// back-pressure); GET /api/queries lists the saved analyst queries.
import { Router } from "express";
import { z } from "zod";
import { paramsSchema } from "../../services/params.ts";
import type { QueryService } from "../../services/query.ts";
import { streamJson } from "../json-stream.ts";
import { parse } from "../parse.ts";

const body = z.object({
  query: z.string().max(100_000),
  params: paramsSchema.default({}),
});

export function queryRoutes(query: QueryService): Router {
  const r = Router();
  r.post("/cypher", async (req, res) => {
    const input = parse(body, req.body ?? {});
    await streamJson(res, await query.run(input.query, input.params));
  });
  r.get("/queries", (_req, res) => {
    res.json({ queries: query.savedQueries() });
  });
  return r;
}
