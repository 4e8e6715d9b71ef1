// The house rules, checked on the real import graph of server/, client/, bench/, scripts/ and tests/support:
// no import cycles, a layer allow-list (core ← services ← http/cli, adapters wired only in server/main.ts,
// client UI → state → api), and every source file starts with a banner and stays under 300 lines.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../server/cli/client-build.ts";
import { buildImportGraph, importCycles, listFiles, type ImportGraph } from "../support/import-graph.ts";

const DIRS = ["server", "client", "bench", "scripts", "tests/support"];

/** Cycles allowed: none (the last two were removed in issue 18's round). */
const KNOWN_CYCLES: string[][] = [];

/** Files allowed past 300 lines: none. */
const LONG_FILES = new Set<string>([]);
const MAX_LINES = 300;

type Layer = string;

/** The layer of a project file, by its folder. */
function layerOf(file: string): Layer | null {
  if (file === "server/main.ts") return "main";
  if (file === "server/config.ts") return "config";
  if (file.startsWith("server/core/model/")) return "core-model";
  const server = /^server\/([a-z-]+)\//.exec(file);
  if (server) return server[1] === "core" ? "core" : server[1]!;
  if (file === "client/vite.config.ts") return "client-build";
  if (file.startsWith("client/state/")) return "client-state";
  if (file.startsWith("client/api/")) return "client-api";
  if (file.startsWith("client/")) return "client-ui";
  return null;
}

/** Which layers each layer may import. `core` covers `core-model`. Missing layers are unchecked (bench, tests). */
const ALLOWED: Record<Layer, Layer[]> = {
  core: ["core", "core-model"],
  "core-model": ["core", "core-model"],
  // Use cases: core and its ports only; formats/ are the pure input codecs (no I/O).
  services: ["core", "core-model", "services", "formats"],
  http: ["core", "core-model", "services", "http", "formats", "log"],
  cli: ["core", "core-model", "services", "cli", "formats", "config", "main", "log"],
  // Adapters: imported only by the composition root (main), never by services, http or cli.
  store: ["core", "core-model", "store", "config", "log"],
  fetch: ["core", "core-model", "fetch"],
  export: ["core", "core-model", "export"],
  formats: ["core", "core-model", "formats"],
  // Worker threads are composition roots of their own: the export worker wires the writers.
  workers: ["core", "core-model", "workers", "export", "log"],
  config: ["core", "core-model", "config"],
  // The server's logger (pino): the edges and the adapters may log, the core and the services do not.
  log: ["log"],
  main: [
    ...["core", "core-model", "services", "http", "cli", "store", "fetch", "export", "formats", "workers", "config"],
    "log",
  ],
  "client-state": ["client-state", "core-model"],
  "client-api": ["client-api", "core-model"],
  "client-ui": ["client-ui", "client-state", "client-api", "core-model"],
  "client-build": [],
};

/** Single imports allowed across layers, with the reason. */
const ALLOWED_EDGES: Record<string, string> = {
  // `kgx query --format csv` prints with the CSV writers' own quoting (RFC 4180 and the formula guard).
  "server/cli/query-command.ts -> server/export/csv.ts": "the CLI's CSV output",
};

const NODE_IO = ["node:fs", "node:http", "node:https", "node:net", "node:child_process", "node:worker_threads"];
const DRIVERS = ["neo4j-driver", "@grafeo-db/js"];
/** Packages a layer must not import. */
const FORBIDDEN_PACKAGES: Record<Layer, (pkg: string) => boolean> = {
  core: (p) => p.startsWith("node:") || ["fs", "path", "express", ...DRIVERS].includes(p),
  "core-model": (p) => p.startsWith("node:") || ["fs", "path", "express", ...DRIVERS].includes(p),
  services: (p) => ["express", ...DRIVERS, ...NODE_IO].includes(p),
  http: (p) => DRIVERS.includes(p),
  cli: (p) => DRIVERS.includes(p),
  "client-state": (p) => p.startsWith("node:") || ["express", ...DRIVERS].includes(p),
  "client-api": (p) => p.startsWith("node:") || ["express", ...DRIVERS].includes(p),
  "client-ui": (p) => p.startsWith("node:") || ["express", ...DRIVERS].includes(p),
};

