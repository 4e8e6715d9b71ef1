// The read cache's snapshot in compact form: entities by index, and each aggregated claim pair as
// columns of typed arrays with incident lists per entity (CSR), so a million claims take tens of MB.
import { CLAIM_TYPES, isClaimType } from "../core/model/labels.ts";
import type { GraphData, GraphEdge, GraphNode } from "../core/model/types.ts";
import { num, str, strList, type Row } from "./cypher-runner.ts";
import { incidence, StringPool } from "./read-columns.ts";
import { byCodePoint, toNode } from "./rows.ts";

/** True when some string of the list (sorted) begins another: then rank order is not concatenation order. */
const hasPrefixPair = (sorted: readonly string[]) => sorted.some((x, i) => i > 0 && x.startsWith(sorted[i - 1]!));
const TYPE_RANK = CLAIM_TYPES.map((t) => [...CLAIM_TYPES].sort(byCodePoint).indexOf(t));

/** Collects node rows, then edge rows chunk by chunk (as the aggregated edge statements return them). */
export class SnapshotBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly index = new Map<string, number>();
  private readonly articles = new StringPool();
  private readonly cols = { src: [] as number[], tgt: [] as number[], type: [] as number[], count: [] as number[] };
  private readonly arts: number[] = [];
  private readonly conf: number[] = [];
  private readonly artStart: number[] = [0];
  private readonly artList: number[] = [];

  addNodes(rows: Row[]): void {
    for (const r of rows) {
      const n = Object.freeze(toNode(r));
      if (this.index.has(n.id)) continue;
      this.index.set(n.id, this.nodes.length);
      this.nodes.push(n);
    }
  }

  /** The ids of the nodes added so far, in order (the chunks of the edge reads). */
  nodeIds(): string[] {
    return this.nodes.map((n) => n.id);
  }

  /** The nodes added so far and their index by id (shared with the entity details, read alongside). */
  nodeList(): readonly GraphNode[] {
    return this.nodes;
  }

  nodeIndex(): ReadonlyMap<string, number> {
    return this.index;
  }

  addEdges(rows: Row[]): void {
    for (const r of rows) {
      const s = this.index.get(str(r.source));
      const t = this.index.get(str(r.target));
      if (!isClaimType(r.type) || s === undefined || t === undefined) continue;
      this.cols.src.push(s);
      this.cols.tgt.push(t);
      this.cols.type.push(CLAIM_TYPES.indexOf(r.type));
      this.cols.count.push(num(r.n));
      this.arts.push(num(r.articles));
      this.conf.push(num(r.confidence, 1));
      for (const a of strList(r.articleIds).sort(byCodePoint)) this.artList.push(this.articles.of(a));
      this.artStart.push(this.artList.length);
    }
  }

  build(): Snapshot {
    return new Snapshot(this.nodes, this.index, this.articles.strings, {
      src: Int32Array.from(this.cols.src),
      tgt: Int32Array.from(this.cols.tgt),
      type: Uint8Array.from(this.cols.type),
      count: Int32Array.from(this.cols.count),
      arts: Int32Array.from(this.arts),
      conf: Float64Array.from(this.conf),
      artStart: Int32Array.from(this.artStart),
      artList: Int32Array.from(this.artList),
    });
  }
}

interface EdgeColumns {
  src: Int32Array;
  tgt: Int32Array;
  type: Uint8Array;
  count: Int32Array;
  arts: Int32Array;
  conf: Float64Array;
  /** Edge e's articles are artList[artStart[e] .. artStart[e + 1]), indexes into the article ids. */
  artStart: Int32Array;
  artList: Int32Array;
}

/** One read of the store: answers neighbourhoods as the Cypher path does, building edges only for the answer. */
export class Snapshot {
  /** Entity i's incident edges are incList[incStart[i] .. incStart[i + 1]). */
  private readonly incStart: Int32Array;
  private readonly incList: Int32Array;
  /** Entity i's place in the code-point order of the ids (ties broken as the Cypher path breaks them). */
  private readonly idRank: Int32Array;
  /** Edge ids order as (type, source rank, target rank) unless some id begins another. */
  private readonly rankOrder: boolean;
  /** Per-entity claim weights of the hop being expanded (zeroed after each hop). */
  private readonly weight: Float64Array;
  /** Entities by mentions (most first), then id: the start view's order. */
  private readonly byMentions: Int32Array;

