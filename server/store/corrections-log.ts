// Applies, replays and undoes corrections inside one write transaction: each correction keeps
// the exact state of the region it rewrote, so undoing it (and replaying the later ones) is exact.
import { applyChange, validateChange } from "../core/corrections/apply.ts";
import {
  footprint,
  footprintKeys,
  type ClaimRec,
  type CorrectionChange,
  type CorrectionRecord,
  type Footprint,
  type Region,
} from "../core/model/corrections.ts";
import { NotFound } from "../core/errors.ts";
import { CLAIM_TYPES, ENTITY_LABELS, isClaimType } from "../core/model/labels.ts";
import { createEntityNodes, CQ } from "./corrections-statements.ts";
import { num, str, strList, type CypherTx, type Row } from "./cypher-runner.ts";
import { searchKey, toLabel } from "./rows.ts";
import { createClaims } from "./statements.ts";

type Props = Record<string, unknown>;
const props = (v: unknown): Props => (v && typeof v === "object" ? { ...(v as Props) } : {});

export function toRecord(r: Row): CorrectionRecord {
  return {
    id: str(r.id),
    seq: num(r.seq),
    change: JSON.parse(str(r.change, "{}")) as CorrectionChange,
    author: str(r.author),
    at: str(r.at),
    note: str(r.note),
    undone: r.undone === true,
  };
}

export async function readRegion(tx: CypherTx, f: Footprint): Promise<Region> {
  const ids = f.entityIds;
  // One statement at a time: a transaction runs its statements in order on both engines.
  const run = async (q: string, list: string[]) => (list.length ? tx.run(q, { ids: list }) : []);
  const entities = await run(CQ.regionEntities, ids);
  const mentions = await run(CQ.regionMentions, ids);
  const out = await run(CQ.regionClaimsOut, ids);
  const inn = await run(CQ.regionClaimsIn, ids);
  const byId = await run(CQ.regionClaimsById, f.claimIds);
  const redirects = await run(CQ.regionRedirects, ids);
  const claims = new Map<string, ClaimRec>();
  for (const c of [...out, ...inn, ...byId]) {
    if (!isClaimType(c.type)) continue;
    const p = props(c.props);
    claims.set(str(p.id), { type: c.type, source: str(c.source), target: str(c.target), props: p });
  }
  const byKey = <T>(xs: T[], key: (x: T) => string) => xs.sort((a, b) => key(a).localeCompare(key(b)));
  return {
    entities: byKey(
      entities.map((e) => {
        const p = props(e.props);
        return { id: str(p.id), label: toLabel(e.label), props: p };
      }),
      (e) => e.id,
    ),
    mentions: byKey(
      mentions.map((m) => ({ article: str(m.article), entity: str(m.entity), props: props(m.props) })),
      (m) => `${m.article}|${m.entity}`,
    ),
    claims: byKey([...claims.values()], (c) => str(c.props.id)),
    redirects: byKey(
      redirects.map((r) => ({ from: str(r.from), to: str(r.to) })),
      (r) => r.from,
    ),
  };
}

/** Replaces whatever the footprint holds now with `region`. */
export async function writeRegion(tx: CypherTx, f: Footprint, region: Region): Promise<void> {
  if (f.entityIds.length) {
    await tx.run(CQ.deleteEntities, { ids: f.entityIds });
    await tx.run(CQ.deleteRedirects, { ids: f.entityIds });
  }
  if (f.claimIds.length) await tx.run(CQ.deleteClaims, { ids: f.claimIds });
  for (const label of ENTITY_LABELS) {
    const rows = region.entities
      .filter((e) => e.label === label)
      .map((e) => ({
        props: { ...e.props, search: searchKey(str(e.props.name), strList(e.props.aliases)) },
      }));
    if (rows.length) await tx.run(createEntityNodes(label), { rows });
  }
  if (region.mentions.length) await tx.run(CQ.createMentions, { rows: region.mentions });
  for (const type of CLAIM_TYPES) {
    const rows = region.claims
      .filter((c) => c.type === type)
      .map((c) => ({ id: str(c.props.id), source: c.source, target: c.target, props: c.props }));
    if (rows.length) await tx.run(createClaims(type), { rows });
  }
  if (region.redirects.length) await tx.run(CQ.createRedirects, { rows: region.redirects });
}

