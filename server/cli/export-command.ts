// `kgx export (--all | --entity NAME --hops N | --query CYPHER) --format F -o FILE`.
// csv writes FILE-nodes.csv, FILE-edges.csv and FILE-claims.csv beside each other.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput } from "../core/errors.ts";
import { isoDate } from "../formats/meta-values.ts";
import { exportFormats } from "../main.ts";
import { openBackend } from "./backend.ts";
import { parseParam } from "./query-command.ts";

interface Opts {
  all?: boolean;
  entity?: string;
  hops: string;
  query?: string;
  param: Record<string, unknown>;
  format: string;
  output: string;
  title?: string;
  since?: string;
  until?: string;
}

function day(flag: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const d = isoDate(v);
  if (!d) throw new InvalidInput(`cli: ${flag} must be a date like 2024-11-05, not ${JSON.stringify(v)}`);
  return d.slice(0, 10);
}

export function registerExport(program: Command): void {
  program
    .command("export")
    .description("export a subgraph with its evidence (json, gexf, graphml, csv, html, md, svg)")
    .option("--all", "every entity")
    .option("--entity <name>", "an entity (name, alias or id) and its neighbourhood")
    .option("--hops <n>", "hops around --entity", "1")
    .option("--query <cypher>", "the nodes of a read-only Cypher query")
    .option("--param <name=value>", "a $parameter for --query (repeatable)", parseParam, {})
    .option(
      "--format <format>",
      `${exportFormats
        .list()
        .map((f) => f.id)
        .join(" | ")} | csv`,
      "json",
    )
    .option("--title <title>", "the report's title")
    .option("--since <date>", "only claims dated on or after this day (YYYY-MM-DD)")
    .option("--until <date>", "only claims dated on or before this day (YYYY-MM-DD)")
    .requiredOption("-o, --output <file>", "where to write")
    .action(async (opts: Opts) => {
      const chosen = [opts.all, opts.entity, opts.query].filter(Boolean).length;
      if (chosen !== 1) throw new InvalidInput("cli: give exactly one of --all, --entity, --query");
      const period = { since: day("--since", opts.since), until: day("--until", opts.until) };
      const config = loadConfig();
      const kgx = await openBackend(config);
      try {
        const selection = {
          all: opts.all,
          entity: opts.entity,
          hops: Number(opts.hops),
          query: opts.query,
          params: opts.param,
        };
        const formats = opts.format === "csv" ? ["nodes.csv", "edges.csv", "claims.csv"] : [opts.format];
        for (const format of formats) {
          const file = await kgx.exportFile({ format, selection, title: opts.title, ...period });
          const out = opts.format === "csv" ? opts.output.replace(/(\.csv)?$/, `-${format}`) : opts.output;
          fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
          fs.writeFileSync(out, file.body);
          console.log(`kgx: wrote ${out} (${Buffer.byteLength(file.body)} bytes)`);
        }
      } finally {
        await kgx.close();
      }
    });
}
