// Parses request input with zod and turns failures into InvalidInput (400).
import type { z } from "zod";
import { InvalidInput } from "../core/errors.ts";

export function parse<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (!result.success) {
    const msg = result.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
    throw new InvalidInput(`http: ${msg}`);
  }
  return result.data;
}
