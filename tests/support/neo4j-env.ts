// Whether the Neo4j suites run: with NEO4J_URI they do; without it they are skipped, unless
// KGX_REQUIRE_NEO4J=1 (CI), which makes them run and fail instead of skipping.
import { describe, it } from "vitest";
import { loadConfig } from "../../server/config.ts";
import { neo4jOptions, openNeo4jStore } from "../../server/store/neo4j/index.ts";

export const NEO4J_URI = process.env.NEO4J_URI ?? "";
export const NEO4J_REQUIRED = process.env.KGX_REQUIRE_NEO4J === "1";

/** Why the Neo4j tests of this file are skipped, or undefined when they must run. */
export const neo4jSkip: string | undefined =
  NEO4J_URI || NEO4J_REQUIRED ? undefined : "NEO4J_URI is not set (no Neo4j server to test against)";

/** One visible line for the run: skipped without a server, a failure when one is required and missing. */
export function describeNeo4jPresence(name: string): void {
  if (neo4jSkip) {
    describe(`${name}: Neo4j server`, () => it.skip(`skipped: ${neo4jSkip}`, () => undefined));
  } else if (!NEO4J_URI) {
    describe(`${name}: Neo4j server`, () =>
      it("is required (KGX_REQUIRE_NEO4J=1) but NEO4J_URI is not set", () => {
        throw new Error("KGX_REQUIRE_NEO4J=1: set NEO4J_URI (npm run neo4j -- start prints it)");
      }));
  }
}

/** The environment that points a kgx (startTestServer's env, a CLI child) at the test server. */
export function neo4jEnv(): Record<string, string> {
  const env: Record<string, string> = { KGX_STORE: "neo4j", NEO4J_URI };
  for (const k of ["NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) {
    const v = process.env[k];
    if (v) env[k] = v;
  }
  return env;
}

/** Empties the test server's database (its schema stays). */
export async function clearNeo4j(): Promise<void> {
  const store = await openNeo4jStore(neo4jOptions(loadConfig({ ...process.env, ...neo4jEnv() })));
  try {
    await store.clear();
  } finally {
    await store.close();
  }
}
