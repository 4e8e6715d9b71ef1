// The one list of relation rules stage 05 runs, in order: each family file declares its rules'
// ids, claim types and confidences once.
import type { RelationRule } from "./rule.ts";
import { MEMBER_OF_RULES } from "./member-of.ts";
import { SAID_REPORTED_RULES } from "./said-reported.ts";
import { DEPLOYED_RULES } from "./deployed.ts";
import { CONDEMNED_RULES } from "./condemned.ts";
import { PARTY_TO_RULES } from "./party-to.ts";

export type { RelationRule } from "./rule.ts";

export const RELATION_RULES: readonly RelationRule[] = Object.freeze([
  ...MEMBER_OF_RULES,
  ...SAID_REPORTED_RULES,
  ...DEPLOYED_RULES,
  ...CONDEMNED_RULES,
  ...PARTY_TO_RULES,
]);

const ids = RELATION_RULES.map((r) => r.id);
if (new Set(ids).size !== ids.length) throw new Error("extraction: duplicate relation rule id");
