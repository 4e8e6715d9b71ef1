// End to end, how the explorer draws: its plain (non-instanced) programs paint the same
// pixels as sigma's own, quiet canvases leave no stale hover behind, and the layout's
// long-lived workers run, stop and run again.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import { pixelDiff, topNodes, waitForReady } from "./page-helpers.ts";

const POLL = { timeout: 15_000, interval: 50 };

describe("explorer drawing in a browser", () => {
  let session: BrowserSession | undefined;
  let server: BrowserSession["server"] | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

  /** A fresh page (no saved positions) on `query`, ready, with the mouse off the graph. */
  const open = async (query = ""): Promise<Page> => {
    const context = await browser!.newContext({ viewport: { width: 1200, height: 800 } });
    const page = await context.newPage();
    page.on("pageerror", (err) => pageErrors.push(err.message));
    await page.goto(`${server!.url}/${query}`);
    await waitForReady(page);
    await page.mouse.move(2, 790);
    return page;
  };
  const shot = (page: Page): Promise<Buffer> => page.getByTestId("graph-canvas").screenshot();

  beforeAll(async () => {
    // Its own server (the pages it opens want a fresh seeds graph), and pages of its own.
    session = await openBrowserSession({ external: false });
    ({ server, browser } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it("draws the seed graph pixel for pixel like sigma's instanced programs", async () => {
    const plain = await open();
    const instanced = await open("?gl=instanced");
    const positions = (p: Page) => p.evaluate(() => window.__kgx.graph!.mapNodes((id, a) => [id, a.x, a.y]));
    expect(await positions(plain)).toEqual(await positions(instanced));
    const [a, b] = [await shot(plain), await shot(instanced)];
    const diff = await pixelDiff(plain, a, b);
    expect(diff.total).toBeGreaterThan(100_000);
    expect(diff.differing).toBe(0);
    // The comparison can see a change: a hovered node differs from the resting picture.
    const [node] = await topNodes(plain, 1);
    await plain.mouse.move(node!.clientX, node!.clientY);
    await expect.poll(async () => (await pixelDiff(plain, a, await shot(plain))).differing, POLL).toBeGreaterThan(500);
    await plain.context().close();
    await instanced.context().close();
  });

  it("clears a hover completely once the mouse leaves (quiet canvases skip only empty layers)", async () => {
    const page = await open();
    const before = await shot(page);
    for (const node of await topNodes(page, 3)) {
      await page.mouse.move(node.clientX, node.clientY);
      const cursor = () => page.getByTestId("graph-canvas").evaluate((el) => (el as HTMLElement).style.cursor);
      await expect.poll(cursor, POLL).toBe("pointer");
      await page.mouse.move(2, 790);
      await expect.poll(async () => (await pixelDiff(page, before, await shot(page))).differing, POLL).toBe(0);
    }
    await page.context().close();
  });

  it("runs the layout, stops it, and runs it again on the same workers", async () => {
    const page = await open();
    const positions = () => page.evaluate(() => window.__kgx.graph!.mapNodes((_, a) => a.x + a.y));
    for (let run = 0; run < 2; run++) {
      const start = await positions();
      await page.getByTestId("layout-toggle").click();
      await expect.poll(() => page.evaluate(() => window.__kgx.layoutPhase()), POLL).toBe("forceatlas2");
      await expect.poll(async () => (await positions()).some((v, i) => v !== start[i]), POLL).toBe(true);
      await page.getByTestId("layout-toggle").click();
      await expect.poll(() => page.evaluate(() => window.__kgx.layoutPhase()), POLL).toBe("idle");
    }
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
