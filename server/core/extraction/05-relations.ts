// Stage 05: relation rules over resolved mentions: SAID/REPORTED attribution, DEPLOYED,
// CONDEMNED, MEMBER_OF (titles, appositions) and PARTY_TO (treaty between A and B).
import type { Doc, RawClaim } from "./types.ts";
import { makeCtx } from "./context.ts";
import { attributionClaims } from "./relations-attribution.ts";
import { deployClaims } from "./relations-deploy.ts";
import { condemnClaims, memberClaims, partyClaims } from "./relations-misc.ts";

export function relations(doc: Doc): Doc {
  const c = makeCtx(doc);
  const raw: RawClaim[] = [];
  memberClaims(c, raw);
  attributionClaims(c, raw);
  deployClaims(c, raw);
  condemnClaims(c, raw);
  partyClaims(c, raw);
  return { ...doc, raw };
}