  constructor(
    private readonly nodes: readonly GraphNode[],
    private readonly index: ReadonlyMap<string, number>,
    private readonly articles: readonly string[],
    private readonly e: EdgeColumns,
  ) {
    const byId = nodes.map((_, i) => i).sort((a, b) => byCodePoint(nodes[a]!.id, nodes[b]!.id));
    this.idRank = new Int32Array(nodes.length);
    byId.forEach((n, rank) => (this.idRank[n] = rank));
    this.rankOrder =
      !hasPrefixPair(byId.map((i) => nodes[i]!.id)) && !hasPrefixPair([...CLAIM_TYPES].sort(byCodePoint));
    this.weight = new Float64Array(nodes.length);
    this.byMentions = Int32Array.from(byId).sort(
      (a, b) => nodes[b]!.mentions - nodes[a]!.mentions || this.idRank[a]! - this.idRank[b]!,
    );
    const inc = incidence(nodes.length, e.src, e.tgt);
    this.incStart = inc.start;
    this.incList = inc.list;
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  /** Aggregated pairs held (for tests and diagnostics). */
  get edgeCount(): number {
    return this.e.src.length;
  }

  /** The top `limit` entities by mentions and the edges among them; truncated when there are more. */
  overview(limit: number): GraphData {
    const top = new Set(this.byMentions.subarray(0, Math.max(0, limit)));
    return { ...this.subgraph(top), truncated: this.nodes.length > limit };
  }

  /** Hop by hop, neighbours by claim count (then id), up to `limit` nodes; the nodes and the edges among them. */
  neighbourhood(id: string, hops: number, limit: number): GraphData {
    const start = this.index.get(id);
    if (start === undefined) return { nodes: [], edges: [] };
    const { src, tgt, count } = this.e;
    const { weight, idRank } = this;
    const seen = new Set<number>([start]);
    let frontier = [start];
    for (let h = 0; h < hops && frontier.length > 0 && seen.size < limit; h++) {
      const touched: number[] = [];
      for (const f of frontier) {
        for (let k = this.incStart[f]!; k < this.incStart[f + 1]!; k++) {
          const e = this.incList[k]!;
          const other = src[e] === f ? tgt[e]! : src[e]!;
          if (weight[other] === 0) touched.push(other);
          weight[other]! += count[e]!;
        }
      }
      const ranked = touched.map((n) => [n, weight[n]!] as const);
      for (const n of touched) weight[n] = 0;
      ranked.sort((a, b) => b[1] - a[1] || idRank[a[0]]! - idRank[b[0]]!);
      const next: number[] = [];
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

  private subgraph(members: Set<number>): GraphData {
    const { nodes, idRank } = this;
    const { src, tgt, type } = this.e;
    const order = [...members].sort((a, b) => nodes[b]!.mentions - nodes[a]!.mentions || idRank[a]! - idRank[b]!);
    const picked: number[] = [];
    for (const n of order) {
      for (let k = this.incStart[n]!; k < this.incStart[n + 1]!; k++) {
        const e = this.incList[k]!;
        if (src[e] === n && members.has(tgt[e]!)) picked.push(e);
      }
    }
    let edges: GraphEdge[];
    if (this.rankOrder) {
      picked.sort(
        (a, b) =>
          TYPE_RANK[type[a]!]! - TYPE_RANK[type[b]!]! ||
          idRank[src[a]!]! - idRank[src[b]!]! ||
          idRank[tgt[a]!]! - idRank[tgt[b]!]!,
      );
      edges = picked.map((e) => this.edge(e));
    } else {
      edges = picked.map((e) => this.edge(e)).sort((a, b) => byCodePoint(a.id, b.id));
    }
    return { nodes: order.map((i) => nodes[i]!), edges };
  }

  private edge(e: number): GraphEdge {
    const source = this.nodes[this.e.src[e]!]!.id;
    const target = this.nodes[this.e.tgt[e]!]!.id;
    const type = CLAIM_TYPES[this.e.type[e]!]!;
    const articleIds: string[] = [];
    for (let k = this.e.artStart[e]!; k < this.e.artStart[e + 1]!; k++)
      articleIds.push(this.articles[this.e.artList[k]!]!);
    return {
      id: `${type}:${source}->${target}`,
      source,
      target,
      type,
      count: this.e.count[e]!,
      articles: this.e.arts[e]!,
      maxConfidence: this.e.conf[e]!,
      articleIds,
    };
  }
}
