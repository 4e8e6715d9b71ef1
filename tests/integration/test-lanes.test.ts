// The Vitest lanes as Vitest itself resolves vitest.config.ts: every test file runs in exactly one project, and
// the unit lane reaches no database, server, browser, process or compiler package (those belong to the slower lanes).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { buildImportGraph, listFiles, type ImportGraph } from "../support/import-graph.ts";

/** Packages a unit test must not load, even through the modules it tests (a `require("…")` counts too). */
const NOT_IN_UNIT = [
  "@grafeo-db/js",
  "@neo4j-cypher/language-support",
  "autocannon",
  "express",
  "node:child_process",
  "node:http",
  "node:net",
  "node:worker_threads",
  "playwright-core",
  "typescript",
];

/** The one allowed reach: the layer check reads the import graph with TypeScript's parser (no type check, ~2 s). */
const UNIT_EXCEPTIONS: Record<string, string[]> = { "tests/unit/architecture.test.ts": ["typescript"] };

/** Each test file's project, from `vitest list --filesOnly --json` (no test file is imported). */
function projectsOfFiles(): Map<string, string[]> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST")));
  const out = execFileSync(process.execPath, ["node_modules/vitest/vitest.mjs", "list", "--filesOnly", "--json"], {
    cwd: ROOT,
    env,
    encoding: "utf8",
  });
  const byFile = new Map<string, string[]>();
  for (const { file, projectName } of JSON.parse(out) as Array<{ file: string; projectName: string }>) {
    const rel = path.relative(ROOT, file).split(path.sep).join("/");
    byFile.set(rel, [...(byFile.get(rel) ?? []), projectName]);
  }
  return byFile;
}

/** The packages `file` loads at run time, through the project files it imports (type-only imports left out). */
function packagesReached(graph: ImportGraph, file: string): Map<string, string> {
  const files = new Set(graph.files);
  const next = new Map<string, string[]>();
  for (const e of graph.edges) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found = new Map<string, string>();
  const seen = new Set([file]);
  const todo = [file];
  while (todo.length) {
    const at = todo.pop()!;
    const required = [
      ...fs
        .readFileSync(path.join(ROOT, at), "utf8")
        .matchAll(/\b(?:require|createRequire\([^)]*\))\(\s*["']([^"']+)["']/g),
    ];
    for (const to of [...(next.get(at) ?? []), ...required.map((m) => m[1]!)]) {
      if (files.has(to)) {
        if (!seen.has(to)) {
          seen.add(to);
          todo.push(to);
        }
      } else if (!found.has(to)) found.set(to, at);
    }
  }
  return found;
}

describe("test lanes", () => {
  const onDisk = listFiles(ROOT, ["tests"], /\.test\.ts$/);
  const projects = projectsOfFiles();

  it("puts every test file on disk in exactly one Vitest project", () => {
    expect(onDisk.length).toBeGreaterThan(90);
    const wrong = onDisk.filter((f) => projects.get(f)?.length !== 1).map((f) => `${f}: ${projects.get(f) ?? "none"}`);
    expect(wrong).toEqual([]);
    expect([...projects.keys()].sort()).toEqual([...onDisk].sort());
  });

  it("keeps the unit lane to pure code: no database, server, browser, process or compiler package", () => {
    const unit = onDisk.filter((f) => projects.get(f)?.[0] === "unit");
    expect(unit.length).toBeGreaterThan(30);
    const graph = buildImportGraph(ROOT, ["server", "client", "tests"]);
    const bad = unit.flatMap((f) =>
      [...packagesReached(graph, f)]
        .filter(([pkg]) => NOT_IN_UNIT.includes(pkg) && !UNIT_EXCEPTIONS[f]?.includes(pkg))
        .map(([pkg, via]) => `${f}: ${pkg} via ${via}`),
    );
    expect(bad).toEqual([]);
    // the check itself: the contract lane's store tests do reach the embedded database and a process
    const contract = packagesReached(graph, "tests/contract/bulk-import.test.ts");
    expect(contract.has("@grafeo-db/js") && contract.has("node:child_process")).toBe(true);
    expect(
      packagesReached(graph, "tests/contract/cypher-syntax-neo4j.test.ts").has("@neo4j-cypher/language-support"),
    ).toBe(true);
  });
});
