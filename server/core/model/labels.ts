// The allow-list of node labels and relationship types: the only names that may
// ever be spliced into Cypher text. Everything else goes in as a $parameter.

export const ENTITY_LABELS = ["Person", "State", "Institution", "Outlet", "Treaty", "Place"] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const CLAIM_TYPES = ["SAID", "REPORTED", "DEPLOYED", "CONDEMNED", "MEMBER_OF", "PARTY_TO"] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

/** How a claim was stated. Absent means "asserted"; a "denied" ("neither X nor Y confirmed the deployment")
 * or "hypothetical" ("the possibility of X troops joining") claim is never shown or exported as a fact. */
export const POLARITIES = ["asserted", "denied", "hypothetical"] as const;
export type Polarity = (typeof POLARITIES)[number];

export function isPolarity(x: unknown): x is Polarity {
  return typeof x === "string" && (POLARITIES as readonly string[]).includes(x);
}

export const REL_TYPES = [...CLAIM_TYPES, "MENTIONS", "PUBLISHED"] as const;
/** (Outlet)-[:PUBLISHED]->(Article): who published an article, from its metadata, not its text. */
export const PUBLISHED_TYPE = "PUBLISHED";
export type RelType = (typeof REL_TYPES)[number];

export const ARTICLE_LABEL = "Article";
export const ENTITY_BASE_LABEL = "Entity";

export function isEntityLabel(x: unknown): x is EntityLabel {
  return typeof x === "string" && (ENTITY_LABELS as readonly string[]).includes(x);
}

export function isClaimType(x: unknown): x is ClaimType {
  return typeof x === "string" && (CLAIM_TYPES as readonly string[]).includes(x);
}

/** Throws unless `x` is on the allow-list; returns it typed, ready to splice into Cypher. */
export function assertEntityLabel(x: string): EntityLabel {
  if (!isEntityLabel(x)) throw new Error(`model: label not allowed: ${JSON.stringify(x)}`);
  return x;
}

export function assertClaimType(x: string): ClaimType {
  if (!isClaimType(x)) throw new Error(`model: relationship type not allowed: ${JSON.stringify(x)}`);
  return x;
}

/** Colours per label, shared by the explorer, its legend and the exports. */
export const LABEL_COLORS: Record<EntityLabel | "Article", string> = {
  Person: "#e4572e",
  State: "#2e86ab",
  Institution: "#76b041",
  Outlet: "#f3a712",
  Treaty: "#a23b72",
  Place: "#5c6b73",
  Article: "#999999",
};
