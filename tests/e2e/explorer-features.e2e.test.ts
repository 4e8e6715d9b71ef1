// End to end, one test per explorer feature on the seed corpus: search, expand and undo,
// relation filter, edge evidence (through the filters), shareable URL state kept across
// the panels' links, layout worker, PNG export.
import fs from "node:fs";
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { claimTypesIn, edgeWithOtherTypes, entityId, graphOrder, waitForReady } from "./page-helpers.ts";

const POLL = { timeout: 15_000, interval: 50 };

describe("explorer features in a browser", () => {
  let session: BrowserSession | undefined;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession({
      viewport: { width: 1400, height: 900 },
      context: { acceptDownloads: true },
      open: "/",
    });
    ({ page, pageErrors } = session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it("search autocompletes 'Choe' and the keyboard reaches Choe Son Hui", async () => {
    await page.keyboard.press("/");
    const input = page.getByTestId("search");
    await expect.poll(() => input.evaluate((i) => i === document.activeElement), POLL).toBe(true);
    await input.pressSequentially("Choe");
    const option = page.locator("#search-results [role=option]", { hasText: "Choe Son Hui" });
    await option.first().waitFor({ timeout: 10_000 });
    const options = await page.locator("#search-results [role=option]").allTextContents();
    const index = options.findIndex((t) => t.includes("Choe Son Hui"));
    for (let i = 0; i < index; i++) await input.press("ArrowDown");
    await input.press("Enter");
    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    expect(await panel.getByTestId("entity-name").textContent()).toBe("Choe Son Hui");
    const id = await panel.getAttribute("data-entity");
    expect(page.url()).toContain(`#/entity/${encodeURIComponent(id!)}`);
    expect(await page.evaluate((id) => window.__kgx.graph!.hasNode(id), id!)).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, "f1-search.png") });
  });

  it("expands North Korea in an ego view, then undoes it (Ctrl+Z)", async () => {
    // A 1-hop ego network of Choe Son Hui first, so North Korea has neighbours to add.
    await page.getByTestId("ego").click();
    await expect.poll(() => page.getByTestId("undo").isEnabled(), POLL).toBe(true);
    const nk = await entityId(page, "North Korea");
    await page.evaluate((id) => window.__kgx.clickNode(id), nk);
    await expect.poll(() => page.getByTestId("side-panel").getAttribute("data-entity"), POLL).toBe(nk);
    const before = await graphOrder(page);
    await page.getByTestId("expand").click();
    await expect.poll(() => graphOrder(page), POLL).toBeGreaterThan(before);
    await page.screenshot({ path: path.join(SHOTS, "f2-expanded.png") });
    await page.locator("body").press("Control+z");
    await expect.poll(() => graphOrder(page), POLL).toBe(before);
    // Undo the ego view too: the full overview is back.
    await page.getByTestId("undo").click();
    await expect.poll(() => graphOrder(page), POLL).toBeGreaterThan(before);
  });

  it("filters to CONDEMNED only: every drawn edge is CONDEMNED", async () => {
    await page.getByTestId("filters-toggle").click();
    await page.getByTestId("filter-only-CONDEMNED").click();
    await expect.poll(() => page.url(), POLL).toContain("t=CONDEMNED");
    const shown = await page.evaluate(() => window.__kgx.visibleEdgeTypes());
    expect(shown.length).toBeGreaterThan(0);
    for (const e of shown) expect(e.types).toEqual(["CONDEMNED"]);
    const total = await page.evaluate(() => window.__kgx.graph!.size);
    expect(total).toBeGreaterThan(shown.length); // the data is untouched
    await page.screenshot({ path: path.join(SHOTS, "f3-filtered.png") });
  });

  it("opens the evidence of an edge and shows its sentence", async () => {
    // A physical click on the middle of a drawn edge, away from every node disc.
    const target = await page.evaluate(() => {
      const { graph, sigma } = window.__kgx;
      const discs = graph!.mapNodes((id) => ({ p: window.__kgx.nodePosition(id)!, d: sigma!.getNodeDisplayData(id)! }));
      for (const { id } of window.__kgx.visibleEdgeTypes()) {
        const [a, b] = graph!.extremities(id).map((n) => window.__kgx.nodePosition(n)!);
        const x = (a!.clientX + b!.clientX) / 2;
        const y = (a!.clientY + b!.clientY) / 2;
        const box = document.querySelector("[data-testid=graph-canvas]")!.getBoundingClientRect();
        const onScreen = x > box.left + 320 && x < box.right - 10 && y > box.top + 60 && y < box.bottom - 100;
        const free = discs.every(
          ({ p, d }) => d.hidden || Math.hypot(p.clientX - x, p.clientY - y) > sigma!.scaleSize(d.size) + 6,
        );
        if (onScreen && free) return { id, x, y };
      }
      return null;
    });
    const edge = target ?? { id: (await page.evaluate(() => window.__kgx.visibleEdgeTypes()))[0]!.id, x: 0, y: 0 };
    if (target) await page.mouse.click(target.x, target.y);
    else await page.evaluate((key) => window.__kgx.clickEdge(key), edge.id);
    console.log(`e2e: edge opened by ${target ? "a physical click" : "the test hook"}`);
    const panel = page.getByTestId("edge-panel");
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    expect(await panel.getAttribute("data-edge")).toBe(edge.id);
    const sentence = panel.getByTestId("edge-evidence").first();
    expect((await sentence.textContent())?.trim().length).toBeGreaterThan(10);
    expect(await panel.locator("mark.mention").count()).toBeGreaterThan(0);
    expect(await panel.locator("[data-type=CONDEMNED]").count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, "f4-evidence.png") });
  });

  it("the evidence panel lists the claims the filters leave, and the rest on demand", async () => {
    const edge = await edgeWithOtherTypes(page, "CONDEMNED");
    await page.evaluate((key) => window.__kgx.clickEdge(key), edge.id);
    const panel = page.getByTestId("edge-panel");
    await expect.poll(() => panel.getAttribute("data-edge"), POLL).toBe(edge.id);
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    const claims = panel.locator("li[data-claim]");
    const note = panel.getByTestId("edge-hidden-note");
    const hidden = edge.total - edge.matching;
    expect(await claimTypesIn(panel)).toEqual(["CONDEMNED"]);
    expect(await claims.count()).toBe(edge.matching);
    expect(await note.textContent()).toContain(`${hidden} more claim${hidden === 1 ? "" : "s"} hidden by the filters`);
    expect(await panel.getByTestId("edge-counts").textContent()).toMatch(new RegExp(`^${edge.matching} claims? ·`));
    await page.screenshot({ path: path.join(SHOTS, "f4b-evidence-filtered.png") });

    await panel.getByTestId("edge-show-all").click();
    await expect.poll(() => claims.count(), POLL).toBe(edge.total);
    expect(await claimTypesIn(panel)).toEqual(edge.types);
    expect(await panel.locator("li[data-filtered=hidden]").count()).toBe(hidden);
    // The greyed claims are exactly the other types'.
    const greyed = await panel.locator("li[data-filtered=hidden] .arrow").allTextContents();
    for (const arrow of greyed) expect(arrow).not.toContain("CONDEMNED");
    await panel.getByTestId("edge-show-all").click();
    await expect.poll(() => claims.count(), POLL).toBe(edge.matching);
    expect(await claimTypesIn(panel)).toEqual(["CONDEMNED"]);

    // The filters change while the panel is open: it follows them, without closing.
    const other = edge.types.find((t) => t !== "CONDEMNED")!;
    await page.getByTestId(`filter-type-${other}`).check();
    await expect
      .poll(() => claimTypesIn(panel), POLL)
      .toEqual(edge.types.filter((t) => ["CONDEMNED", other].includes(t)));
    expect(await panel.getAttribute("data-edge")).toBe(edge.id);
    await page.getByTestId("filter-only-CONDEMNED").click();
    await expect.poll(() => claimTypesIn(panel), POLL).toEqual(["CONDEMNED"]);
    await expect.poll(() => page.url(), POLL).toMatch(/[?&]t=CONDEMNED(&|$)/);
  });

  it("a reload keeps the URL state: filters and selection", async () => {
    const nk = await entityId(page, "North Korea");
    await page.evaluate((id) => window.__kgx.clickNode(id), nk);
    await expect.poll(() => page.getByTestId("side-panel").getAttribute("data-entity"), POLL).toBe(nk);
    const url = page.url();
    expect(url).toContain("t=CONDEMNED");
    await page.reload();
    await waitForReady(page);
    expect(page.url()).toBe(url);
    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    expect(await panel.getAttribute("data-entity")).toBe(nk);
    const shown = await page.evaluate(() => window.__kgx.visibleEdgeTypes());
    expect(shown.length).toBeGreaterThan(0);
    for (const e of shown) expect(e.types).toEqual(["CONDEMNED"]);
  });

  it("links from the panels keep the filters: to an article, its mentions, and back", async () => {
    const onlyCondemned = async () => {
      await expect.poll(() => page.url(), POLL).toMatch(/[?&]t=CONDEMNED(&|$)/);
      await expect.poll(() => page.evaluate(() => window.__kgx.visibleEdgeTypes().length), POLL).toBeGreaterThan(0);
      const shown = await page.evaluate(() => window.__kgx.visibleEdgeTypes());
      for (const e of shown) expect(e.types).toEqual(["CONDEMNED"]);
    };
    const article = page.getByTestId("article-view");
    const reading = () => expect.poll(() => article.getAttribute("data-state"), POLL).toBe("ready");
    // The entity panel (North Korea, from the previous test) → its first claim's article.
    const nk = await entityId(page, "North Korea");
    await expect.poll(() => page.getByTestId("side-panel").getAttribute("data-state"), POLL).toBe("ready");
    await page.getByTestId("side-panel").getByTestId("article-link").first().click();
    await reading();
    expect(page.url()).toContain("#/article/");
    expect(page.url()).toMatch(/[?&]t=CONDEMNED(&|$)/);
    // Back to the graph: the entity, the filter in the URL and on the canvas.
    await article.getByTestId("back-link").click();
    await expect.poll(() => page.url(), POLL).toContain(`#/entity/${encodeURIComponent(nk)}?`);
    await onlyCondemned();
    expect(await article.isHidden()).toBe(true);

    // The evidence panel's article link, then a mention in the article: the filter follows.
    const edge = await edgeWithOtherTypes(page, "CONDEMNED");
    await page.evaluate((key) => window.__kgx.clickEdge(key), edge.id);
    const panel = page.getByTestId("edge-panel");
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    await panel.getByTestId("edge-article-link").first().click();
    await reading();
    expect(page.url()).toMatch(/[?&]t=CONDEMNED(&|$)/);
    const mention = article.locator("ul.mentions a.party").first();
    const mentioned = await mention.getAttribute("href");
    expect(mentioned).toMatch(/^#\/entity\/[^?]+\?(.*&)?t=CONDEMNED(&|$)/);
    await mention.click();
    await expect.poll(() => page.getByTestId("side-panel").getAttribute("data-state"), POLL).toBe("ready");
    expect(page.url()).toContain(mentioned!);
    await onlyCondemned();

    // Opened on an article (a reload there), Escape returns to the graph the link kept.
    await page.getByTestId("side-panel").getByTestId("article-link").first().click();
    await reading();
    await page.reload();
    await waitForReady(page);
    await reading();
    await page.locator("body").press("Escape");
    await expect.poll(() => page.url(), POLL).toContain("#/entity/");
    await onlyCondemned();
    await page.screenshot({ path: path.join(SHOTS, "f6b-links-keep-filters.png") });
  });

  it("runs the layout in a worker with a visible indicator, and stops it", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({
        type: "longtask",
      });
    });
    const indicator = page.getByTestId("layout-indicator");
    await page.getByTestId("layout-toggle").click();
    await expect.poll(() => indicator.getAttribute("data-running"), POLL).toBe("true");
    expect(await indicator.isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__kgx.layoutPhase())).toBe("forceatlas2");
    await page.screenshot({ path: path.join(SHOTS, "f5-layout.png") });
    await page.getByTestId("layout-toggle").click();
    await expect.poll(() => page.evaluate(() => window.__kgx.layoutPhase()), POLL).toBe("idle");
    expect(await indicator.getAttribute("data-running")).toBe("false");
    const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
    console.log(`e2e: long tasks during layout: ${JSON.stringify(longTasks.map(Math.round))}`);
  });

  it("exports the view as a non-empty PNG", async () => {
    await page.locator("[data-testid=export-menu] > summary").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const file = path.join(SHOTS, "f7-export.png");
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    expect(bytes.length).toBeGreaterThan(1000);
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(pageErrors).toEqual([]);
  });
});
