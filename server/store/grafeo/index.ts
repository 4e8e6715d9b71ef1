// Builds the embedded GraphStore: the shared Cypher store over a Grafeo runner, either in this
// process (CLI, tests) or in child processes (the server: analyst queries apart, see analyst-runner.ts).
import type { CypherRunner } from "../cypher-runner.ts";
import { CypherGraphStore } from "../cypher-graph-store.ts";
import type { ReadCacheOptions } from "../read-cache.ts";
import { GrafeoRunner } from "./grafeo-runner.ts";
import { GrafeoAnalystRunner } from "./analyst-runner.ts";
import type { HostLimits } from "./host-runner.ts";

export class GrafeoStore extends CypherGraphStore {
  constructor(
    readonly runner: CypherRunner,
    cache?: ReadCacheOptions,
  ) {
    super(runner, 1000, cache);
  }
}

export interface GrafeoStoreOptions {
  /** Hold the database in a child process, and analyst queries in another on a snapshot, so they can be killed. */
  isolated?: boolean;
  /** Memory limit and close deadline of the child process (isolated only). */
  limits?: HostLimits;
  /** The explorer's in-memory expansions (KGX_READ_CACHE_CLAIMS; safe here: one process holds the file). */
  readCache?: ReadCacheOptions;
  /** How stale (ms) the analyst snapshot may be when writes completed since it was taken (KGX_QUERY_SNAPSHOT_MS). */
  snapshotMaxAgeMs?: number;
}

/** Opens the store at `file` (null: in memory, in-process only) and creates its indexes. */
export async function openGrafeoStore(file: string | null, opts: GrafeoStoreOptions = {}): Promise<GrafeoStore> {
  const runner =
    opts.isolated && file !== null
      ? await GrafeoAnalystRunner.open(file, opts.limits, opts.snapshotMaxAgeMs)
      : GrafeoRunner.open(file);
  const store = new GrafeoStore(runner, opts.readCache);
  await store.init();
  return store;
}
