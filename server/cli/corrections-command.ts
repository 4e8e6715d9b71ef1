// `kgx merge|split|relabel|rename|delete-entity|claim|corrections`: the analyst's corrections
// from the command line, through the same service as the API (author: --author or KGX_AUTHOR).
import fs from "node:fs";
import type { Command } from "commander";
import { loadConfig } from "../config.ts";
import { InvalidInput } from "../core/errors.ts";
import { isEntityLabel, type EntityLabel } from "../core/model/labels.ts";
import { buildServices, openStore } from "../main.ts";
import type { CorrectionsService, Who } from "../services/corrections.ts";

interface WhoOpts {
  note?: string;
  author?: string;
}

async function withService<T>(work: (svc: CorrectionsService) => Promise<T>): Promise<void> {
  const config = loadConfig();
  const kgx = buildServices(await openStore(config), config);
  try {
    const out = await work(kgx.corrections);
    if (typeof out === "string") process.stdout.write(out);
    else if (out !== undefined) console.log(JSON.stringify(out, null, 2));
  } finally {
    await kgx.store.close();
  }
}

function label(x: string | undefined): EntityLabel | undefined {
  if (x === undefined) return undefined;
  if (!isEntityLabel(x)) throw new InvalidInput(`cli: unknown label ${JSON.stringify(x)}`);
  return x;
}

const who = (o: WhoOpts): Who => ({ note: o.note, author: o.author });
const withWho = (c: Command) => c.option("--note <text>", "why").option("--author <name>", "who (default KGX_AUTHOR)");

export function registerCorrections(program: Command): void {
  withWho(
    program.command("merge").description("merge entities into KEEP_ID").argument("<keep>").argument("<others...>"),
  )
    .option("--label <label>", "the label to keep when the labels differ")
    .action((keep: string, others: string[], o: WhoOpts & { label?: string }) =>
      withService((s) => s.merge(keep, others, label(o.label), who(o))),
    );
  withWho(program.command("split").description("split an alias off into a new entity").argument("<id>"))
    .requiredOption("--alias <name>", "the alias to split off")
    .option("--label <label>", "the new entity's label (default: the same)")
    .action((id: string, o: WhoOpts & { alias: string; label?: string }) =>
      withService((s) => s.split(id, o.alias, label(o.label), who(o))),
    );
  withWho(
    program.command("relabel").description("change an entity's label").argument("<id>").argument("<label>"),
  ).action((id: string, l: string, o: WhoOpts) => withService((s) => s.relabel(id, label(l) as EntityLabel, who(o))));
  withWho(program.command("rename").description("rename an entity").argument("<id>").argument("<name>")).action(
    (id: string, name: string, o: WhoOpts) => withService((s) => s.rename(id, name, who(o))),
  );
  withWho(
    program.command("delete-entity").description("delete a wrong entity with its claims").argument("<id>"),
  ).action((id: string, o: WhoOpts) => withService((s) => s.deleteEntity(id, who(o))));
  withWho(
    program.command("claim").description("confirm or reject a claim").argument("<verdict>").argument("<claimId>"),
  ).action((verdict: string, id: string, o: WhoOpts) => {
    if (verdict !== "confirm" && verdict !== "reject") {
      throw new InvalidInput(`cli: claim confirm|reject, not ${JSON.stringify(verdict)}`);
    }
    return withService((s) => s.review(id, verdict, who(o)));
  });
  program
    .command("corrections")
    .description("list | undo ID | export FILE | import FILE (JSON lines)")
    .argument("<action>")
    .argument("[arg]")
    .action((action: string, arg: string | undefined) =>
      withService(async (s) => {
        if (action === "list") return s.list();
        if (!arg) throw new InvalidInput(`cli: corrections ${action} needs an argument`);
        if (action === "undo") return s.undo(arg);
        if (action === "export") {
          fs.writeFileSync(arg, await s.exportLines());
          return `kgx: corrections written to ${arg}\n`;
        }
        if (action === "import") {
          const out = await s.importLines(fs.readFileSync(arg, "utf8"));
          if (out.failed.length > 0) process.exitCode = 1;
          return out;
        }
        throw new InvalidInput(`cli: corrections list|undo|export|import, not ${JSON.stringify(action)}`);
      }),
    );
}
