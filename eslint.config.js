// ESLint flat config: typescript-eslint recommended everywhere, and the rule that
// keeps server/core pure (no express, drivers, databases, node I/O or DOM).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules", "client/dist", "data", "scratch", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        window: "readonly",
        document: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        URL: "readonly",
        performance: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-undef": "off",
    },
  },
  {
    files: ["server/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "express",
                "neo4j-driver",
                "@grafeo-db/*",
                "node:fs",
                "node:fs/*",
                "node:http",
                "node:net",
                "node:child_process",
                "fs",
                "http",
                "**/store/**",
                "**/http/**",
                "**/services/**",
                "**/cli/**",
              ],
              message: "server/core is pure: no adapters, drivers, databases or I/O.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["client/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)server/(?!core/model/)|^@core/(?!model/)",
              message: "The client imports only types from the core model.",
            },
          ],
        },
      ],
    },
  },
);
