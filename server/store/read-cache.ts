// The explorer's expansions from memory: every entity and its claims aggregated per pair, read
// in one go once writes have been quiet a moment, dropped by every write (the runner is wrapped).
import type { GraphData, GraphEdge, GraphNode } from "../core/model/types.ts";
import { num, type CypherRunner, type Row } from "./cypher-runner.ts";
import { R } from "./read-statements.ts";
import { aggregateEdges, toNode } from "./rows.ts";

export interface ReadCacheOptions {
  /** Largest store (in claims) the cache holds; 0 turns it off. */
  maxClaims: number;
  /** Quiet time after the last write before the cache is read again (ms). */
  idleMs?: number;
}

/** One snapshot: nodes by id and, for each entity, the aggregated edges it is an end of. */
class Snapshot {
  readonly nodes = new Map<string, GraphNode>();
  readonly incident = new Map<string, GraphEdge[]>();

  constructor(nodes: Row[], edges: GraphEdge[]) {
    // Frozen: answers share these objects (a caller that changed one would change the cache).
    for (const r of nodes) {
      const n = Object.freeze(toNode(r));
      this.nodes.set(n.id, n);
    }
    const at = (id: string) => {
      let list = this.incident.get(id);
      if (!list) this.incident.set(id, (list = []));
      return list;
    };
    for (const e of edges) {
      if (e.articleIds) Object.freeze(e.articleIds);
      Object.freeze(e);
      at(e.source).push(e);
      if (e.target !== e.source) at(e.target).push(e);
    }
  }

  /** The same answer as the Cypher path: hop by hop, neighbours by claim count (then id), up to `limit` nodes. */
  neighbourhood(id: string, hops: number, limit: number): GraphData {
    const seen = new Set<string>([id]);
    let frontier = [id];
    for (let h = 0; h < hops && frontier.length > 0 && seen.size < limit; h++) {
      const weight = new Map<string, number>();
      for (const f of frontier) {
        for (const e of this.incident.get(f) ?? []) {
          const other = e.source === f ? e.target : e.source;
          weight.set(other, (weight.get(other) ?? 0) + e.count);
        }
      }
      const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      const next: string[] = [];
      for (const [n] of ranked) {
        if (seen.size >= limit) break;
        if (seen.has(n)) continue;
        seen.add(n);
        next.push(n);
      }
      frontier = next;
    }
    return this.subgraph(seen);
  }

  private subgraph(ids: Set<string>): GraphData {
    const nodes = [...ids]
      .map((i) => this.nodes.get(i))
      .filter((n): n is GraphNode => n !== undefined)
      .sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const edges: GraphEdge[] = [];
    for (const n of nodes) {
      for (const e of this.incident.get(n.id) ?? []) if (e.source === n.id && ids.has(e.target)) edges.push(e);
    }
    edges.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { nodes, edges };
  }
}

/** Keeps a Snapshot while no write has happened since it was read; `track` wraps the runner to see writes. */
export class ReadCache {
  private generation = 0;
  private writing = 0;
  private snapshot: Snapshot | null = null;
  private building: Promise<boolean> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
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
    if (this.paused) return null;
    const snap = this.writing === 0 ? this.snapshot : null;
    if (!snap) {
      this.schedule();
      return null;
    }
    return snap.nodes.has(id) ? snap.neighbourhood(id, hops, limit) : null;
  }

  /** True when answers come from memory (for tests and the bench). */
  get ready(): boolean {
    return this.writing === 0 && this.snapshot !== null;
  }

  private schedule() {
    if (this.opts.maxClaims <= 0 || this.closed || this.building || this.writing > 0 || this.snapshot) return;
    if (this.tooLargeAt === this.generation) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.build(), this.opts.idleMs ?? 200);
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
      const nodes = await this.db.read(R.allNodes);
      const edges = aggregateEdges(await this.db.read(R.allEdges));
      if (gen !== this.generation || this.writing > 0 || this.closed) return false;
      this.snapshot = new Snapshot(nodes, edges);
      return true;
    } catch {
      return false; // the Cypher path answers meanwhile; the next request schedules another try
    }
  }
}
