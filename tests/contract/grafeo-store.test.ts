// Runs the GraphStore and user-query contracts on the embedded Grafeo adapter, on real
// database files: in-process (CLI) and in a child process (server).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { describeBatchWrites } from "./batch-contract.ts";
import { describeCorrections } from "./corrections-contract.ts";
import { describeGraphStore } from "./graph-store-contract.ts";
import { describeUserQueries } from "./user-query-contract.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-contract-"));
let n = 0;
const file = () => path.join(dir, `db-${n++}.grafeo`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeGraphStore("grafeo in-process", () => openGrafeoStore(file()));
describeGraphStore("grafeo child process", () => openGrafeoStore(file(), { isolated: true }));
describeUserQueries("grafeo in-process", () => openGrafeoStore(file()), { canKill: false });
describeUserQueries("grafeo child process", () => openGrafeoStore(file(), { isolated: true }), { canKill: true });
describeCorrections("grafeo in-process", () => openGrafeoStore(file()));
describeBatchWrites("grafeo in-process", () => openGrafeoStore(file()));
describeBatchWrites("grafeo child process", () => openGrafeoStore(file(), { isolated: true }));
describeCorrections("grafeo child process", () => openGrafeoStore(file(), { isolated: true }));
