// End to end in a browser: "Add news" takes two dropped files and one URL served by a local
// page server (loopback, KGX_FETCH_ALLOW_PRIVATE=1); the counts and graph update without a
// reload; the article list shows the page's publisher and date; deleting returns the counts.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { startTestServer } from "../support/server.ts";
import { waitForReady } from "./page-helpers.ts";

const POLL = { timeout: 30_000, interval: 100 };

const PAGE = `<!doctype html><html><head><title>Mongolia and Chile | Loopback Gazette</title>
<meta property="og:site_name" content="Loopback Gazette">
<meta property="article:published_time" content="2024-11-05T08:00:00Z">
<meta name="author" content="Ann Reporter"></head>
<body><nav>Home · World</nav><article><h1>Mongolia condemns Chile over border claim</h1>
<p>Mongolia condemned Chile on Tuesday after a dispute over fishing rights, the foreign ministry in Ulaanbaatar said.</p>
<p>Chile said it would raise the matter at the United Nations Security Council next week, officials told reporters.</p>
</article><footer>© Loopback Gazette</footer></body></html>`;

const FILES = [
  {
    name: "paraguay.txt",
    text: "Paraguay and Uruguay\n\nParaguay condemned Uruguay on Monday over a river dam, the government in Asuncion said.",
  },
  {
    name: "iceland.md",
    text: "---\npublisher: Nordic Wire\ndate: 2024-10-02\n---\n# Iceland talks\n\nIceland condemned Norway over whaling quotas on Wednesday, officials said.",
  },
];

type Counts = { articles: number; entities: number; claims: number };

async function headerCounts(page: Page): Promise<Counts> {
  return page.evaluate(() => {
    const n = (what: string) =>
      Number(document.querySelector(`[data-count=${what}] strong`)?.textContent?.replace(/\D/g, "") ?? NaN);
    return { articles: n("articles"), entities: n("entities"), claims: n("claims") };
  });
}

