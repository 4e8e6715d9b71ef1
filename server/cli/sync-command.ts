// `kgx sync --to neo4j` / `kgx sync --from neo4j`: copies the embedded graph (KGX_DATA) to the
// Neo4j of NEO4J_URI or back, with a progress bar; running it again copies nothing new.
import cliProgress from "cli-progress";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput } from "../core/errors.ts";
import type { GraphStore } from "../core/ports.ts";
import { openStore } from "../main.ts";
import { syncStores, type SyncProgress } from "../services/sync.ts";

interface SyncFlags {
  to?: string;
  from?: string;
  prune?: boolean;
}

function direction(flags: SyncFlags): "to" | "from" {
  const given = [flags.to, flags.from].filter((x) => x !== undefined);
  if (given.length !== 1) throw new InvalidInput("cli: sync needs exactly one of --to neo4j or --from neo4j");
  const other = flags.to ?? flags.from;
  if (other !== "neo4j") throw new InvalidInput(`cli: sync: unknown store "${other}" (only neo4j)`);
  return flags.to ? "to" : "from";
}

/** A bar on a terminal; otherwise a line about every tenth of the way (CI logs, pipes). */
function progressReporter(label: string): { update(p: SyncProgress): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total} {article}`, hideCursor: true, stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(p) {
        if (!started) bar.start(p.total, 0, { article: "" });
        started = true;
        bar.update(p.done, { article: p.articleId.slice(0, 24) });
      },
      stop: () => started && bar.stop(),
    };
  }
  return {
    update(p) {
      const step = Math.max(1, Math.ceil(p.total / 10));
      if (p.done % step === 0 || p.done === p.total) console.error(`${label}: ${p.done}/${p.total} articles`);
    },
    stop() {},
  };
}

export function registerSync(program: Command): void {
  program
    .command("sync")
    .description("copy the embedded graph to Neo4j (--to neo4j) or back (--from neo4j); safe to repeat")
    .option("--to <store>", "copy the embedded store (KGX_DATA) into this store: neo4j")
    .option("--from <store>", "copy this store (neo4j) into the embedded store (KGX_DATA)")
    .option("--prune", "also delete articles from the target that the source does not have")
    .action(async (flags: SyncFlags) => {
      const dir = direction(flags);
      const config = loadConfig();
      const neo4j = await openStore({ ...config, KGX_STORE: "neo4j" });
      let grafeo: GraphStore | undefined;
      try {
        grafeo = await openStore({ ...config, KGX_STORE: "grafeo" });
        const [from, to] = dir === "to" ? [grafeo, neo4j] : [neo4j, grafeo];
        const label =
          dir === "to"
            ? `sync ${config.dataPath} → ${config.NEO4J_URI}`
            : `sync ${config.NEO4J_URI} → ${config.dataPath}`;
        const progress = progressReporter(label);
        const s = await syncStores(from, to, {
          prune: Boolean(flags.prune),
          onProgress: (p) => progress.update(p),
        }).finally(() => progress.stop());
        for (const f of s.failed) console.error(`  ERR ${f.articleId}: ${f.message}`);
        const pruned = flags.prune ? `, ${s.pruned} pruned` : "";
        console.log(
          `kgx: ${label}: ${s.total} articles: ${s.copied} copied, ${s.unchanged} unchanged, ${s.failed.length} failed${pruned}`,
        );
        const st = await to.stats();
        console.log(`kgx: target: ${st.articles} articles, ${st.entities} entities, ${st.claims} claims`);
        if (s.failed.length > 0) process.exitCode = 1;
      } finally {
        await grafeo?.close();
        await neo4j.close();
      }
    });
}
