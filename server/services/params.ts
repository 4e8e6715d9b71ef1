// Cypher $parameters as checked before they reach a database: JSON values only, at most
// MAX_DEPTH levels of nesting and MAX_BYTES of JSON, walked without recursion (a zod schema).
import { z } from "zod";
import { InvalidInput } from "../core/errors.ts";

export const PARAMS_MAX_DEPTH = 16;
export const PARAMS_MAX_BYTES = 1_000_000;

/** Why `params` is not acceptable, or null. Iterative, so a 100,000-deep value cannot overflow the stack. */
export function paramsProblem(params: unknown): string | null {
  if (typeof params !== "object" || params === null || Array.isArray(params)) return "params must be an object";
  const stack: Array<[unknown, number]> = [[params, 1]];
  let bytes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop() as [unknown, number];
    if (depth > PARAMS_MAX_DEPTH) return `params are nested deeper than ${PARAMS_MAX_DEPTH} levels`;
    if (v === null || typeof v === "boolean") bytes += 5;
    else if (typeof v === "number") {
      if (!Number.isFinite(v)) return "params hold a number that is not finite";
      bytes += 24;
    } else if (typeof v === "string") bytes += v.length + 2;
    else if (Array.isArray(v)) {
      bytes += 2 + v.length;
      for (const x of v) stack.push([x, depth + 1]);
    } else if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) {
      for (const [k, x] of Object.entries(v)) {
        bytes += k.length + 4;
        stack.push([x, depth + 1]);
      }
    } else return "params hold a value that is not JSON";
    if (bytes > PARAMS_MAX_BYTES) return `params are larger than ${PARAMS_MAX_BYTES} bytes`;
  }
  return null;
}

/** The zod schema of a `params` map: routes parse bodies with it, so bad params are a 400 before any work. */
export const paramsSchema = z.record(z.string(), z.unknown()).superRefine((v, ctx) => {
  const why = paramsProblem(v);
  if (why) ctx.addIssue({ code: "custom", message: why });
});

export function validateParams(params: unknown): Record<string, unknown> {
  const why = paramsProblem(params);
  if (why) throw new InvalidInput(`query: ${why}`);
  return params as Record<string, unknown>;
}