describe("adding news in the explorer", () => {
  let session: BrowserSession | undefined;
  let server: BrowserSession["server"];
  let pages: http.Server;
  let pageUrl = "";
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    pages = http.createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    });
    await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
    pageUrl = `http://127.0.0.1:${(pages.address() as AddressInfo).port}/world/mongolia-chile`;
    session = await openBrowserSession({ external: false, server: { env: { KGX_FETCH_ALLOW_PRIVATE: "1" } } });
    ({ server, page, pageErrors } = session);
    page.on("dialog", (d) => void d.accept());
    await page.goto(server.url);
    await waitForReady(page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await new Promise<void>((resolve) => pages.close(() => resolve()));
  });

  const apiStats = async (): Promise<Counts> => {
    const s = await (await fetch(new URL("/api/stats", server.url))).json();
    return { articles: s.articles, entities: s.entities, claims: s.claims };
  };

  it("drops two files and one URL; each gets a result; counts and graph update without a reload", async () => {
    const before = await headerCounts(page);
    expect(before).toEqual(await apiStats());
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 42));
    await page.getByTestId("add-news-toggle").click();
    const drop = page.getByTestId("news-drop");
    const transfer = await page.evaluateHandle((files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([f.text], f.name, { type: "text/plain" }));
      return dt;
    }, FILES);
    await drop.dispatchEvent("drop", { dataTransfer: transfer });
    await page.getByTestId("news-urls").fill(pageUrl);
    await page.screenshot({ path: path.join(SHOTS, "n1-add-news-queued.png") });
    await page.getByTestId("news-add").click();
    const items = page.locator("[data-testid=news-items] li");
    await expect
      .poll(() => items.evaluateAll((li) => li.map((x) => (x as HTMLElement).dataset.status)), POLL)
      .toEqual(["new", "new", "new"]);
    expect(await page.getByTestId("news-summary").textContent()).toBe("3 new, 0 unchanged, 0 failed");
    expect(await items.nth(2).textContent()).toMatch(/Loopback Gazette, 2024-11-05/);
    await page.screenshot({ path: path.join(SHOTS, "n2-add-news-done.png") });

    await expect.poll(() => headerCounts(page), POLL).toEqual(await apiStats());
    const after = await headerCounts(page);
    expect(after.articles).toBe(before.articles + 3);
    expect(after.claims).toBeGreaterThan(before.claims);
    const names = () => page.evaluate(() => window.__kgx.graph!.mapNodes((_, a) => a.name as string));
    await expect.poll(async () => (await names()).includes("Mongolia"), POLL).toBe(true);
    expect(await names()).toContain("Paraguay");
    expect(await page.evaluate(() => (window as unknown as { __marker: number }).__marker)).toBe(42);
    // The claim's corroboration counts the page's publisher as its outlet.
    await page.evaluate(() => {
      const g = window.__kgx.graph!;
      const id = (name: string) => g.findNode((_, a) => a.name === name)!;
      window.__kgx.clickEdge!(g.edge(id("Mongolia"), id("Chile")) ?? g.edge(id("Chile"), id("Mongolia"))!);
    });
    await expect.poll(() => page.getByTestId("edge-counts").textContent(), POLL).toMatch(/· 1 outlet, 1 article/);
    expect(await page.getByTestId("edge-outlet").first().textContent()).toBe("Loopback Gazette");
    await page.screenshot({ path: path.join(SHOTS, "n2b-edge-corroboration.png") });
    await page.keyboard.press("Escape");
    await page.getByTestId("add-news-toggle").click();

    // The same file again is "unchanged"; a refused URL fails with the reason.
    await page.getByTestId("news-urls").fill("file:///etc/passwd");
    await page.getByTestId("news-text").fill(FILES[0]!.text);
    await page.getByTestId("news-add").click();
    await expect.poll(() => page.getByTestId("news-summary").textContent(), POLL).toBe("3 new, 1 unchanged, 1 failed");
    expect(await items.nth(4).textContent()).toMatch(/failed: fetch: only http and https/);
    await page.keyboard.press("Escape");
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SHOTS, "n3-graph-after-news.png") });
    expect(pageErrors).toEqual([]);
  });

  it("lists articles with publisher and date from the page's meta tags, sorted and searched", async () => {
    await page.getByTestId("articles-toggle").click();
    const table = page.getByTestId("articles-table");
    await expect.poll(() => table.locator("tbody tr").count(), POLL).toBe(8);
    await page.screenshot({ path: path.join(SHOTS, "n4-articles.png") });
    const gazette = table.locator("tbody tr", { hasText: "Loopback Gazette" });
    expect(await gazette.locator("[data-col=publisher]").textContent()).toBe("Loopback Gazette");
    expect(await gazette.locator("[data-col=date]").textContent()).toBe("2024-11-05");
    expect(await gazette.textContent()).toContain("Mongolia condemns Chile over border claim");
    const nordic = table.locator("tbody tr", { hasText: "Nordic Wire" });
    expect(await nordic.locator("[data-col=date]").textContent()).toBe("2024-10-02");
    const seed = table.locator("tbody tr", { hasText: "We Will Back Russia" });
    expect(await seed.locator("[data-col=date]").textContent()).toMatch(/\(ingested\)$/);

    await table.locator("th button[data-sort=publisher]").click();
    const publishers = await table.locator("tbody [data-col=publisher]").allTextContents();
    expect(publishers.slice(0, 2)).toEqual(["Loopback Gazette", "Nordic Wire"]);
    await page.getByTestId("articles-search").fill("gazette");
    await expect.poll(() => table.locator("tbody tr").count(), POLL).toBe(1);
    await page.getByTestId("articles-search").fill("");
  });

  it("a click on a title opens the article view", async () => {
    const table = page.getByTestId("articles-table");
    await table.locator("tbody tr", { hasText: "Loopback Gazette" }).locator("a").first().click();
    await expect.poll(() => page.url(), POLL).toMatch(/#\/article\/a_/);
    await expect
      .poll(() => page.getByTestId("articles-view").evaluate((d) => (d as HTMLDialogElement).open))
      .toBe(false);
    await expect.poll(() => page.locator("body").textContent(), POLL).toContain("Mongolia condemned Chile");
    await page.screenshot({ path: path.join(SHOTS, "n5-article-view.png") });
    await page.goBack();
    await waitForReady(page);
  });

  it("deleting articles from the list takes their claims out; the counts return to what they were", async () => {
    const start = await apiStats();
    await page.getByTestId("articles-toggle").click();
    const table = page.getByTestId("articles-table");
    await expect.poll(() => table.locator("tbody tr").count(), POLL).toBe(8);
    await table.locator("tbody tr", { hasText: "Loopback Gazette" }).getByTestId("article-delete").click();
    await expect.poll(() => table.locator("tbody tr").count(), POLL).toBe(7);
    await expect.poll(() => headerCounts(page), POLL).toEqual(await apiStats());
    expect((await apiStats()).articles).toBe(start.articles - 1);
    const names = () => page.evaluate(() => window.__kgx.graph!.mapNodes((_, a) => a.name as string));
    await expect.poll(async () => (await names()).includes("Mongolia"), POLL).toBe(false);
    for (const who of ["Nordic Wire", "Paraguay and Uruguay"]) {
      const n = await table.locator("tbody tr").count();
      await table.locator("tbody tr", { hasText: who }).getByTestId("article-delete").click();
      await expect.poll(() => table.locator("tbody tr").count(), POLL).toBe(n - 1);
    }
    await expect
      .poll(() => headerCounts(page), POLL)
      .toEqual({
        articles: start.articles - 3,
        entities: expect.any(Number),
        claims: expect.any(Number),
      });
    // The seeds alone again: the same counts as a fresh store with the seeds.
    const seedsOnly = await startTestServer({ seeds: true, client: false });
    try {
      const fresh = await (await fetch(new URL("/api/stats", seedsOnly.url))).json();
      expect(await headerCounts(page)).toEqual({
        articles: fresh.articles,
        entities: fresh.entities,
        claims: fresh.claims,
      });
    } finally {
      await seedsOnly.close();
    }
    await page.keyboard.press("Escape");
  });

  it("the timeline strip brushes a period that filters the graph and lives in the URL", async () => {
    const strip = page.getByTestId("timeline");
    await expect.poll(() => strip.locator("svg g[data-start]").count(), POLL).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "n6-timeline.png") });
    const visible = () => page.evaluate(() => window.__kgx.visibleEdgeTypes!().length);
    const all = await visible();
    expect(all).toBeGreaterThan(0);
    // A period with no claims at all: brushing it hides every edge.
    await page.evaluate(() => {
      window.location.hash = "#/?p=1990-01-01..1990-01-31";
    });
    await expect.poll(visible, POLL).toBe(0);
    expect(await page.getByTestId("timeline-period").textContent()).toBe("1990-01-01 → 1990-01-31");
    // Brushing the bars by dragging sets the period in the URL, and the graph shows its claims again.
    const bars = strip.locator("svg");
    const box = (await bars.boundingBox())!;
    await page.mouse.move(box.x + 2, box.y + 20);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + 20, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.url(), POLL).toMatch(/p=\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}/);
    await expect.poll(visible, POLL).toBe(all);
    await page.screenshot({ path: path.join(SHOTS, "n7-timeline-brushed.png") });
    await strip.getByText("All dates").click();
    await expect.poll(() => page.url(), POLL).not.toMatch(/p=/);
    expect(pageErrors).toEqual([]);
  });
});
