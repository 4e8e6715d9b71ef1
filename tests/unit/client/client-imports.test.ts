// The client's import graph, read from its sources: no cycles (type imports included), and the
// pure state folder imports no view, renderer, API or DOM module.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../../server/cli/client-build.ts";

const CLIENT = path.join(ROOT, "client");

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "dist" || e.name === "node_modules" ? [] : sources(full);
    return e.name.endsWith(".ts") ? [full] : [];
  });
}

/** Relative imports of each client file, resolved to files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(CLIENT)) {
    const text = fs.readFileSync(file, "utf8");
    const specs = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => m[1]!);
    graph.set(
      file,
      specs.map((s) => path.resolve(path.dirname(file), s)).filter((f) => f.startsWith(CLIENT + path.sep)),
    );
  }
  return graph;
}

/** One cycle per strongly connected knot, as relative paths (empty when there is none). */
export function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, "open");
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === "open") found.push(stack.slice(stack.indexOf(g)).map((x) => path.relative(ROOT, x)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

describe("client imports", () => {
  const graph = importGraph();

  it("reads the client's files", () => {
    expect(graph.size).toBeGreaterThan(50);
  });

  it("have no cycle", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("finds a cycle when there is one (the check itself)", () => {
    const g = new Map([
      ["/a", ["/b"]],
      ["/b", ["/a"]],
    ]);
    expect(cycles(g)).toHaveLength(1);
  });

  it("keep client/state pure: no view, renderer, API, console or DOM-bound module", () => {
    const state = path.join(CLIENT, "state") + path.sep;
    const bad = [...graph]
      .filter(([f]) => f.startsWith(state))
      .flatMap(([f, deps]) =>
        deps
          .filter((d) => !d.startsWith(state))
          .map((d) => `${path.relative(CLIENT, f)} → ${path.relative(CLIENT, d)}`),
      );
    expect(bad).toEqual([]);
  });
});
