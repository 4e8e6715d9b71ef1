// `kgx query "<cypher>" [--param k=v] [--format table|json|csv]`: the console's rules
// (read-only, time-limited, row-capped) from the command line.
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput } from "../core/errors.ts";
import type { QueryCell } from "../core/model/types.ts";
import { toCsv } from "../export/csv.ts";
import { openBackend } from "./backend.ts";

/** `k=v`: v is JSON when it parses (numbers, lists, quoted strings), else a plain string. */
export function parseParam(arg: string, into: Record<string, unknown>): Record<string, unknown> {
  const eq = arg.indexOf("=");
  if (eq <= 0) throw new InvalidInput(`cli: --param takes name=value, not ${JSON.stringify(arg)}`);
  const raw = arg.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // a plain string
  }
  return { ...into, [arg.slice(0, eq).trim()]: value };
}

/** A short text for a cell: nodes as (:Label {name}), relationships as [:TYPE], paths by length. */
export function cellText(c: QueryCell): string {
  if (c === null) return "";
  if (typeof c !== "object") return String(c);
  if (Array.isArray(c)) return `[${c.map(cellText).join(", ")}]`;
  if ("$node" in c) {
    const n = c.$node as { labels: string[]; properties: Record<string, unknown> };
    const name = n.properties.name ?? n.properties.title ?? n.properties.id ?? "";
    return `(:${n.labels.filter((l) => l !== "Entity").join(":")} ${JSON.stringify(name)})`;
  }
  if ("$rel" in c) return `[:${(c.$rel as { type: string }).type}]`;
  if ("$path" in c) return `<path of ${(c.$path as { rels: unknown[] }).rels.length}>`;
  return JSON.stringify(c);
}

function table(columns: string[], rows: string[][]): string {
  // a fold, not Math.max(...rows): a spread of every row overflows the stack on a large result
  const widths = columns.map((h, i) =>
    Math.min(
      60,
      rows.reduce((w, r) => Math.max(w, (r[i] ?? "").length), h.length),
    ),
  );
  const line = (cells: string[]) => cells.map((x, i) => x.slice(0, 60).padEnd(widths[i] ?? 0)).join(" | ");
  return [line(columns), widths.map((w) => "-".repeat(w)).join("-+-"), ...rows.map(line)].join("\n");
}

export function registerQuery(program: Command): void {
  program
    .command("query")
    .description("run a read-only Cypher query (time-limited, row-capped)")
    .argument("<cypher>")
    .option("--param <name=value>", "a $parameter (repeatable; value is JSON or a string)", parseParam, {})
    .option("--format <format>", "table | json | csv", "table")
    .action(async (cypher: string, opts: { param: Record<string, unknown>; format: string }) => {
      if (!["table", "json", "csv"].includes(opts.format)) throw new InvalidInput(`cli: unknown format ${opts.format}`);
      const config = loadConfig();
      const kgx = await openBackend(config);
      try {
        const r = await kgx.query(cypher, opts.param);
        if (opts.format === "json") process.stdout.write(JSON.stringify(r) + "\n");
        else if (opts.format === "csv")
          process.stdout.write(
            toCsv(
              r.columns,
              r.rows.map((row) => row.map(cellText)),
            ),
          );
        else {
          console.log(
            table(
              r.columns,
              r.rows.map((row) => row.map(cellText)),
            ),
          );
          console.log(
            `${r.rows.length} rows in ${r.ms} ms${r.truncated ? ` (truncated at ${r.rows.length} rows)` : ""}`,
          );
        }
      } finally {
        await kgx.close();
      }
    });
}
