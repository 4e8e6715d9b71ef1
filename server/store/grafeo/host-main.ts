// The child process that holds the server's Grafeo database: it answers the parent's
// requests one message at a time, so the parent can kill it when a query overruns.
import type { Transaction } from "@grafeo-db/js";
import { GrafeoRunner } from "./grafeo-runner.ts";
import { plain } from "./values.ts";
import { wireError } from "./host-faults.ts";
import type { HostReply, HostRequest } from "./host-protocol.ts";
import { runUserQuery } from "./user-query.ts";

const send = (msg: HostReply) => process.send?.(msg);
const errorOf = wireError;

let runner: GrafeoRunner;
try {
  runner = GrafeoRunner.open(process.env.KGX_HOST_DB ?? null, { readOnly: process.env.KGX_HOST_READONLY === "1" });
  send({ ready: true });
} catch (err) {
  send({ ready: false, error: errorOf(err) });
  process.exit(1);
}

const txs = new Map<number, Transaction>();
let nextTx = 1;

async function handle(req: HostRequest): Promise<unknown> {
  switch (req.op) {
    case "read":
      return runner.read(req.query, req.params);
    case "begin": {
      const id = nextTx++;
      txs.set(id, runner.db.beginTransaction());
      return id;
    }
    case "run": {
      const tx = txs.get(req.tx);
      if (!tx) throw new Error("store: unknown transaction");
      return (await tx.executeCypher(req.query, req.params)).toArray().map((r) => plain(r));
    }
    case "commit":
    case "rollback": {
      const tx = txs.get(req.tx);
      txs.delete(req.tx);
      if (tx?.isActive && req.op === "commit") tx.commit();
      else if (tx?.isActive) tx.rollback();
      return null;
    }
    case "user":
      return runUserQuery(runner.db, req.query, req.params, {
        maxRows: req.maxRows,
        maxBytes: req.maxBytes,
        timeoutMs: 0,
      });
    case "snapshot":
      // The committed state, copied by the engine, for the analyst process to open read-only.
      runner.db.save(req.path);
      return null;
    case "close":
      // Exit even when closing fails (a full disk): the lock must not outlive the server.
      try {
        await runner.close();
      } finally {
        setImmediate(() => process.exit(0));
      }
      return null;
  }
}

process.on("message", (req: HostRequest) => {
  handle(req).then(
    (value) => send({ id: req.id, ok: true, value }),
    (err) => send({ id: req.id, ok: false, error: errorOf(err) }),
  );
});
process.on("disconnect", () => process.exit(0));
