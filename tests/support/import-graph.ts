// The project's import graph, read with the TypeScript compiler's parser: every static import,
// re-export and import() of the source files, resolved to project paths, and its import cycles.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ImportEdge {
  /** Project-relative path of the importing file. */
  from: string;
  /** Project-relative path of the imported file, or the bare package name ("express", "node:fs"). */
  to: string;
  /** `import type` / `export type`: no runtime dependency. */
  typeOnly: boolean;
}

export interface ImportGraph {
  files: string[];
  edges: ImportEdge[];
}

const SOURCE = /\.(ts|mts|mjs|js)$/;
/** Path aliases the tsconfig or Vite may declare (`@core/*` → `server/core/*`). */
const ALIASES: Record<string, string> = { "@core/": "server/core/", "@server/": "server/", "@client/": "client/" };

/** Every file under `dirs` (relative to `root`) whose name matches `pattern`, build output left out. */
export function listFiles(root: string, dirs: string[], pattern: RegExp): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    const abs = path.join(root, rel);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isFile()) return void (pattern.test(rel) && out.push(rel));
    for (const name of fs.readdirSync(abs).sort()) {
      if (name === "node_modules" || name === "dist" || name.startsWith(".")) continue;
      walk(path.posix.join(rel, name));
    }
  };
  for (const d of dirs) walk(d);
  return out;
}

/** The module specifiers a file names, with whether each is type-only. */
export function importsOf(file: string, text: string): { spec: string; typeOnly: boolean }[] {
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const found: { spec: string; typeOnly: boolean }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = Boolean(
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          clause.namedBindings &&
          ts.isNamedImports(clause.namedBindings) &&
          clause.namedBindings.elements.length > 0 &&
          clause.namedBindings.elements.every((e) => e.isTypeOnly)),
      );
      found.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const lit = node.argument.literal;
      if (ts.isStringLiteral(lit)) found.push({ spec: lit.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return found;
}

/** A specifier resolved to a project path (relative or aliased), or the package it names. */
export function resolveSpec(root: string, from: string, spec: string): string {
  const alias = Object.keys(ALIASES).find((a) => spec.startsWith(a));
  const rel = alias
    ? ALIASES[alias] + spec.slice(alias.length)
    : spec.startsWith(".")
      ? path.posix.normalize(path.posix.join(path.posix.dirname(from), spec))
      : null;
  if (rel === null)
    return spec.startsWith("node:")
      ? spec
      : spec
          .split("/")
          .slice(0, spec.startsWith("@") ? 2 : 1)
          .join("/");
  const candidates = [rel, `${rel}.ts`, `${rel}/index.ts`, rel.replace(/\.js$/, ".ts")];
  return candidates.find((c) => fs.existsSync(path.join(root, c)) && fs.statSync(path.join(root, c)).isFile()) ?? rel;
}

export function buildImportGraph(root: string, dirs: string[]): ImportGraph {
  const files = listFiles(root, dirs, SOURCE);
  const edges: ImportEdge[] = [];
  for (const from of files) {
    const text = fs.readFileSync(path.join(root, from), "utf8");
    for (const { spec, typeOnly } of importsOf(from, text)) {
      edges.push({ from, to: resolveSpec(root, from, spec), typeOnly });
    }
  }
  return { files, edges };
}

/** Strongly connected components of more than one file (or a file importing itself), each sorted. */
export function importCycles(graph: ImportGraph): string[][] {
  const next = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (!graph.files.includes(e.to)) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const strong = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        strong(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const scc: string[] = [];
    for (let w = stack.pop()!; ; w = stack.pop()!) {
      onStack.delete(w);
      scc.push(w);
      if (w === v) break;
    }
    if (scc.length > 1 || (next.get(v) ?? []).includes(v)) cycles.push(scc.sort());
  };
  for (const f of graph.files) if (!index.has(f)) strong(f);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
