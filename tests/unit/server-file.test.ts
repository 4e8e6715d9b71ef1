// advertise(): `kgx serve` writes its URL beside KGX_DATA even when that folder does not exist yet
// (on Neo4j nothing else creates ./data), and takes the file away again when it stops.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { advertise, serverFilePath } from "../../server/cli/server-file.ts";

it("advertises the server in a folder that does not exist yet, and removes the file on stop", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-ad-"));
  const data = path.join(root, "data", "kgx.grafeo");
  const stop = advertise(data, "http://127.0.0.1:1234/");
  expect(JSON.parse(fs.readFileSync(serverFilePath(data), "utf8"))).toMatchObject({ url: "http://127.0.0.1:1234/" });
  stop();
  expect(fs.existsSync(serverFilePath(data))).toBe(false);
  fs.rmSync(root, { recursive: true, force: true });
});
