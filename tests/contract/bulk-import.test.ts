// Runs the bulk import contract (kgx import's batch path) on real Grafeo files, in-process and in a child process.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { describeBulkImport } from "./bulk-import-contract.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-bulk-"));
let n = 0;
const file = () => path.join(dir, `db-${n++}.grafeo`);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeBulkImport("grafeo in-process", () => openGrafeoStore(file()));
describeBulkImport("grafeo child process", () => openGrafeoStore(file(), { isolated: true }));
