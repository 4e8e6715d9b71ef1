// Stage 05: runs every relation rule of the registry (rules/index.ts) over the resolved mentions:
// SAID/REPORTED attribution, DEPLOYED, CONDEMNED, MEMBER_OF and PARTY_TO.
import type { Doc, RawClaim } from "./types.ts";
import { makeCtx } from "./context.ts";
import { RELATION_RULES } from "./rules/index.ts";

export function relations(doc: Doc): Doc {
  const c = makeCtx(doc);
  const raw: RawClaim[] = [];
  for (const rule of RELATION_RULES) raw.push(...rule.run(c));
  return { ...doc, raw };
}
