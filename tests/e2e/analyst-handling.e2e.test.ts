// End to end, issue 16 as an analyst meets it on the seeds at 1440×900: labels, edge labels,
// zoom to fit clear of the toolbar, the layout stopping itself, filters (typed, reset, undone,
// legend, empty view), and the graph reached and walked with the keyboard.
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { cameraSettled, entityId, misplaced, toolbarRect } from "./page-helpers.ts";

const POLL = { timeout: 20_000, interval: 100 };

describe("issue 16: the explorer as an analyst finds it", () => {
  let session: BrowserSession | undefined;
  let server: BrowserSession["server"] | undefined;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1440, height: 900 }, open: "/" });
    ({ server, page, pageErrors } = session);
    await cameraSettled(page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it("labels every node on the seeds, clear of the toolbar", async () => {
    const { labelled, order } = await page.evaluate(() => ({
      labelled: [...new Set(window.__kgx.labels().nodes.map((n) => n.key))].sort(),
      order: window.__kgx.graph!.order,
    }));
    expect(order).toBeGreaterThan(20);
    expect(labelled.length).toBe(order);
    expect(await misplaced(page, await toolbarRect(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "i16-1-labels.png") });
  });

  it("draws edge labels whole, without overlapping each other or node labels", async () => {
    const frame = await page.evaluate(() => {
      const f = window.__kgx.labels();
      const { graph } = window.__kgx;
      return {
        ...f,
        full: f.edges.map((e) => graph!.getEdgeAttribute(e.key, "label")),
      };
    });
    expect(frame.edges.length).toBeGreaterThan(3);
    frame.edges.forEach((e, i) => {
      expect(e.text).toBe(frame.full[i]);
      expect(e.text).not.toContain("…");
    });
    const overlapping = await page.evaluate(() => {
      // The same separating-axis test as the page's, on the boxes it reported.
      type P = [number, number];
      const sat = (a: P[], b: P[]) => {
        for (const poly of [a, b])
          for (let i = 0; i < 4; i++) {
            const p = poly[i]!;
            const q = poly[(i + 1) % 4]!;
            const n = [q[1] - p[1], p[0] - q[0]] as const;
            const proj = (x: P[]) => x.map(([u, v]) => u * n[0] + v * n[1]);
            const [pa, pb] = [proj(a), proj(b)];
            if (Math.max(...pa) <= Math.min(...pb) || Math.max(...pb) <= Math.min(...pa)) return false;
          }
        return true;
      };
      const f = window.__kgx.labels();
      const bad: string[] = [];
      f.edges.forEach((e, i) => {
        f.edges.slice(i + 1).forEach((o) => sat(e.box, o.box) && bad.push(`${e.text} × ${o.text}`));
        f.nodes.forEach((n) => sat(e.box, n.box) && bad.push(`${e.text} × ${n.text}`));
      });
      return bad;
    });
    expect(overlapping).toEqual([]);
  });

  it("after Ego on Sergey Lavrov every node lies outside the toolbar, and Fit (F) does the same", async () => {
    const lavrov = await entityId(page, "Sergey Lavrov");
    await page.evaluate((id) => window.__kgx.clickNode(id), lavrov);
    await expect.poll(() => page.getByTestId("ego").isEnabled(), POLL).toBe(true);
    const before = await page.evaluate(() => window.__kgx.graph!.order);
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeLessThan(before);
    await cameraSettled(page);
    expect(await misplaced(page, await toolbarRect(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "i16-2-ego.png") });
    // Zoom far in, then F fits again.
    await page.evaluate(() => window.__kgx.sigma!.getCamera().setState({ x: 0.9, y: 0.9, ratio: 0.1 }));
    await page.locator("body").press("f");
    await cameraSettled(page);
    expect(await misplaced(page, await toolbarRect(page))).toEqual([]);
    await page.getByTestId("undo").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(before);
  });

  it("expanding spreads the new nodes around their parent instead of one clump", async () => {
    const lavrov = await entityId(page, "Sergey Lavrov");
    const nk = await entityId(page, "North Korea");
    await page.evaluate((id) => window.__kgx.clickNode(id), lavrov);
    await expect.poll(() => page.getByTestId("ego").isEnabled(), POLL).toBe(true);
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(3);
    await page.evaluate((id) => window.__kgx.clickNode(id), nk);
    await expect.poll(() => page.getByTestId("expand").isEnabled(), POLL).toBe(true);
    const old = await page.evaluate(() => window.__kgx.graph!.nodes());
    await page.getByTestId("expand").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeGreaterThan(10);
    await cameraSettled(page);
    const spread = await page.evaluate((old) => {
      const fresh = window.__kgx.graph!.filterNodes((n) => !old.includes(n));
      const ps = fresh.map((n) => window.__kgx.nodePosition(n)!);
      let min = Infinity;
      ps.forEach((a, i) => ps.slice(i + 1).forEach((b) => (min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y)))));
      const xs = ps.map((p) => p.x);
      const ys = ps.map((p) => p.y);
      return { n: fresh.length, min, w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
    }, old);
    console.log(`e2e: expansion placed ${spread.n} nodes, closest pair ${Math.round(spread.min)} px apart`);
    expect(spread.min).toBeGreaterThan(12);
    expect(Math.min(spread.w, spread.h)).toBeGreaterThan(150);
    expect(await misplaced(page, await toolbarRect(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "i16-2b-expand.png") });
    await page.getByTestId("undo").click();
    await page.getByTestId("undo").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeGreaterThan(40);
  });

  it("ForceAtlas2 stops by itself, then the view fits", async () => {
    await page.getByTestId("layout-toggle").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.layoutPhase()), POLL).not.toBe("idle");
    const started = Date.now();
    await expect
      .poll(() => page.evaluate(() => window.__kgx.layoutPhase()), { timeout: 30_000, interval: 200 })
      .toBe("idle");
    console.log(`e2e: the layout stopped by itself after ${Date.now() - started} ms`);
    await cameraSettled(page);
    expect(await misplaced(page, await toolbarRect(page))).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, "i16-3-layout.png") });
  });

  it("applies 'Claims per entity ≥' as it is typed, and Reset resets it", async () => {
    await page.getByTestId("filters-toggle").click();
    const input = page.getByTestId("filter-min-claims");
    await input.fill("");
    await input.pressSequentially("3");
    await expect.poll(() => page.url(), POLL).toContain("m=3");
    expect(await input.evaluate((i) => i === document.activeElement)).toBe(true);
    await page.getByTestId("filter-reset").click();
    await expect.poll(() => page.url(), POLL).not.toContain("m=");
    await page.locator("body").click({ position: { x: 700, y: 880 } });
    expect(page.url()).not.toContain("m=");
    expect(await page.getByTestId("filter-min-claims").inputValue()).toBe("0");
  });

  it("CONDEMNED only hides the isolated entities by default; Ctrl+Z and Back undo the filter", async () => {
    await page.getByTestId("filter-only-CONDEMNED").click();
    await expect.poll(() => page.url(), POLL).toContain("t=CONDEMNED");
    const stray = await page.evaluate(() => {
      const { graph, sigma } = window.__kgx;
      const edges = window.__kgx.visibleEdgeTypes().map((e) => e.id);
      const touched = new Set(edges.flatMap((e) => graph!.extremities(e)));
      return graph!.filterNodes((n) => !sigma!.getNodeDisplayData(n)?.hidden && !touched.has(n));
    });
    expect(stray).toEqual([]);
    expect(await page.getByTestId("filter-isolated").isChecked()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "i16-4-condemned.png") });
    await page.locator("body").press("Control+z");
    await expect.poll(() => page.url(), POLL).not.toContain("t=CONDEMNED");
    await page.goForward();
    await expect.poll(() => page.url(), POLL).toContain("t=CONDEMNED");
    await page.goBack();
    await expect.poll(() => page.url(), POLL).not.toContain("t=CONDEMNED");
    expect(page.url()).toContain(server!.url.replace(/\/$/, ""));
  });

  it("Back takes back an ego view and an expansion, and stays in the app", async () => {
    const all = await page.evaluate(() => window.__kgx.graph!.order);
    const lavrov = await entityId(page, "Sergey Lavrov");
    await page.evaluate((id) => window.__kgx.clickNode(id), lavrov);
    await expect.poll(() => page.getByTestId("ego").isEnabled(), POLL).toBe(true);
    await page.getByTestId("ego").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(3);
    await page.evaluate((id) => window.__kgx.clickNode(id), await entityId(page, "Russia"));
    await expect.poll(() => page.getByTestId("expand").isEnabled(), POLL).toBe(true);
    await page.getByTestId("expand").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBeGreaterThan(3);
    await page.goBack(); // the expansion
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(3);
    await page.goBack(); // the selection of Russia
    await page.goBack(); // the ego view
    await expect.poll(() => page.evaluate(() => window.__kgx.graph!.order), POLL).toBe(all);
    expect(page.url()).toContain(server!.url.replace(/\/$/, ""));
    await page.locator("body").press("Escape");
  });

  it("the legend toggles a label, and an emptied view says why with a one-click reset", async () => {
    await page.getByTestId("legend-Person").click();
    await expect.poll(() => page.url(), POLL).toMatch(/l=[^&]*State/);
    const persons = await page.evaluate(() =>
      window.__kgx.graph!.filterNodes(
        (n, a) => a.kind === "Person" && !window.__kgx.sigma!.getNodeDisplayData(n)?.hidden,
      ),
    );
    expect(persons).toEqual([]);
    expect(await page.getByTestId("legend-Person").getAttribute("aria-pressed")).toBe("false");
    for (const l of ["State", "Institution", "Outlet", "Treaty", "Place"])
      await page.getByTestId(`legend-${l}`).click();
    const empty = page.getByTestId("graph-empty");
    await expect.poll(() => empty.isVisible(), POLL).toBe(true);
    expect(await empty.textContent()).toContain("no entity label");
    await page.screenshot({ path: path.join(SHOTS, "i16-5-empty.png") });
    await page.getByTestId("empty-reset").click();
    await expect.poll(() => empty.count(), POLL).toBe(0);
    expect(await page.getByTestId("graph-status").textContent()).not.toContain("filtered");
  });

  it("buttons are named by their visible text", async () => {
    const snapshots = await page
      .locator(".toolbar button, .filter-panel button, .legend button")
      .evaluateAll((els) =>
        els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => (e as HTMLElement).innerText.trim()),
      );
    expect(snapshots.length).toBeGreaterThan(10);
    const buttons = page.locator(".toolbar button, .filter-panel button, .legend button");
    for (let i = 0; i < (await buttons.count()); i++) {
      const b = buttons.nth(i);
      if (!(await b.isVisible())) continue;
      const text = (await b.innerText()).trim().replace(/\s+/g, " ");
      const aria = await b.ariaSnapshot();
      expect(aria.toLowerCase(), `button "${text}"`).toContain(text.toLowerCase());
    }
  });

  it("the graph takes the focus with Tab, arrows move between neighbours, Enter opens the panel", async () => {
    const canvas = page.getByTestId("graph-canvas");
    await page.getByTestId("filters-toggle").click(); // close the panel
    await page.locator("body").press("Escape");
    // Tab order: after the header's controls (however many there are) comes the graph.
    const header = page.locator("header").first();
    await header.locator("button").last().focus();
    await page.keyboard.press("Tab");
    expect(await canvas.evaluate((c) => c === document.activeElement)).toBe(true);
    const first = await page.evaluate(() => window.__kgx.keyboardCursor());
    expect(first).not.toBeNull();
    let moved: string | null = null;
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp"]) {
      await canvas.press(key);
      moved = await page.evaluate(() => window.__kgx.keyboardCursor());
      if (moved !== first) break;
    }
    expect(moved).not.toBe(first);
    expect(await page.evaluate(([a, b]) => window.__kgx.graph!.areNeighbors(a!, b!), [first, moved])).toBe(true);
    await canvas.press("Enter");
    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-entity"), POLL).toBe(moved);
    expect(await page.getByTestId("graph-live").textContent()).toContain(
      await page.evaluate((id) => window.__kgx.graph!.getNodeAttribute(id, "name"), moved!),
    );
    expect(pageErrors).toEqual([]);
  });
});
