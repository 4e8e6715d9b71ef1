// The rows a bulk load into a new store writes: the nodes and relationships, with the same properties, that
// the write path (article-batch.ts) leaves when it writes the same articles one after another into an empty store.
import { isClaimType, isEntityLabel, type ClaimType, type EntityLabel } from "../core/model/labels.ts";
import type { ArticleHead, ExtractedArticle } from "../core/model/types.ts";
import { articleFingerprint, newArticleProps, publisherOf, uniqueEntities } from "./article-batch.ts";
import { claimProps, searchKey } from "./rows.ts";

export interface EntityRow {
  id: string;
  name: string;
  label: string;
  mentions: number;
  aliases: string[];
  search: string;
}

interface Tally {
  row: Omit<EntityRow, "aliases" | "search">;
  aliases: Set<string>;
  /** The name the last article gave it: the search key is written by each article in turn. */
  last: string;
}

/** The entities of a run of articles, merged as one write after another would leave them. */
export class EntityTally {
  private readonly byId = new Map<string, Tally>();

  /** An article's publisher first (an Outlet with no mentions when new, as publishersPart creates it), then its entities. */
  add(head: ArticleHead): void {
    const p = publisherOf({ article: head.article } as ExtractedArticle);
    if (p && !this.byId.has(p.id)) {
      const row = { id: p.id, name: p.name, label: "Outlet", mentions: 0 };
      this.byId.set(p.id, { row, aliases: new Set([p.name]), last: p.name });
    }
    for (const e of uniqueEntities(head as ExtractedArticle)) {
      const t = this.byId.get(e.id);
      if (t) {
        t.row.mentions += e.mentions;
        for (const a of e.aliases) t.aliases.add(a);
        t.last = e.name;
      } else {
        const row = { id: e.id, name: e.name, label: e.label, mentions: e.mentions };
        this.byId.set(e.id, { row, aliases: new Set(e.aliases), last: e.name });
      }
    }
  }

  /** The entities by label, of the model's labels only (the write path creates no other). */
  byLabel(): Map<EntityLabel, EntityRow[]> {
    const out = new Map<EntityLabel, EntityRow[]>();
    for (const { row, aliases, last } of this.byId.values()) {
      if (!isEntityLabel(row.label)) continue;
      const sorted = [...aliases].sort();
      const list = out.get(row.label) ?? out.set(row.label, []).get(row.label)!;
      list.push({ ...row, aliases: sorted, search: searchKey(last, sorted) });
    }
    return out;
  }
}

/** What `edges` is told of each relationship: its type, the ids of its ends and its properties. */
export type EdgeVisitor = (type: ClaimType | "MENTIONS", source: string, target: string, props: object) => void;

/** A new article's node properties (its fingerprint included, as the write path stores it). */
export function freshArticleProps(doc: ExtractedArticle, now: string): Record<string, unknown> {
  return newArticleProps(doc, articleFingerprint(doc), now);
}

/** A new article's MENTIONS and claim relationships (claims of the model's types only), without building rows. */
export function freshArticleEdges(doc: ExtractedArticle, edge: EdgeVisitor): void {
  const id = doc.article.id;
  for (const e of uniqueEntities(doc)) edge("MENTIONS", id, e.id, { count: e.mentions, aliases: e.aliases });
  for (const c of doc.claims) if (isClaimType(c.type)) edge(c.type, c.source, c.target, { id: c.id, ...claimProps(c) });
}
