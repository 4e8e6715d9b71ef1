// The explorer's expansions, start view and entity details from memory: every entity and its claims, read in
// chunks once writes have been quiet a moment, dropped by every write (the runner is wrapped).
import type { EntityDetail, GraphData, ReadCacheState } from "../core/model/types.ts";
import { num, type CypherRunner } from "./cypher-runner.ts";
import { R } from "./read-statements.ts";
import { DetailBuilder, pairRows, type EntityDetails } from "./read-detail.ts";
import { SnapshotBuilder, type Snapshot } from "./read-snapshot.ts";

/**
 * Source entities per statement of the snapshot's edge read (bounds each answer, on both sides of the IPC). With
 * the entity details each answer holds whole claims, so a chunk of hubs can carry much of a store of up to
 * KGX_READ_CACHE_DETAIL_CLAIMS claims (tens of MB): bounded by that ceiling, not by the chunk.
 */
const EDGE_CHUNK = 2_000;

export interface ReadCacheOptions {
  /** Largest store (in claims) the cache holds; 0 turns it off. */
  maxClaims: number;
  /** Largest store (in claims) whose entity details it holds too (0 or absent: entities go to Cypher). */
  maxDetailClaims?: number;
  /** Quiet time after the last write before the cache is read again (ms). */
  idleMs?: number;
}

/** Keeps a Snapshot while no write has happened since it was read; `track` wraps the runner to see writes. */
export class ReadCache {
  private generation = 0;
  private writing = 0;
  private snapshot: Snapshot | null = null;
  /** The entity details read with the snapshot (null past `maxDetailClaims`). */
  private details: EntityDetails | null = null;
  private building: Promise<boolean> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** Snapshot reads that failed in a row (not those a write made stale). */
  private failures = 0;
  /** The generation at which the store was found too large to hold; no new try until a write. */
  private tooLargeAt = -1;

  constructor(
    private readonly db: CypherRunner,
    private readonly opts: ReadCacheOptions,
  ) {}

  /** The runner whose writes drop the snapshot (and schedule the next read of it). */
  track(): CypherRunner {
    const db = this.db;
    return {
      read: (q, p) => db.read(q, p),
      userQuery: (q, p, o) => db.userQuery(q, p, o),
      close: async () => {
        this.closed = true;
        if (this.timer) clearTimeout(this.timer);
        await db.close();
      },
      write: async (work) => {
        this.writing++;
        this.generation++;
        this.snapshot = null;
        this.details = null;
        try {
          return await db.write(work);
        } finally {
          this.writing--;
          this.generation++;
          this.schedule();
        }
      },
    };
  }

  /** Turned off, every expansion goes to Cypher (the bench measures both paths in one run). */
  paused = false;

  /** The neighbourhood from memory, or null when the snapshot is missing or stale (the caller asks Cypher). */
  neighbourhood(id: string, hops: number, limit: number): GraphData | null {
    const snap = this.current();
    return snap?.has(id) ? snap.neighbourhood(id, hops, limit) : null;
  }

  /** The entity's detail from memory (null: no such entity), or undefined when the caller must ask Cypher. */
  entity(id: string): EntityDetail | null | undefined {
    const details = this.current() && this.details;
    return details ? details.entity(id) : undefined;
  }

  /** The start view (top entities by mentions and the edges among them) from memory, or null. */
  overview(limit: number): GraphData | null {
    return this.current()?.overview(limit) ?? null;
  }

  private current(): Snapshot | null {
    if (this.paused) return null;
    const snap = this.writing === 0 ? this.snapshot : null;
    if (!snap) this.schedule();
    return snap;
  }

  /** "off" when turned off, closed, or the store is past `maxClaims` (until a write changes it). */
  get state(): ReadCacheState {
    if (this.closed || this.opts.maxClaims <= 0 || this.tooLargeAt === this.generation) return "off";
    return this.ready ? "ready" : "building";
  }

  /** True when answers come from memory (for tests and the bench). */
  get ready(): boolean {
    return this.writing === 0 && this.snapshot !== null;
  }

  private schedule() {
    if (this.opts.maxClaims <= 0 || this.closed || this.building || this.writing > 0 || this.snapshot) return;
    if (this.tooLargeAt === this.generation) return;
    if (this.timer) clearTimeout(this.timer);
    // After failed reads (the database process down, say), the next try waits longer: up to a minute.
    const wait = Math.min((this.opts.idleMs ?? 200) * 2 ** Math.min(this.failures, 9), 60_000);
    this.timer = setTimeout(() => void this.build(), wait);
    this.timer.unref();
  }

  /** Reads the snapshot (after the read under way, which a write may have made stale); true when it is fresh. */
  async build(): Promise<boolean> {
    for (let attempt = 0; attempt < 2; attempt++) {
      if (this.ready) return true;
      if (this.closed || this.opts.maxClaims <= 0 || this.tooLargeAt === this.generation) return false;
      this.building ??= this.read().finally(() => {
        this.building = null;
        this.schedule();
      });
      if (await this.building) return true;
    }
    return this.ready;
  }

  /** Kept only if no write started or ended meanwhile. */
  private async read(): Promise<boolean> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const gen = this.generation;
    try {
      const [count] = await this.db.read(R.claimCount);
      if (num(count?.n) > this.opts.maxClaims) {
        this.tooLargeAt = gen;
        return false;
      }
      const stale = () => gen !== this.generation || this.writing > 0 || this.closed;
      const builder = new SnapshotBuilder();
      builder.addNodes(await this.db.read(R.allNodes));
      // With the details, the claims are read whole and the pairs aggregated here: one pass over the edges.
      const details = num(count?.n) <= (this.opts.maxDetailClaims ?? 0) ? new DetailBuilder(builder.nodeIndex()) : null;
      details?.addArticles(await this.db.read(R.articleInfo));
      const ids = builder.nodeIds();
      for (let i = 0; i < ids.length && !stale(); i += EDGE_CHUNK) {
        const chunk = { ids: ids.slice(i, i + EDGE_CHUNK) };
        if (!details) {
          builder.addEdges(await this.db.read(R.edgesFrom, chunk));
          continue;
        }
        const claims = await this.db.read(R.claimsFrom, chunk);
        builder.addEdges(pairRows(claims));
        details.addClaims(claims);
        details.addAliases(await this.db.read(R.entityAliases, chunk));
        details.addMentions(await this.db.read(R.entityMentions, chunk));
      }
      if (stale()) return false;
      this.snapshot = builder.build();
      this.details = details?.build(builder.nodeList()) ?? null;
      this.failures = 0;
      return true;
    } catch {
      this.failures++;
      return false; // the Cypher path answers meanwhile; the next request schedules another try
    }
  }
}
