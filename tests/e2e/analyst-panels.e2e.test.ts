// End to end, issue 16's panels on the seeds: the MEMBER_OF role shown, one sentence listed
// once with its targets, a long panel grouped and filtered, the article view's claims list,
// and Expand saying when it has nothing new to add.
import fs from "node:fs";
import path from "node:path";

import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { entityId, pixelDiff, waitForReady } from "./page-helpers.ts";

const POLL = { timeout: 20_000, interval: 100 };

describe("issue 16: panels as an analyst reads them", () => {
  let session: BrowserSession | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1440, height: 900 }, open: "/" });
    ({ browser, page, pageErrors } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  async function open(name: string): Promise<string> {
    const id = await entityId(page, name);
    await page.evaluate((id) => window.__kgx.clickNode(id), id);
    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-entity"), POLL).toBe(id);
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    return id;
  }

  it("shows Lavrov's role and his sentence once, listing both targets", async () => {
    await open("Sergey Lavrov");
    const panel = page.getByTestId("side-panel");
    const member = panel.locator("section.claim-group[data-type=MEMBER_OF] li.claim");
    expect(await member.getByTestId("claim-role").textContent()).toContain("Foreign Minister");
    const said = panel.locator("section.claim-group[data-type=SAID] li.claim");
    // Two SAID claims (→ Russia, → North Korea) from one sentence: one item naming both.
    expect(await said.count()).toBe(1);
    expect((await said.getAttribute("data-claims"))?.split(" ").length).toBe(2);
    const direction = (await said.locator(".direction").textContent()) ?? "";
    expect(direction).toContain("Russia");
    expect(direction).toContain("North Korea");
    expect(await said.getByTestId("evidence").count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "i16-p1-lavrov.png") });
  });

  it("groups North Korea's many claims by counterpart and filters them by text", async () => {
    await open("North Korea");
    const panel = page.getByTestId("side-panel");
    const items = panel.locator("li.claim");
    const total = await items.count();
    expect(total).toBeGreaterThan(10);
    expect(await panel.locator("li.counterpart-head").count()).toBeGreaterThan(0);
    await panel.getByTestId("claim-filter").fill("Russia");
    const shown = await items.evaluateAll((els) =>
      els.filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent ?? ""),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    for (const t of shown) expect(t.toLowerCase()).toContain("russia");
    await page.screenshot({ path: path.join(SHOTS, "i16-p2-filter.png") });
    await panel.getByTestId("claim-filter").fill("no such text anywhere");
    expect(await panel.getByText("No claim matches the filter.").isVisible()).toBe(true);
  });

  it("lists the claims made from an article in the article view, each linking to its sentence", async () => {
    await page.getByTestId("side-panel").getByTestId("claim-filter").fill("");
    await page.getByTestId("side-panel").getByTestId("article-link").first().click();
    const view = page.getByTestId("article-view");
    await expect.poll(() => view.getAttribute("data-state"), POLL).toBe("ready");
    const list = view.getByTestId("article-claims");
    await expect.poll(() => list.count(), POLL).toBe(1);
    const links = list.getByTestId("article-claim-link");
    expect(await links.count()).toBeGreaterThan(3);
    const before = await view.getByTestId("highlight").textContent();
    const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    const other = hrefs.findIndex((h) => h !== hrefs[0]);
    await links.nth(Math.max(0, other)).click();
    await expect.poll(() => view.getByTestId("highlight").textContent(), POLL).not.toBe(before);
    await page.screenshot({ path: path.join(SHOTS, "i16-p3-article-claims.png") });
    await view.getByTestId("back-link").click();
    await expect.poll(() => view.isHidden(), POLL).toBe(true);
  });

  it("Expand says so when there is nothing new to add", async () => {
    await open("Sergey Lavrov");
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(3);
    await page.getByTestId("expand").click();
    const note = page.getByTestId("toolbar-note");
    await expect.poll(() => note.textContent(), POLL).toContain("Nothing new to add");
    expect(await note.textContent()).toContain("Sergey Lavrov");
    expect(await page.evaluate(() => window.__kgx.graph!.order)).toBe(3);
    expect(pageErrors).toEqual([]);
  });

  it("a shared URL opened in a fresh browser context shows the same node set and positions", async () => {
    // A working set no start view has: Choe Son Hui's ego network, expanded from Russia.
    // Back to the whole seed graph first.
    while ((await page.evaluate(() => window.__kgx.graph!.order)) < 40 && (await page.getByTestId("undo").isEnabled()))
      await page.getByTestId("undo").click();
    await open("Choe Son Hui");
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeLessThan(20);
    await open("Russia");
    const before = await page.evaluate(() => window.__kgx.graph!.order);
    await page.getByTestId("expand").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeGreaterThan(before);
    await page.waitForTimeout(800); // the fit animation, then the camera lands in the URL
    await page.getByTestId("share").click();
    const url = await page.getByTestId("share-url").inputValue();
    expect(url).toContain("w=");
    const picture = (p: Page) =>
      p.evaluate(() =>
        Object.fromEntries(
          window.__kgx.graph!.nodes().map((id) => {
            const q = window.__kgx.nodePosition(id)!;
            return [id, [Math.round(q.x), Math.round(q.y)]];
          }),
        ),
      );
    const mine = await picture(page);
    const context = await browser!.newContext({ viewport: { width: 1440, height: 900 } });
    const other = await context.newPage();
    await other.goto(url);
    await waitForReady(other);
    await other.waitForTimeout(500);
    const theirs = await picture(other);
    expect(Object.keys(theirs).sort()).toEqual(Object.keys(mine).sort());
    for (const [id, [x, y]] of Object.entries(mine)) {
      expect(Math.abs(theirs[id]![0]! - x!), id).toBeLessThanOrEqual(3);
      expect(Math.abs(theirs[id]![1]! - y!), id).toBeLessThanOrEqual(3);
    }
    // The same picture: below the toolbars (which differ: the link, the undo history) the
    // two canvases differ in almost no pixel.
    const box = (await page.getByTestId("graph-canvas").boundingBox())!;
    const clip = { x: box.x, y: box.y + 80, width: box.width, height: box.height - 80 };
    const a = await page.screenshot({ clip });
    const b = await other.screenshot({ clip });
    fs.writeFileSync(path.join(SHOTS, "i16-p4-canvas-a.png"), a);
    fs.writeFileSync(path.join(SHOTS, "i16-p4-canvas-b.png"), b);
    const diff = await pixelDiff(page, a, b);
    console.log(`e2e: shared view differs in ${diff.differing} of ${diff.total} canvas pixels`);
    expect(diff.differing / diff.total).toBeLessThan(0.05);
    await other.screenshot({ path: path.join(SHOTS, "i16-p4-shared.png") });
    await page.screenshot({ path: path.join(SHOTS, "i16-p4-sharer.png") });
    await context.close();
  });

  it("exports a PNG with a legend and a caption, as options", async () => {
    await page.locator("[data-testid=export-menu] > summary").click();
    const png = async (legend: boolean, caption: boolean) => {
      await page.getByTestId("png-legend").setChecked(legend);
      await page.getByTestId("png-caption").setChecked(caption);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
      const file = path.join(SHOTS, `i16-png-${legend ? "legend" : "plain"}-${caption ? "caption" : "bare"}.png`);
      await download.saveAs(file);
      const b64 = fs.readFileSync(file).toString("base64");
      // Size, and pixels of the Treaty colour (one small node; the legend adds its swatch).
      return page.evaluate(async (b64) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        let treaty = 0;
        for (let i = 0; i < d.length; i += 4)
          if (Math.abs(d[i]! - 0xa2) + Math.abs(d[i + 1]! - 0x3b) + Math.abs(d[i + 2]! - 0x72) < 30) treaty++;
        return { width: c.width, height: c.height, treaty };
      }, b64);
    };
    const plain = await png(false, false);
    const both = await png(true, true);
    const legendOnly = await png(true, false);
    expect(both.width).toBe(plain.width);
    expect(both.height).toBeGreaterThan(plain.height); // the caption strip
    expect(legendOnly.height).toBe(plain.height);
    expect(legendOnly.treaty).toBeGreaterThan(plain.treaty + 20); // the legend's Treaty swatch
    expect(pageErrors).toEqual([]);
  });
});