/** Every import that breaks the layer rules, as "from -> to". */
function layerViolations(graph: ImportGraph): string[] {
  const out: string[] = [];
  for (const e of graph.edges) {
    const from = layerOf(e.from);
    if (!from || !ALLOWED[from]) continue;
    const edge = `${e.from} -> ${e.to}`;
    if (ALLOWED_EDGES[edge]) continue;
    if (graph.files.includes(e.to) || e.to.startsWith("server/") || e.to.startsWith("client/")) {
      const to = layerOf(e.to);
      if (to && !ALLOWED[from].includes(to)) out.push(`${edge} (${from} may not import ${to})`);
      if (!to && from !== "client-build") out.push(`${edge} (${from} may not import outside the layers)`);
    } else if (FORBIDDEN_PACKAGES[from]?.(e.to)) out.push(`${edge} (${from} may not import the package)`);
  }
  return out;
}

function unexpectedCycles(graph: ImportGraph, known: string[][]): string[][] {
  const allowed = new Set(known.map((c) => [...c].sort().join(" ⇄ ")));
  return importCycles(graph).filter((c) => !allowed.has(c.join(" ⇄ ")));
}

const graph = buildImportGraph(ROOT, DIRS);

describe("architecture", () => {
  it("reads a real graph (every layer present, imports resolved to files)", () => {
    expect(graph.files.length).toBeGreaterThan(150);
    const layers = new Set(graph.files.map(layerOf));
    for (const l of Object.keys(ALLOWED)) expect(layers, l).toContain(l);
    const dangling = graph.edges
      .filter((e) => /^(server|client|bench|scripts|tests)\//.test(e.to))
      .filter((e) => !fs.existsSync(path.join(ROOT, e.to)));
    expect(dangling).toEqual([]);
  });

  it("has no import cycles (beyond the temporary known ones)", () => {
    expect(unexpectedCycles(graph, KNOWN_CYCLES)).toEqual([]);
  });

  it("keeps the layers: core ← services ← http/cli, adapters wired in server/main.ts, client UI → state → api", () => {
    expect(layerViolations(graph)).toEqual([]);
  });

  it("starts every source file with a banner comment and keeps it under 300 lines", () => {
    const files = listFiles(ROOT, ["server", "client", "bench", "scripts"], /\.(ts|mjs|css)$/);
    const bad: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(ROOT, f), "utf8");
      const first = text.split("\n", 1)[0] ?? "";
      const banner = f.endsWith(".css") ? first.startsWith("/*") : first.startsWith("//");
      if (!banner) bad.push(`${f}: no banner comment on line 1`);
      const lines = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
      if (lines > MAX_LINES && !LONG_FILES.has(f)) bad.push(`${f}: ${lines} lines`);
    }
    expect(bad).toEqual([]);
  });

  describe("the checks themselves catch a planted violation", () => {
    const planted = (from: string, to: string, typeOnly = false): ImportGraph => ({
      files: [...new Set([...graph.files, from, ...(to.includes("/") && !to.startsWith("node:") ? [to] : [])])],
      edges: [...graph.edges, { from, to, typeOnly }],
    });
    it.each([
      ["server/services/export.ts", "server/export/index.ts"],
      ["server/services/query.ts", "server/store/grafeo/index.ts"],
      ["server/http/routes/export.ts", "server/store/cypher-graph-store.ts"],
      ["server/cli/export-command.ts", "server/store/grafeo/index.ts"],
      ["server/core/ports.ts", "server/services/query.ts"],
      ["server/services/ingest.ts", "express"],
      ["server/core/errors.ts", "node:fs"],
      ["client/state/graph/utils.ts", "client/api/client.ts"],
      ["client/api/client.ts", "client/views/dom.ts"],
      ["client/views/dom.ts", "server/services/query.ts"],
    ])("%s -> %s", (from, to) => {
      expect(layerViolations(planted(from, to, true))).toHaveLength(1);
    });
    it("a new cycle", () => {
      const g = planted("server/core/model/types.ts", "server/core/ports.ts");
      expect(unexpectedCycles(g, KNOWN_CYCLES).length).toBeGreaterThan(0);
    });
  });
});
