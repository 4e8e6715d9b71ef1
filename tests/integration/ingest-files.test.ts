// Ingestion of awkward inputs through the CLI path: HTML pages (Readability), Markdown,
// the same text under another name (found by content hash), an over-size article and
// binary or invalid files: each gets a clear result, nothing partial is left behind.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestPaths } from "../../server/cli/ingest-files.ts";
import { readArticle } from "../../server/cli/read-inputs.ts";
import { loadConfig } from "../../server/config.ts";
import { buildServices, openStore, type Kgx } from "../../server/main.ts";
import { SEEDS } from "../support/server.ts";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-ingest-"));
const files = path.join(dir, "files");
let kgx: Kgx;
const MAX = 2_000_000;

const HTML = `<!doctype html><html><head><title>Sudan talks stall | Example News</title>
<script>window.tracker = "ads";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> Subscribe now!</nav>
<article><h1>Sudan talks stall as fighting spreads</h1>
<p>The United Nations Security Council condemned the attack on the camp on Tuesday, according to Reuters.</p>
<p>Egypt said it would send a delegation to Khartoum. The African Union called on both sides to cease fire
immediately, and the foreign minister of Chad warned that refugees were arriving by the thousands every day.</p>
<p>Neither army confirmed the deployment of new units near the border, officials told the agency.</p>
</article><footer>© Example News. Cookie settings.</footer></body></html>`;

const MD = `# Ceasefire holds in the Sahel

*Bamako* — The **African Union** praised the [agreement](https://example.org/deal) on Monday.

![a photo](photo.jpg)

> "We will keep our troops in the north," the Mali foreign minister said.

- France condemned the strike.
- Algeria offered to mediate.
`;

beforeAll(async () => {
  fs.mkdirSync(files);
  const config = loadConfig({ KGX_DATA: path.join(dir, "db.grafeo") });
  kgx = buildServices(await openStore(config), config);
});
afterAll(async () => {
  await kgx.store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("ingesting awkward files", () => {
  it("takes an HTML page's article text with Readability, without scripts, navigation or footers", () => {
    fs.writeFileSync(path.join(files, "page.html"), HTML);
    const r = readArticle(path.join(files, "page.html"), MAX);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.input.text).toMatch(/Security Council condemned the attack/);
    expect(r.input.text).toMatch(/\n\nEgypt said/);
    expect(r.input.text).not.toMatch(/tracker|Subscribe|Cookie/);
    expect(r.input.title).toMatch(/Sudan talks stall/);
  });

  it("reduces Markdown to prose, keeping the heading as the title", () => {
    fs.writeFileSync(path.join(files, "note.md"), MD);
    const r = readArticle(path.join(files, "note.md"), MAX);
    expect(r.ok && r.input).toMatchObject({ title: "Ceasefire holds in the Sahel" });
    if (!r.ok) return;
    expect(r.input.text).toContain("Bamako — The African Union praised the agreement on Monday.");
    expect(r.input.text).toContain('"We will keep our troops in the north," the Mali foreign minister said.');
    expect(r.input.text).not.toMatch(/[*#[\]()]|photo\.jpg/);
  });

  it("ingests a folder with one result per file: good, duplicate by content, too large, binary", async () => {
    const seed = fs.readdirSync(SEEDS).sort()[0]!;
    fs.copyFileSync(path.join(SEEDS, seed), path.join(files, "a-seed.txt"));
    fs.copyFileSync(path.join(SEEDS, seed), path.join(files, "b-same-text-other-name.txt"));
    fs.writeFileSync(path.join(files, "c-huge.txt"), "Russia said nothing new. ".repeat(840_000));
    fs.writeFileSync(path.join(files, "d-image.txt"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]));
    const s = await ingestPaths(kgx.ingest, [files], { maxBytes: MAX });
    const by = Object.fromEntries(s.outcomes.map((o) => [path.basename(o.file), o]));
    expect(by["a-seed.txt"]?.message).toMatch(/^ingested: \d+ entities, \d+ claims$/);
    // the same text under another file name: its source changed, so it is "updated" (not a new article)
    expect(by["b-same-text-other-name.txt"]?.message).toMatch(/^updated/);
    expect(by["c-huge.txt"]).toMatchObject({ ok: false, message: expect.stringMatching(/too large: 2\d{7} bytes/) });
    expect(by["d-image.txt"]).toMatchObject({ ok: false, message: expect.stringMatching(/binary file/) });
    expect(by["page.html"]?.ok).toBe(true);
    expect(by["note.md"]?.ok).toBe(true);
    expect(s).toMatchObject({ ingested: 3, updated: 1, unchanged: 0, failed: 2 });
    expect((await kgx.explore.stats()).articles).toBe(3);
  });

  it("refuses a 20 MB article through the service too, writing nothing", async () => {
    const before = await kgx.explore.stats();
    await expect(kgx.ingest.ingest({ text: "x ".repeat(10_000_000) })).rejects.toThrow(/ingest: the article is/);
    expect(await kgx.explore.stats()).toEqual(before);
  });
});
