// Runs the GraphStore contract on the embedded Grafeo adapter, on a real database file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { openGrafeoStore } from "../../server/store/grafeo/index.ts";
import { describeGraphStore } from "./graph-store-contract.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-contract-"));
let n = 0;
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describeGraphStore("grafeo", () => openGrafeoStore(path.join(dir, `db-${n++}.grafeo`)));
