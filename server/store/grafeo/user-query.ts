// Analyst Cypher on Grafeo (placeholder until the Cypher console lands): refuses everything.
import { QueryRefused } from "../../core/errors.ts";
import type { UserQueryResult } from "../../core/model/types.ts";
import type { QueryOptions } from "../../core/ports.ts";

export async function runUserQuery(
  _db: unknown,
  _query: string,
  _params: Record<string, unknown>,
  _opts: QueryOptions,
): Promise<UserQueryResult> {
  throw new QueryRefused("query: not available yet");
}
