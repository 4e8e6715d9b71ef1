// End to end: the Cypher console in headless Chromium on the seeds: a query drawn into the Sigma
// view and the table, :param, a refused write, a syntax error's position, a saved query, truncation.
import fs from "node:fs";
import path from "node:path";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserQueryResult } from "../../server/core/model/types.ts";
import { loadSavedQueries } from "../../server/store/saved-queries.ts";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { waitForReady } from "./page-helpers.ts";

const POLL = { timeout: 15_000, interval: 50 };
const CONDEMNED = "MATCH (s:Entity)-[c:CONDEMNED]->(t:Entity) RETURN s, c, t";

describe("Cypher console in a browser", () => {
  let session: BrowserSession | undefined;
  let server: BrowserSession["server"] | undefined;
  let page: Page;
  let pageErrors: string[] = [];
  const requested: string[] = [];

  beforeAll(async () => {
    session = await openBrowserSession({ viewport: { width: 1400, height: 900 }, context: { acceptDownloads: true } });
    ({ server, page, pageErrors } = session);
    page.setDefaultTimeout(10_000);
    page.on("request", (req) => requested.push(req.url()));
    await page.goto(server.url);
    await waitForReady(page);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  const consoleEl = () => page.getByTestId("cypher-console");
  const table = () => page.getByTestId("cypher-table");
  const finished = async () => Number((await consoleEl().getAttribute("data-finished")) ?? 0);

  /** Replace the editor's text by typing (as a user would), then run it with Ctrl+Enter and wait. */
  async function typeAndRun(...lines: string[]): Promise<string | null> {
    await page.getByTestId("cypher-editor").locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    for (const [i, line] of lines.entries()) {
      if (i > 0) {
        await page.keyboard.press("Escape"); // close the completion list, so Enter is a newline
        await page.keyboard.press("Enter");
      }
      await page.keyboard.type(line);
    }
    const before = await finished();
    await page.keyboard.press("Control+Enter");
    await expect.poll(finished, POLL).toBeGreaterThan(before);
    return consoleEl().getAttribute("data-state");
  }

  async function cypher(query: string, params: Record<string, unknown> = {}): Promise<UserQueryResult> {
    const res = await fetch(new URL("/api/cypher", server!.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, params }),
    });
    return (await res.json()) as UserQueryResult;
  }

  const graphHas = (ids: string[]) =>
    page.evaluate((ids) => ids.filter((id) => window.__kgx.graph?.hasNode(id)).length, ids);

  it("opens from the header and loads the editor lazily", async () => {
    // CodeMirror is not part of the first paint: its chunk is fetched on first open.
    const lazyChunk = () => requested.filter((u) => /console-view-[\w-]+\.js$/.test(u)).length;
    expect(await consoleEl().count()).toBe(0);
    expect(lazyChunk()).toBe(0);
    await page.getByTestId("cypher-toggle").click();
    await consoleEl().waitFor({ state: "visible" });
    await page.getByTestId("cypher-editor").locator(".cm-content").waitFor();
    await expect
      .poll(() => page.getByTestId("saved-queries").locator("li[data-query-id]").count(), POLL)
      .toBe(loadSavedQueries().length);
    expect(lazyChunk()).toBe(1);
  });

  it("runs a query with Ctrl+Enter: rows in the table, nodes drawn in the Sigma view (replace)", async () => {
    const expected = await cypher(CONDEMNED);
    const ids = expected.graph.nodes.map((n) => n.id);
    expect(ids.length).toBeGreaterThan(1);
    const before = await page.evaluate(() => window.__kgx.graph?.nodes() ?? []);
    const outside = before.filter((id) => !ids.includes(id));
    expect(outside.length).toBeGreaterThan(0);

    expect(await page.getByTestId("draw-mode").inputValue()).toBe("replace");
    expect(await typeAndRun(CONDEMNED)).toBe("done");
    expect(await table().locator("tbody tr").count()).toBe(expected.rows.length);
    expect(await table().locator("thead th").allTextContents()).toEqual(["#", "s", "c", "t"]);
    expect(await table().locator("tbody").textContent()).toContain("[:CONDEMNED]");
    await expect.poll(() => graphHas(ids), POLL).toBe(ids.length);
    // Replace: what the view showed before and the result does not contain is gone.
    expect(await graphHas(outside)).toBe(0);
    expect(await page.getByTestId("cypher-timing").textContent()).toMatch(/^\d[\d,]* ms$/);
    expect(await page.getByTestId("cypher-error").isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, "console-1-condemned.png") });
  });

  it("adds to the view in 'add' mode", async () => {
    const condemned = (await cypher(CONDEMNED)).graph.nodes.map((n) => n.id);
    const outlets = (await cypher("MATCH (o:Outlet) RETURN o LIMIT 3")).graph.nodes.map((n) => n.id);
    await page.getByTestId("draw-mode").selectOption("add");
    expect(await typeAndRun("MATCH (o:Outlet) RETURN o LIMIT 3")).toBe("done");
    await expect.poll(() => graphHas(outlets), POLL).toBe(outlets.length);
    expect(await graphHas(condemned)).toBe(condemned.length);
    await page.getByTestId("draw-mode").selectOption("replace");
  });

  it("sets a parameter with :param and uses it as $name", async () => {
    expect(await typeAndRun(':param name => "Choe Son Hui"')).toBe("done");
    expect(await page.getByTestId("cypher-status").textContent()).toContain('Set $name = "Choe Son Hui"');
    expect(await page.getByTestId("cypher-params").inputValue()).toContain('"name": "Choe Son Hui"');
    expect(await typeAndRun("MATCH (s:Entity {name: $name})-[:SAID]->(t) RETURN DISTINCT t.name AS about")).toBe(
      "done",
    );
    const about = await table().locator("tbody td:nth-child(2)").allTextContents();
    expect(about).toContain("Russia");
  });

  it("shows the engine's refusal of a write", async () => {
    expect(await typeAndRun("CREATE (:X)")).toBe("error");
    const error = page.getByTestId("cypher-error");
    expect(await error.isVisible()).toBe(true);
    expect(await error.textContent()).toMatch(/QueryRefused.*read-only/);
    expect(await table().locator("tr").count()).toBe(0);
  });

  it("shows a syntax error's line and column, and marks it in the editor", async () => {
    expect(await typeAndRun("MATCH (n)", "RETURN n.name AS x,, 1")).toBe("error");
    const text = await page.getByTestId("cypher-error").textContent();
    expect(text).toMatch(/QueryRefused \(line 2, column \d+\)/);
    expect(text).toMatch(/syntax error/i);
    expect(text).toContain("RETURN n.name AS x,, 1");
    await page.locator(".cm-cypher-error").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "console-2-syntax-error.png") });
  });

  it("loads a saved query with its parameters, and runs it", async () => {
    const item = page.getByTestId("saved-queries").locator('li[data-query-id="02-everything-said-by"]');
    await item.locator(".cc-saved-title").click();
    await expect.poll(() => page.getByTestId("cypher-editor").textContent()).toContain("[c:SAID]");
    expect(await page.getByTestId("cypher-params").inputValue()).toContain("Choe Son Hui");
    const before = await finished();
    await page.getByTestId("cypher-run").click();
    await expect.poll(finished, POLL).toBeGreaterThan(before);
    expect(await consoleEl().getAttribute("data-state")).toBe("done");
    expect(await table().locator("thead th").allTextContents()).toContain("statement");
    expect(await table().locator("tbody td:nth-child(2)").allTextContents()).toContain("Russia");
    await page.screenshot({ path: path.join(SHOTS, "console-3-saved-query.png") });
  });

  it("a saved query keeps the analyst's parameters and adds only the missing ones", async () => {
    const params = page.getByTestId("cypher-params");
    await params.fill('{"name": "Sergey Lavrov", "mine": 3}');
    const item = page.getByTestId("saved-queries").locator('li[data-query-id="02-everything-said-by"]');
    await item.locator(".cc-saved-title").click();
    await expect.poll(() => page.getByTestId("cypher-editor").textContent()).toContain("[c:SAID]");
    const merged = JSON.parse(await params.inputValue()) as Record<string, unknown>;
    expect(merged.name).toBe("Sergey Lavrov");
    expect(merged.mine).toBe(3);
    await params.fill("");
  });

  it("says in words which clause writes when it refuses a query", async () => {
    expect(await typeAndRun("MATCH (n:Entity)", "SET n.x = 1")).toBe("error");
    expect(await page.getByTestId("cypher-error").textContent()).toContain(
      "This query writes (SET at line 2); the console is read-only",
    );
  });

  it("warns when a label or relationship type does not exist", async () => {
    expect(await typeAndRun("MATCH (n:Persn)-[:SAYS]->(m) RETURN n")).toBe("done");
    const status = (await page.getByTestId("cypher-status").textContent()) ?? "";
    expect(status).toContain("0 rows");
    expect(status).toContain("no label :Persn");
    expect(status).toContain("no relationship type :SAYS");
    await page.screenshot({ path: path.join(SHOTS, "console-4-unknown-label.png") });
    // A real label gives no warning.
    expect(await typeAndRun("MATCH (n:Person) WHERE n.name = 'nobody' RETURN n")).toBe("done");
    expect(await page.getByTestId("cypher-status").textContent()).not.toContain("Warning");
  });

  it("exports the last result as an HTML report", async () => {
    expect(await typeAndRun(CONDEMNED)).toBe("done");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("cypher-export").selectOption("html"),
    ]);
    const file = await download.path();
    const html = fs.readFileSync(file, "utf8");
    expect(download.suggestedFilename()).toMatch(/^kgx-\d{14}\.html$/);
    expect(html).toContain("Cypher query: MATCH (s:Entity)-[c:CONDEMNED]");
    expect(html).toContain("CONDEMNED");
  });

  it("says when the result is truncated", async () => {
    expect(await typeAndRun("UNWIND range(1, 10000) AS i RETURN i")).toBe("done");
    const notice = page.getByTestId("cypher-truncated");
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain("truncated at 5,000 rows");
    expect(await table().locator("tbody tr").count()).toBe(5000);
  });

  it("recalls history with arrow-up, and closes with Ctrl+Shift+K", async () => {
    await page.getByTestId("cypher-editor").locator(".cm-content").click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    await page.keyboard.press("ArrowUp");
    await expect
      .poll(() => page.getByTestId("cypher-editor").locator(".cm-content").textContent())
      .toBe("UNWIND range(1, 10000) AS i RETURN i");
    expect(await page.getByTestId("cypher-history").locator("li").count()).toBeGreaterThanOrEqual(6);
    await page.keyboard.press("Control+Shift+K");
    await consoleEl().waitFor({ state: "hidden" });
    await page.keyboard.press("Control+Shift+K");
    await consoleEl().waitFor({ state: "visible" });
    expect(pageErrors).toEqual([]);
  });
});
