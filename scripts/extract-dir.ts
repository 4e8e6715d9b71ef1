// Dev runner: extracts every .txt in a folder and writes OUT_DIR/<doc>.json (canonical JSON),
// for scoring with score-extraction.mjs --pred before the kgx CLI exists.
import fs from "node:fs";
import path from "node:path";
import { extractArticle, toCanonical } from "../server/core/extraction/index.ts";

const [inDir = "seeds", outDir = "/tmp/kgx-pred"] = process.argv.slice(2);
fs.mkdirSync(outDir, { recursive: true });
for (const f of fs
  .readdirSync(inDir)
  .filter((x) => x.endsWith(".txt"))
  .sort()) {
  const text = fs.readFileSync(path.join(inDir, f), "utf8");
  const graph = toCanonical(extractArticle({ text, source: f }));
  fs.writeFileSync(path.join(outDir, f.replace(/\.txt$/, ".json")), JSON.stringify(graph, null, 2));
}
