// Corrections use cases: the only way the graph is written besides ingest. Each change is
// checked (ids resolved, typed errors), recorded with its author and note, and can be undone.
import { suggestDuplicates, type DuplicateSuggestion } from "../core/corrections/duplicates.ts";
import { reviewQueue, type ReviewItem } from "../core/corrections/review.ts";
import { pairKey, type CorrectionChange, type CorrectionRecord } from "../core/model/corrections.ts";
import { InvalidInput, KgxError, NotFound } from "../core/errors.ts";
import { claimId, contentHash, entityId } from "../core/model/ids.ts";
import type { ClaimType, EntityLabel } from "../core/model/labels.ts";
import type { GraphStore, StoredCorrection } from "../core/ports.ts";
import { recordSchema } from "./correction-schema.ts";

export interface ImportOutcome {
  applied: number;
  skipped: number;
  failed: Array<{ line: number; id: string; message: string }>;
}

export interface Who {
  author?: string | undefined;
  note?: string | undefined;
}

export interface NewClaimInput {
  article: string;
  start: number;
  end: number;
  type: ClaimType;
  source: string;
  target: string;
}

export class CorrectionsService {
  private counter = 0;

  constructor(
    private readonly store: GraphStore,
    private readonly defaultAuthor = "analyst",
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async entity(id: string): Promise<string> {
    const found = await this.store.resolveEntityId(id);
    if (!found) throw new NotFound(`corrections: no entity with id ${JSON.stringify(id)}`);
    return found;
  }

  private apply(change: CorrectionChange, who: Who): Promise<CorrectionRecord> {
    const at = this.now().toISOString();
    const author = (who.author ?? "").trim() || this.defaultAuthor;
    const id = `k_${contentHash(JSON.stringify([change, at, author, this.counter++]))}`;
    return this.store.applyCorrection({ id, change, author, at, note: who.note ?? "", undone: false });
  }

  async rename(id: string, name: string, who: Who = {}) {
    return this.apply({ kind: "rename", id: await this.entity(id), name }, who);
  }

  async relabel(id: string, label: EntityLabel, who: Who = {}) {
    return this.apply({ kind: "relabel", id: await this.entity(id), label }, who);
  }

  async merge(keep: string, others: string[], label: EntityLabel | undefined, who: Who = {}) {
    const k = await this.entity(keep);
    const os: string[] = [];
    for (const o of others) os.push(await this.entity(o));
    if (os.length === 0) throw new InvalidInput("corrections: merge needs at least two entities");
    if (os.includes(k) || new Set(os).size !== os.length) {
      throw new InvalidInput("corrections: an entity cannot be merged with itself");
    }
    return this.apply({ kind: "merge", keep: k, others: os, ...(label ? { label } : {}) }, who);
  }

  async split(id: string, alias: string, label: EntityLabel | undefined, who: Who = {}) {
    const found = await this.entity(id);
    const [e] = await this.store.entitiesByIds([found]);
    const l = label ?? e?.label ?? "Place";
    return this.apply({ kind: "split", id: found, alias, label: l, newId: entityId(l, alias) }, who);
  }

  async deleteEntity(id: string, who: Who = {}) {
    return this.apply({ kind: "delete", id: await this.entity(id) }, who);
  }

  private async claim(id: string) {
    const found = (await this.store.allClaims()).find((c) => c.id === id);
    if (!found) throw new NotFound(`corrections: no claim with id ${JSON.stringify(id)}`);
    return found;
  }

  async review(id: string, verdict: "confirm" | "reject", who: Who = {}) {
    const c = await this.claim(id);
    return this.apply({ kind: verdict, claim: c.id, article: c.article }, who);
  }

  /** A claim the extractor missed: the evidence is the selected text, with its exact offsets. */
  async addClaim(input: NewClaimInput, who: Who = {}) {
    const art = await this.store.getArticle(input.article);
    if (!art) throw new NotFound(`corrections: no article with id ${JSON.stringify(input.article)}`);
    const sentence = art.sentences.findIndex(([s, e]) => input.start >= s && input.end <= e);
    if (input.end <= input.start || sentence < 0) {
      throw new InvalidInput("corrections: the selection must be non-empty and inside one sentence");
    }
    const source = await this.entity(input.source);
    const target = await this.entity(input.target);
    if (source === target) throw new InvalidInput("corrections: source and target are the same entity");
    const id = claimId(input.type, source, target, input.article, sentence);
    const evidence = art.text.slice(input.start, input.end);
    const claim = { id, type: input.type, source, target, article: input.article, sentence, start: input.start };
    return this.apply(
      { kind: "add-claim", claim: { ...claim, end: input.end, evidence, confidence: 1, rule: "analyst" } },
      who,
    );
  }

  async dismiss(a: string, b: string, who: Who = {}) {
    if (a === b) throw new InvalidInput("corrections: a pair needs two entities");
    return this.apply({ kind: "dismiss", a, b }, who);
  }

  undo(id: string): Promise<CorrectionRecord> {
    return this.store.undoCorrection(id);
  }

  list(): Promise<StoredCorrection[]> {
    return this.store.listCorrections();
  }

  async duplicates(limit = 100): Promise<DuplicateSuggestion[]> {
    const dismissed = new Set(
      (await this.list())
        .filter((c) => !c.undone && c.change.kind === "dismiss")
        .map((c) => (c.change.kind === "dismiss" ? pairKey(c.change.a, c.change.b) : "")),
    );
    return suggestDuplicates(await this.store.allEntities(3000), dismissed, limit);
  }

  async reviewQueue(limit = 200): Promise<{ queue: ReviewItem[]; rejected: StoredCorrection[] }> {
    const rejected = (await this.list()).filter((c) => !c.undone && c.change.kind === "reject");
    return { queue: reviewQueue(await this.store.allClaims(), limit), rejected };
  }

  /** Every correction as JSON lines (undone ones too), for `kgx corrections import` elsewhere. */
  async exportLines(): Promise<string> {
    return (await this.list()).map(({ before: _b, seq: _s, ...c }) => JSON.stringify(c) + "\n").join("");
  }

  /**
   * Applies the corrections of a JSON-lines export in order (undone ones are applied, then undone).
   * Every line is checked first; those already here are skipped; one that no longer applies is reported.
   */
  async importLines(text: string): Promise<ImportOutcome> {
    const have = new Set((await this.list()).map((c) => c.id));
    const recs = text.split("\n").flatMap((l, i) => (l.trim() ? [{ line: i + 1, rec: parseLine(l, i + 1) }] : []));
    const out: ImportOutcome = { applied: 0, skipped: 0, failed: [] };
    for (const { line, rec } of recs) {
      if (have.has(rec.id)) {
        out.skipped++;
        continue;
      }
      try {
        await this.store.applyCorrection({ ...rec, undone: false });
        if (rec.undone) await this.store.undoCorrection(rec.id);
        out.applied++;
      } catch (err) {
        if (!(err instanceof KgxError)) throw err;
        out.failed.push({ line, id: rec.id, message: err.message });
      }
    }
    return out;
  }
}

function parseLine(line: string, n: number): Omit<CorrectionRecord, "seq"> {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw new InvalidInput(`corrections: line ${n} is not JSON`);
  }
  const r = recordSchema.safeParse(v);
  if (!r.success) throw new InvalidInput(`corrections: line ${n} is not a correction (${r.error.issues[0]?.message})`);
  return r.data as Omit<CorrectionRecord, "seq">;
}
