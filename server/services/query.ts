// Cypher console use case: runs an analyst's query through the port with the configured
// time limit and row cap, and serves the saved analyst queries.
import { InvalidInput } from "../core/errors.ts";
import type { SavedQuery, UserQueryResult } from "../core/model/types.ts";
import type { GraphStore, QueryOptions } from "../core/ports.ts";
import { validateParams } from "./params.ts";

export class QueryService {
  constructor(
    private readonly store: GraphStore,
    private readonly options: QueryOptions,
    private readonly saved: SavedQuery[] = [],
  ) {}

  run(query: string, params: Record<string, unknown> = {}): Promise<UserQueryResult> {
    if (typeof query !== "string" || query.trim() === "") throw new InvalidInput("query: the query is empty");
    return this.store.runUserQuery(query, validateParams(params), this.options);
  }

  savedQueries(): SavedQuery[] {
    return this.saved;
  }
}
