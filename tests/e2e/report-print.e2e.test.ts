// End to end, the HTML report as an editor receives it: names instead of ids, a readable
// timestamp, the app's link count, a full claims table, edge labels readable and apart,
// and the whole report printed to PDF by Chromium (pages kept for a human to look at).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { entityId, waitForReady } from "./page-helpers.ts";

describe("HTML report, read and printed", () => {
  let session: BrowserSession | undefined;
  let srv: BrowserSession["server"];
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-report-"));
    session = await openBrowserSession({ external: false });
    ({ server: srv, browser } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function exportHtml(selection: object, title: string): Promise<string> {
    const res = await fetch(new URL("/api/export", srv.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ format: "html", selection, title }),
    });
    expect(res.status).toBe(200);
    const file = path.join(dir, `${Math.random().toString(36).slice(2)}.html`);
    fs.writeFileSync(file, await res.text());
    return file;
  }

  it("says who it is about by name, when in words, and counts links as the app does", async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(srv.url);
    await waitForReady(page);
    const status = (await page.getByTestId("graph-status").textContent()) ?? "";
    const appLinks = Number(/(\d+) links/.exec(status)?.[1]);
    const choe = await entityId(page, "Choe Son Hui");
    await page.close();

    const all = await browser.newPage();
    await all.goto(pathToFileURL(await exportHtml({ all: true }, "Seeds")).href);
    expect(await all.textContent("[data-testid=report-counts]")).toContain(`${appLinks} links`);
    await all.close();

    const report = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await report.goto(pathToFileURL(await exportHtml({ entity: choe, hops: 1 }, `Report on ${choe}`)).href);
    await report.waitForSelector("body[data-ready=true]");
    const header = (await report.textContent("header")) ?? "";
    expect(header).toContain("Report on Choe Son Hui");
    expect(header).toContain("Entity Choe Son Hui, 1 hop");
    expect(header).not.toContain(choe);
    expect(await report.textContent("[data-testid=report-time]")).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}, \d\d:\d\d UTC$/);

    const heads = await report.locator("thead th").allTextContents();
    for (const h of ["Confidence", "Rule", "Date", "Article"]) expect(heads).toContain(h);
    const first = await report.locator("tbody tr").first().locator("td").allTextContents();
    expect(first[heads.indexOf("Confidence")]).toMatch(/^\d+%$/);
    expect(first[heads.indexOf("Rule")]!.length).toBeGreaterThan(2);

    // Edge labels: at least 12 px on screen at 1440 wide, none over another label or a name.
    const labels = await report.evaluate(() =>
      [...document.querySelectorAll("g.edge text, g.node text")].map((t) => {
        const r = t.getBoundingClientRect();
        return {
          edge: t.closest("g.edge") !== null,
          text: t.textContent,
          x0: r.left,
          y0: r.top,
          x1: r.right,
          y1: r.bottom,
        };
      }),
    );
    const edgeLabels = labels.filter((l) => l.edge);
    expect(edgeLabels.length).toBeGreaterThan(2);
    for (const l of edgeLabels) expect(l.y1 - l.y0).toBeGreaterThanOrEqual(12);
    const clash = edgeLabels.flatMap((a) =>
      labels
        .filter((b) => b !== a && a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)
        .map((b) => `${a.text} × ${b.text}`),
    );
    expect(clash).toEqual([]);
    await report.screenshot({ path: path.join(SHOTS, "report-screen.png"), fullPage: false });

    // Printed: a real PDF of several pages (looked at with pdftoppm -png).
    await report.emulateMedia({ media: "print" });
    const pdf = await report.pdf({ format: "A4", landscape: true, printBackground: true });
    fs.writeFileSync(path.join(SHOTS, "report.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    await report.close();
  });
});
