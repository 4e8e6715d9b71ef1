// The document that flows through the numbered extraction stages: each stage reads
// the fields filled by the earlier ones and returns the document enriched.
import type { ArticleMeta, ClaimType, Entity, EntityLabel, Polarity } from "../model/index.ts";

export interface Token {
  start: number;
  end: number;
  text: string;
  /** lower-cased, accents stripped, non-alphanumerics removed */
  norm: string;
  pos: string;
  sent: number;
  cap: boolean;
  punct: boolean;
  /** the possessive "'s" / "’s" */
  poss: boolean;
  /** a possessive or a bare apostrophe ("the troops' presence") */
  apos: boolean;
  /** a hyphen or dash joining words ("-", "‐", "–") */
  hyphen: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  para: number;
  headline: boolean;
  tokStart: number;
  tokEnd: number;
  /** [start,end) of a quotation overlapping this sentence, if any */
  quote?: [number, number];
}

export interface QuoteSpan {
  start: number;
  end: number;
  para: number;
}

export type MentionKind = "name" | "demonym" | "capital" | "seat" | "abbr" | "short" | "nominal" | "pronoun";

export interface Mention {
  tokStart: number;
  tokEnd: number;
  start: number;
  end: number;
  sent: number;
  surface: string;
  label: EntityLabel;
  /** canonical name candidate */
  canon: string;
  kind: MentionKind;
  /** inside a longer name (never a source) */
  nested?: boolean;
  /** demonym/state used for a non-actor ("North Korea experts") */
  notActor?: boolean;
  /** followed by the possessive 's */
  possessive?: boolean;
  /** the role title preceding a person ("Foreign Minister") */
  role?: string;
  /** the mention the role is affiliated to ("North Korean" in "North Korean Foreign Minister X") */
  affiliation?: Mention;
  /** extra surface forms to record as aliases (e.g. a demonym-stripped institution name) */
  extraAliases?: string[];
  /** for ambiguous short forms: only valid if the full name is in the article */
  needsFull?: boolean;
  /** resolved entity id(s); nominals and pronouns may point to several */
  ids?: string[];
}

export interface RawClaim {
  type: ClaimType;
  source: string;
  target: string;
  sent: number;
  confidence: number;
  rule: string;
  quote?: string;
  role?: string;
  count?: string;
  polarity?: Polarity;
}

export interface Doc {
  text: string;
  meta: ArticleMeta;
  sentences: Sentence[];
  quotes: QuoteSpan[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  raw: RawClaim[];
  claims: import("../model/index.ts").Claim[];
}

export type Stage = (doc: Doc) => Doc;

/** What the relation rules read: the document, its tokens, hedged sentences and mentions by sentence. */
export interface Ctx {
  doc: Doc;
  T: Token[];
  /** per sentence: contains a hedge word */
  hedges: boolean[];
  /** resolved mentions per sentence, in text order */
  bySent: Mention[][];
}
