// End to end: the real server with the seeds, the built client in headless Debian Chromium;
// an analyst opens the graph, clicks an entity, reads its evidence, and opens the article.
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ENTITY_LABELS, LABEL_COLORS } from "../../server/core/model/labels.ts";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { canvasPixels, topNodes, waitForReady } from "./page-helpers.ts";

const BACKGROUND = "#fbfbfc";
const POLL = { timeout: 15_000, interval: 50 };

describe("explorer in a browser", () => {
  let session: BrowserSession | undefined;
  let server: BrowserSession["server"] | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  let clicked = "";

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1400, height: 900 } });
    ({ server, page, pageErrors } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it("draws the seed graph with colours, labels, legend and counts", async () => {
    const started = Date.now();
    await page.goto(server!.url);
    const timings = await waitForReady(page);
    console.log(`e2e: ready in ${Date.now() - started} ms (page timings ${JSON.stringify(timings)})`);

    const order = await page.evaluate(() => window.__kgx.graph?.order ?? 0);
    expect(order).toBeGreaterThan(20);
    await expect
      .poll(() => page.getByTestId("stats").textContent(), POLL)
      .toMatch(/\d+ articles.*\d+ entities.*\d+ claims/);
    const legend = await page.getByTestId("legend").textContent();
    for (const label of ENTITY_LABELS) expect(legend).toContain(label);

    const shot = await page.getByTestId("graph-canvas").screenshot();
    const pixels = await canvasPixels(page, shot, BACKGROUND, Object.values(LABEL_COLORS));
    // Not blank: a real share of the canvas is drawn, and node discs show label colours.
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.01);
    expect(pixels.coloured.filter((n) => n > 30).length).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: path.join(SHOTS, "1-graph.png") });
  });

  it("opens the side panel with evidence when a node is clicked on the canvas", async () => {
    const [hub] = await topNodes(page, 1);
    expect(hub, "a node with claims").toBeDefined();
    clicked = hub!.id;
    // A physical click at the node's on-screen position, through sigma's own picking.
    await page.mouse.move(hub!.clientX, hub!.clientY);
    await page.mouse.click(hub!.clientX, hub!.clientY);

    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    expect(await panel.getAttribute("data-entity")).toBe(clicked);
    expect(page.url()).toContain(`#/entity/${encodeURIComponent(clicked)}`);
    expect(await panel.getByTestId("entity-name").textContent()).toBe(hub!.name);
    // The neighbourhood stays lit and the rest is dimmed, in display data only.
    const roles = await page.evaluate((id) => {
      const { graph, sigma } = window.__kgx;
      const other = graph!.nodes().find((n) => n !== id && !graph!.areNeighbors(n, id));
      const near = graph!.neighbors(id)[0];
      const shown = (n: string | undefined) => (n ? sigma!.getNodeDisplayData(n)?.color : undefined);
      return {
        other: shown(other),
        otherData: other ? graph!.getNodeAttribute(other, "color") : undefined,
        near: shown(near),
        nearData: near ? graph!.getNodeAttribute(near, "color") : undefined,
      };
    }, clicked);
    if (roles.other) expect(roles.other).not.toBe(roles.otherData);
    expect(roles.near).toBe(roles.nearData);
    const evidence = panel.getByTestId("evidence");
    expect(await evidence.count()).toBeGreaterThan(0);
    expect((await evidence.first().textContent())?.trim().length).toBeGreaterThan(10);
    await page.screenshot({ path: path.join(SHOTS, "2-panel.png") });
  });

  it("follows a claim to its article with the sentence highlighted and in view", async () => {
    const link = page.getByTestId("side-panel").getByTestId("article-link").first();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^#\/article\/[^?]+\?s=\d+-\d+/);
    await link.click();

    const view = page.getByTestId("article-view");
    await expect.poll(() => view.getAttribute("data-state"), POLL).toBe("ready");
    const mark = view.getByTestId("highlight");
    await expect.poll(() => mark.count(), POLL).toBe(1);
    expect(await mark.evaluate((m) => m.tagName)).toBe("MARK");
    expect((await mark.textContent())?.trim().length).toBeGreaterThan(10);
    await expect.poll(() => mark.isVisible(), POLL).toBe(true);
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "3-article.png") });

    await view.getByTestId("back-link").click();
    await expect.poll(() => view.isHidden(), POLL).toBe(true);
    expect(await page.getByTestId("side-panel").getAttribute("data-entity")).toBe(clicked);
    expect(pageErrors).toEqual([]);
  });
});
