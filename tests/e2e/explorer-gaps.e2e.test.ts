// End to end, issue 16's last gaps on the seeds at 1440×900: Forward (and Ctrl+Shift+Z / Ctrl+Y)
// redoes a graph change, node labels never overlap, and the PNG export draws the edge labels.
import fs from "node:fs";
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { cameraSettled, entityId } from "./page-helpers.ts";

const POLL = { timeout: 20_000, interval: 100 };

describe("issue 16: redo, node labels, PNG edge labels", () => {
  let session: BrowserSession | undefined;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1440, height: 900 }, open: "/" });
    page = session.page;
    await cameraSettled(page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const nodeSet = (): Promise<string[]> => page.evaluate(() => window.__kgx.graph!.nodes().sort());
  const select = async (name: string): Promise<void> => {
    const id = await entityId(page, name);
    await page.evaluate((id) => window.__kgx.clickNode(id), id);
    await expect.poll(() => page.evaluate(() => window.location.hash), POLL).toContain(encodeURIComponent(id));
  };

  it("draws no node label over another at the start zoom, and labels every node", async () => {
    const { nodes, order, missing } = await page.evaluate(() => {
      const nodes = window.__kgx.labels().nodes;
      const { graph } = window.__kgx;
      const drawn = new Set(nodes.map((n) => n.key));
      return { nodes, order: graph!.order, missing: graph!.filterNodes((n) => !drawn.has(n)) };
    });
    await page.screenshot({ path: path.join(SHOTS, "i16-gap-node-labels.png") });
    const hit = (a: number[][], b: number[][]) =>
      a[0]![0]! < b[1]![0]! && b[0]![0]! < a[1]![0]! && a[0]![1]! < b[2]![1]! && b[0]![1]! < a[2]![1]!;
    const bad: string[] = [];
    nodes.forEach((n, i) => nodes.slice(i + 1).forEach((o) => hit(n.box, o.box) && bad.push(`${n.text} × ${o.text}`)));
    expect(bad).toEqual([]);
    const keys = new Set(nodes.map((n) => n.key));
    expect(keys.size).toBe(nodes.length); // each label drawn once
    const short = nodes.filter((n) => n.text.endsWith("…")).length;
    console.log(
      `e2e: ${nodes.length} of ${order} node labels drawn, ${short} shortened; left out: ${missing.join(", ")}`,
    );
    expect(nodes.length).toBe(order);
  });

  it("keeps the selected node and its neighbours labelled, whole where they fit", async () => {
    await select("Russia");
    await cameraSettled(page);
    const { labelled, neighbours, id } = await page.evaluate(() => {
      const id = window.location.hash.match(/entity\/([^?]+)/)![1]!;
      const node = decodeURIComponent(id);
      return {
        id: node,
        labelled: window.__kgx.labels().nodes.map((n) => n.key),
        neighbours: window.__kgx.graph!.neighbors(node),
      };
    });
    expect(labelled).toContain(id);
    for (const n of neighbours) expect(labelled).toContain(n);
    await page.screenshot({ path: path.join(SHOTS, "i16-gap-node-labels-selected.png") });
    await page.locator("body").press("Escape");
    await cameraSettled(page);
  });

  it("the PNG export draws the edge labels the canvas draws, where the canvas draws them", async () => {
    const canvas = await page.evaluate(() => window.__kgx.labels());
    expect(canvas.edges.length).toBeGreaterThan(3);
    await page.locator("[data-testid=export-menu] > summary").click();
    await page.getByTestId("png-legend").setChecked(false);
    await page.getByTestId("png-caption").setChecked(false);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const file = path.join(SHOTS, "i16-gap-png-edge-labels.png");
    await download.saveAs(file);
    await page.locator("[data-testid=export-menu] > summary").click();
    const png = await page.evaluate(() => window.__kgx.pngLabels());
    expect(png).not.toBeNull();
    expect(png!.edges.map((e) => e.text).sort()).toEqual(canvas.edges.map((e) => e.text).sort());
    expect(png!.nodes.length).toBe(canvas.nodes.length);
    // In the image itself: dark text pixels inside each edge label's box (the box clears the edge's line).
    const inked = await page.evaluate(
      async ({ b64, boxes }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement("canvas");
        [c.width, c.height] = [img.naturalWidth, img.naturalHeight];
        const ctx = c.getContext("2d")!;
        ctx.drawImage(img, 0, 0);
        const scale = c.width / window.__kgx.sigma!.getDimensions().width;
        return boxes.map((box) => {
          const xs = box.map((p) => p[0]! * scale);
          const ys = box.map((p) => p[1]! * scale);
          const [x0, y0] = [Math.floor(Math.min(...xs)), Math.floor(Math.min(...ys))];
          const [w, h] = [Math.ceil(Math.max(...xs)) - x0, Math.ceil(Math.max(...ys)) - y0];
          const d = ctx.getImageData(x0, y0, Math.max(1, w), Math.max(1, h)).data;
          let dark = 0;
          for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 3 * 140) dark++;
          return dark;
        });
      },
      { b64: fs.readFileSync(file).toString("base64"), boxes: png!.edges.map((e) => e.box) },
    );
    for (const n of inked) expect(n).toBeGreaterThan(5);
    expect(session!.pageErrors).toEqual([]);
  });

  it("Forward after Back redoes an expansion; a new change after Back drops the redo branch", async () => {
    const all = await nodeSet();
    await select("Sergey Lavrov");
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(3);
    const ego = await nodeSet();
    await select("Russia");
    await page.getByTestId("expand").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeGreaterThan(3);
    const expanded = await nodeSet();
    await page.goBack(); // the expansion
    await expect.poll(nodeSet, POLL).toEqual(ego);
    await page.goForward(); // redone: the same node set
    await expect.poll(nodeSet, POLL).toEqual(expanded);
    // Ctrl+Z, then Ctrl+Shift+Z and Ctrl+Y redo it too.
    await page.locator("body").press("Control+z");
    await expect.poll(nodeSet, POLL).toEqual(ego);
    await page.locator("body").press("Control+Shift+z");
    await expect.poll(nodeSet, POLL).toEqual(expanded);
    await page.locator("body").press("Control+z");
    await expect.poll(nodeSet, POLL).toEqual(ego);
    await page.locator("body").press("Control+y");
    await expect.poll(nodeSet, POLL).toEqual(expanded);
    // Back over the expansion, then a new change: Forward and Ctrl+Y have nothing to redo.
    await page.goBack();
    await expect.poll(nodeSet, POLL).toEqual(ego);
    await select("Sergey Lavrov");
    await page.getByTestId("ego-hops").selectOption("2");
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeGreaterThan(3);
    const twoHops = await nodeSet();
    expect(twoHops).not.toEqual(expanded);
    await page.goForward();
    await page.locator("body").press("Control+y");
    await page.waitForTimeout(500);
    expect(await nodeSet()).toEqual(twoHops);
    // Back all the way returns to the whole seed graph, inside the app.
    for (let i = 0; i < 8 && (await nodeSet()).length !== all.length; i++) await page.goBack();
    await expect.poll(nodeSet, POLL).toEqual(all);
    expect(page.url()).toContain(session!.server.url.replace(/\/$/, ""));
    await page.getByTestId("ego-hops").selectOption("1");
    await page.locator("body").press("Escape");
    await cameraSettled(page);
  });
});
