// Vitest config: unit, contract, integration and browser end-to-end suites in one run. The files that use the
// live Neo4j server (NEO4J_URI) form their own project and run one at a time: they share its only database.
import { defineConfig } from "vitest/config";

/** Every test file that talks to the Neo4j server at NEO4J_URI (they wipe or fill its one database). */
export const NEO4J_FILES = ["tests/{contract,integration,e2e}/neo4j-*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      { extends: true, test: { name: "kgx", include: ["tests/**/*.test.ts"], exclude: NEO4J_FILES } },
      { extends: true, test: { name: "neo4j", include: NEO4J_FILES, fileParallelism: false } },
    ],
  },
});
