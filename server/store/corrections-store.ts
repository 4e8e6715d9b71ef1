// The store's correction reads and the numbering of new corrections: the list (a rejection
// with the claim it took out), merged ids followed to the entity they resolve to.
import type { CorrectionRecord, Region, StoredCorrection } from "../core/model/corrections.ts";
import type { NewCorrection } from "../core/ports.ts";
import { applyOne, toRecord } from "./corrections-log.ts";
import { CQ } from "./corrections-statements.ts";
import { num, str, type CypherRunner, type CypherTx } from "./cypher-runner.ts";
import { Q } from "./statements.ts";

/** Numbers a new correction after the last one and applies it, checked, in `tx`. */
export async function applyNew(tx: CypherTx, rec: NewCorrection): Promise<CorrectionRecord> {
  const full = { ...rec, seq: num((await tx.run(CQ.maxSeq))[0]?.n) + 1 };
  await applyOne(tx, full, true);
  return full;
}

export async function listCorrections(db: CypherRunner): Promise<StoredCorrection[]> {
  const heads = (await db.read(CQ.correctionHeads)).map(toRecord);
  const out: StoredCorrection[] = [];
  for (const h of heads) {
    if (h.change.kind !== "reject") {
      out.push(h);
      continue;
    }
    const [row] = await db.read(CQ.correctionBefore, { id: h.id });
    out.push(row?.before ? { ...h, before: JSON.parse(str(row.before)) as Region } : h);
  }
  return out;
}

/** The id itself when the entity exists, else the end of its redirect chain (merges), else null. */
export async function resolveEntityId(db: CypherRunner, id: string): Promise<string | null> {
  let cur = id;
  for (let hop = 0; hop < 16; hop++) {
    if ((await db.read(Q.hasEntity, { id: cur })).length > 0) return cur;
    const [row] = await db.read(CQ.redirect, { id: cur });
    if (!row) return null;
    cur = str(row.to);
  }
  return null;
}
