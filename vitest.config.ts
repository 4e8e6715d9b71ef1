// Vitest config: one project per lane (unit, contract, integration, e2e), so `npm run test:unit` is fast.
// The files that use the live Neo4j server (NEO4J_URI) form their own project and run one at a time.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** Every test file that talks to the Neo4j server at NEO4J_URI (they wipe or fill its one database). */
export const NEO4J_FILES = ["tests/{contract,integration,e2e}/neo4j-*.test.ts"];

const lane = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include, exclude: NEO4J_FILES, ...extra },
});

export default defineConfig({
  // The client's `@core/*` imports (tsconfig.json paths, client/vite.config.ts).
  resolve: { alias: { "@core": fileURLToPath(new URL("./server/core", import.meta.url)) } },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // The servers the tests start log warnings and errors only, unless KGX_LOG_LEVEL is set.
    env: { KGX_LOG_LEVEL: process.env.KGX_LOG_LEVEL ?? "warn" },
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      // Pure tests share their workers' module cache (wink-nlp's model loads once per worker, not per file).
      lane("unit", ["tests/unit/**/*.test.ts"], { isolate: false }),
      lane("contract", ["tests/contract/**/*.test.ts"]),
      lane("integration", ["tests/integration/**/*.test.ts", "tests/load/**/*.test.ts"]),
      lane("e2e", ["tests/e2e/**/*.test.ts"]),
      { extends: true, test: { name: "neo4j", include: NEO4J_FILES, fileParallelism: false } },
    ],
  },
});
