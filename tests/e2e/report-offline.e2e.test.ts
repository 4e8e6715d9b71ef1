// The HTML evidence report in a real browser with the network off: exported through the
// API from the seeds, opened from a file, it renders its graph, legend and claims, the
// graph reacts to a click, and hostile names stay text.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toHtmlReport } from "../../server/export/html-report.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { hostileBundle } from "../fixtures/export-bundle.ts";

let session: BrowserSession | undefined;
let srv: BrowserSession["server"];
let browser: Browser;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-report-"));

beforeAll(async () => {
  session = await openBrowserSession({ external: false, server: { client: false } });
  ({ server: srv, browser } = session);
});
afterAll(async () => {
  await session?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openOffline(file: string) {
  const context = await browser.newContext({ offline: true });
  const requests: string[] = [];
  const dialogs: string[] = [];
  const page = await context.newPage();
  page.on("request", (r) => {
    if (!r.url().startsWith("file:")) requests.push(r.url());
  });
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 15_000 });
  return { context, page, requests, dialogs };
}

describe("HTML report", () => {
  it("renders offline from one file: graph, legend, claims; clicking a node filters the claims", async () => {
    const res = await fetch(new URL("/api/export", srv.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "html", selection: { entity: "North Korea", hops: 1 }, title: "NK report" }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="kgx-\d+\.html"/);
    const file = path.join(dir, "report.html");
    fs.writeFileSync(file, await res.text());
    const { context, page, requests } = await openOffline(file);
    const nodes = await page.locator("g.node").count();
    expect(nodes).toBeGreaterThan(5);
    expect(await page.locator("[data-testid=report-legend] span").count()).toBeGreaterThan(2);
    const rows = await page.locator("tbody tr:not(.hidden)").count();
    expect(rows).toBeGreaterThan(5);
    expect(await page.textContent("[data-testid=report-origin]")).toBe("Entity North Korea, 1 hop");
    const box = await page
      .locator("g.node circle")
      .nth(nodes - 1)
      .boundingBox();
    expect(box && box.width > 0).toBe(true);
    await page
      .locator("g.node")
      .nth(nodes - 1)
      .click();
    const filtered = await page.locator("tbody tr:not(.hidden)").count();
    expect(filtered).toBeLessThan(rows);
    await page.screenshot({ path: path.join(os.tmpdir(), "kgx-report.png") });
    expect(requests).toEqual([]);
    await context.close();
  });

  it("shows hostile names as text and runs none of them", async () => {
    const file = path.join(dir, "hostile.html");
    fs.writeFileSync(file, toHtmlReport(hostileBundle()));
    const { context, page, dialogs } = await openOffline(file);
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("text=<img src=x onerror=alert(1)>").count()).toBeGreaterThan(0);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
