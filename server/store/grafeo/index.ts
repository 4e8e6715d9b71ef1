// Builds the embedded GraphStore: the shared Cypher store over a Grafeo runner.
import { CypherGraphStore } from "../cypher-graph-store.ts";
import { GrafeoRunner } from "./grafeo-runner.ts";

export class GrafeoStore extends CypherGraphStore {
  constructor(readonly runner: GrafeoRunner) {
    super(runner);
  }
}

/** Opens the store at `file` (null: in memory) and creates its indexes. */
export async function openGrafeoStore(file: string | null): Promise<GrafeoStore> {
  const store = new GrafeoStore(GrafeoRunner.open(file));
  await store.init();
  return store;
}
