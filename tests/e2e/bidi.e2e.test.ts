// Bidirectional controls in the browser: an article whose title, source and text carry U+202E is stored
// as given, and the article view, the article list and the entity panel show them neutralised (U+FFFD).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.ts";
import { startTestServer, type TestServer } from "../support/server.ts";

const SHOTS = process.env.KGX_E2E_SHOTS ?? path.join(os.tmpdir(), "kgx-e2e");
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const TITLE = "Moscow \u202Edias\u202C Pyongyang";

let srv: TestServer;
let browser: Browser;
let page: Page;
let id = "";

beforeAll(async () => {
  [srv, browser] = await Promise.all([startTestServer({ seeds: false }), launchChromium()]);
  const r = await srv.kgx.ingest.ingest({
    title: TITLE,
    source: "wire\u202Ecopy.txt",
    text: "Russia condemned North Korea over the \u202Edrills, the Foreign Ministry said on Monday.",
  });
  id = r.article.id;
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

describe("bidi controls in the explorer", () => {
  it("are kept in the store", async () => {
    const stored = await srv.kgx.store.getArticle(id);
    expect(stored?.article.title).toBe(TITLE);
    expect(stored?.text).toContain("\u202Edrills");
  });

  it("show neutralised in the article view, the highlighted text at the same offsets", async () => {
    await page.goto(`${srv.url}#/article/${id}`);
    await page.waitForSelector("[data-testid=article-view] [data-testid=article-text]");
    const view = (await page.textContent("[data-testid=article-view]")) ?? "";
    expect(view).toContain("Moscow \ufffddias\ufffd Pyongyang");
    expect(view).toContain("\ufffddrills");
    expect(view).not.toMatch(BIDI);
    const text = (await page.textContent("[data-testid=article-text]")) ?? "";
    expect(text).toBe(stored(await srv.kgx.store.getArticle(id)));
    await page.screenshot({ path: path.join(SHOTS, "bidi-article-view.png") });
  });

  it("show neutralised in the article list", async () => {
    await page.goto(srv.url);
    await page.waitForFunction(() => (window as unknown as { __kgx?: { ready: boolean } }).__kgx?.ready === true);
    await page.click("[data-testid=articles-toggle]");
    await page.waitForSelector("[data-testid=articles-table] >> text=Pyongyang");
    const table = (await page.textContent("[data-testid=articles-table]")) ?? "";
    expect(table).toContain("Moscow \ufffddias\ufffd Pyongyang");
    expect(table).not.toMatch(BIDI);
    await page.screenshot({ path: path.join(SHOTS, "bidi-article-list.png") });
  });
});

/** The stored text as the view must show it: every control replaced one for one. */
function stored(a: { text: string } | null): string {
  return (a?.text ?? "").replace(new RegExp(BIDI.source, "g"), "\ufffd");
}
