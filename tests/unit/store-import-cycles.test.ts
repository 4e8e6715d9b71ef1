// No module of server/store/ imports itself back through others (issue 18: grafeo-runner.ts and
// user-query.ts did): relative imports, type-only ones included, read from the source files.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../server/store");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : /\.(ts|mjs)$/.test(d.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/(?:import|export)[^"';]*?from\s+"(\.[^"]+)"|import\("(\.[^"]+)"\)/g)) {
    const target = path.resolve(path.dirname(file), m[1] ?? m[2] ?? "");
    if (target.startsWith(ROOT) && fs.existsSync(target)) out.push(target);
  }
  return out;
}

/** The first cycle found, as a list of files relative to server/store, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === "done") return null;
    if (state.get(n) === "open") return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, "open");
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, "done");
    return null;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c.map((f) => path.relative(ROOT, f));
  }
  return null;
}

describe("server/store imports", () => {
  it("finds a cycle when there is one", () => {
    expect(
      findCycle(
        new Map([
          ["/a", ["/b"]],
          ["/b", ["/a"]],
        ]),
      ),
    ).not.toBeNull();
  });

  it("has no import cycle", () => {
    const graph = new Map(files(ROOT).map((f) => [f, importsOf(f)]));
    expect(graph.size).toBeGreaterThan(20);
    expect(findCycle(graph)).toBeNull();
  });
});
