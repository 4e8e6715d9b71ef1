// zod schemas for corrections from outside (HTTP bodies, JSON-lines imports), so a bad
// record is a clear InvalidInput before anything reaches the store.
import { z } from "zod";
import { CLAIM_TYPES, ENTITY_LABELS } from "../core/model/labels.ts";

export const idSchema = z.string().min(1).max(300);
export const labelSchema = z.enum(ENTITY_LABELS);
export const claimTypeSchema = z.enum(CLAIM_TYPES);
export const noteSchema = z.string().max(2000).optional();

const claim = z.object({
  id: idSchema,
  type: claimTypeSchema,
  source: idSchema,
  target: idSchema,
  article: idSchema,
  sentence: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  evidence: z.string().max(20_000),
  quote: z.string().optional(),
  confidence: z.number().min(0).max(1),
  rule: z.string().max(200),
  role: z.string().optional(),
  count: z.string().optional(),
});

export const changeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("rename"), id: idSchema, name: z.string().min(1).max(300) }),
  z.object({ kind: z.literal("relabel"), id: idSchema, label: labelSchema }),
  z.object({
    kind: z.literal("merge"),
    keep: idSchema,
    others: z.array(idSchema).min(1),
    label: labelSchema.optional(),
  }),
  z.object({ kind: z.literal("split"), id: idSchema, alias: z.string().min(1), newId: idSchema, label: labelSchema }),
  z.object({ kind: z.literal("delete"), id: idSchema }),
  z.object({ kind: z.literal("confirm"), claim: idSchema, article: idSchema }),
  z.object({ kind: z.literal("reject"), claim: idSchema, article: idSchema }),
  z.object({ kind: z.literal("add-claim"), claim }),
  z.object({ kind: z.literal("dismiss"), a: idSchema, b: idSchema }),
]);

export const recordSchema = z.object({
  id: idSchema,
  change: changeSchema,
  author: z.string().max(200).default(""),
  at: z.string().max(64).default(""),
  note: z.string().max(2000).default(""),
  undone: z.boolean().default(false),
});