/**
 * What a correction overlaps: its footprint, the claims of its region (an entity's region holds
 * the edges to its neighbours) and their articles. Two corrections sharing a key are unwound together.
 */
export function regionKeys(change: CorrectionChange, before: Region): string[] {
  const claims = before.claims.flatMap((c) => [str(c.props.id), str(c.props.article)]);
  const articles = before.mentions.map((m) => m.article);
  return [...new Set([...footprintKeys(footprint(change)), ...claims, ...articles])].sort();
}

async function save(tx: CypherTx, rec: CorrectionRecord, before: Region | null): Promise<void> {
  const { id, change, ...rest } = rec;
  const p: Props = { ...rest, kind: change.kind, change: JSON.stringify(change) };
  if (before) Object.assign(p, { before: JSON.stringify(before), keys: regionKeys(change, before) });
  await tx.run(CQ.saveCorrection, { id, props: p });
}

/** Applies one correction: `strict` checks it first (typed errors, nothing written). */
export async function applyOne(tx: CypherTx, rec: CorrectionRecord, strict: boolean): Promise<void> {
  const f = footprint(rec.change);
  const before = await readRegion(tx, f);
  if (strict) validateChange(rec.change, before);
  await writeRegion(tx, f, applyChange(rec.change, before));
  await save(tx, rec, before);
}

async function restore(tx: CypherTx, rec: CorrectionRecord): Promise<void> {
  const [row] = await tx.run(CQ.correctionBefore, { id: rec.id });
  const before = JSON.parse(str(row?.before, "null")) as Region | null;
  if (before) await writeRegion(tx, footprint(rec.change), before);
}

type Active = CorrectionRecord & { keys: string[] };

export async function activeCorrections(tx: CypherTx): Promise<Active[]> {
  const rows = await tx.run(CQ.correctionHeads);
  return rows.map((r) => ({ ...toRecord(r), keys: strList(r.keys) })).filter((r) => !r.undone);
}

/**
 * The active corrections that must be taken back before `keys` change: those touching them, and
 * every later one overlapping a correction taken back (it was applied on top of it).
 */
export function toUnwind(active: Active[], keys: Set<string>): Active[] {
  const touched = new Set(keys);
  const out: Active[] = [];
  for (const rec of active) {
    const own = rec.keys;
    if (own.some((k) => touched.has(k))) {
      out.push(rec);
      for (const k of own) touched.add(k);
    }
  }
  return out;
}

/** Runs `work` on the graph as it was before the corrections touching `keys`, then replays them. */
export async function aroundCorrections<T>(tx: CypherTx, keys: string[], work: () => Promise<T>): Promise<T> {
  const recs = toUnwind(await activeCorrections(tx), new Set(keys));
  for (const rec of [...recs].reverse()) await restore(tx, rec);
  const result = await work();
  for (const rec of recs) await applyOne(tx, rec, false);
  return result;
}

/** Undoes one correction exactly: later overlapping ones are taken back, it is restored, they are replayed. */
export async function undoOne(tx: CypherTx, id: string): Promise<CorrectionRecord> {
  const active = await activeCorrections(tx);
  const target = active.find((r) => r.id === id);
  if (!target) throw new NotFound(`corrections: no active correction with id ${JSON.stringify(id)}`);
  const later = active.filter((r) => r.seq >= target.seq);
  const recs = toUnwind(later, new Set(target.keys));
  for (const rec of [...recs].reverse()) await restore(tx, rec);
  const undone = { ...target, undone: true };
  await save(tx, undone, null);
  for (const rec of recs) if (rec.id !== id) await applyOne(tx, rec, false);
  return undone;
}
