// End to end on Neo4j: kgx with KGX_STORE=neo4j on the live server and the seeds, in headless Chromium;
// the graph is drawn, a node opens its evidence, the article shows the sentence, the console queries Neo4j.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { UserQueryResult } from "../../server/core/model/types.ts";
import { launchChromium } from "../support/browser.ts";
import { clearNeo4j, describeNeo4jPresence, neo4jEnv, neo4jSkip } from "../support/neo4j-env.ts";
import { startTestServer, type TestServer } from "../support/server.ts";
import { topNodes, waitForReady } from "./page-helpers.ts";

const SHOTS = process.env.KGX_E2E_SHOTS ?? path.join(os.tmpdir(), "kgx-e2e");
const POLL = { timeout: 15_000, interval: 50 };
const CONDEMNED = "MATCH (s:Entity)-[c:CONDEMNED]->(t:Entity) RETURN s, c, t";

describe.skipIf(Boolean(neo4jSkip))("explorer on Neo4j in a browser", () => {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    await clearNeo4j();
    server = await startTestServer({ seeds: true, env: neo4jEnv() });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (err) => pageErrors.push(err.message));
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function api<T>(route: string, body?: unknown): Promise<T> {
    const init = body
      ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
      : {};
    return (await (await fetch(new URL(route, server!.url), init)).json()) as T;
  }

  it("draws the seed graph that Neo4j holds, with its counts", async () => {
    expect(server!.kgx.store.constructor.name).toBe("Neo4jStore");
    await page.goto(server!.url);
    await waitForReady(page);
    const stats = await api<{ articles: number; entities: number; claims: number }>("/api/stats");
    expect(stats.articles).toBe(5);
    await expect.poll(() => page.getByTestId("stats").textContent(), POLL).toContain(`${stats.entities} entities`);
    expect(await page.evaluate(() => window.__kgx.graph?.order ?? 0)).toBe(stats.entities);
    await page.screenshot({ path: path.join(SHOTS, "neo4j-1-graph.png") });
  });

  it("opens a node's evidence and follows it to the article's highlighted sentence", async () => {
    const [hub] = await topNodes(page, 1);
    expect(hub, "a node with claims").toBeDefined();
    await page.mouse.move(hub!.clientX, hub!.clientY);
    await page.mouse.click(hub!.clientX, hub!.clientY);
    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    expect(await panel.getAttribute("data-entity")).toBe(hub!.id);
    expect(await panel.getByTestId("evidence").count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, "neo4j-2-panel.png") });

    await panel.getByTestId("article-link").first().click();
    const view = page.getByTestId("article-view");
    await expect.poll(() => view.getAttribute("data-state"), POLL).toBe("ready");
    await expect.poll(() => view.getByTestId("highlight").count(), POLL).toBe(1);
    expect((await view.getByTestId("highlight").textContent())?.trim().length).toBeGreaterThan(10);
    await view.getByTestId("back-link").click();
    await expect.poll(() => view.isHidden(), POLL).toBe(true);
  });

  it("runs a Cypher query from the console on Neo4j, drawn and listed", async () => {
    const expected = await api<UserQueryResult>("/api/cypher", { query: CONDEMNED, params: {} });
    expect(expected.rows.length).toBeGreaterThan(1);
    await page.getByTestId("cypher-toggle").click();
    const editor = page.getByTestId("cypher-editor").locator(".cm-content");
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.press("Delete");
    await page.keyboard.type(CONDEMNED);
    await page.keyboard.press("Control+Enter");
    const table = page.getByTestId("cypher-table");
    await expect.poll(() => table.locator("tbody tr").count(), POLL).toBe(expected.rows.length);
    expect(await table.locator("tbody").textContent()).toContain("[:CONDEMNED]");
    const ids = expected.graph.nodes.map((n) => n.id);
    const drawn = () => page.evaluate((ids) => ids.filter((id) => window.__kgx.graph?.hasNode(id)).length, ids);
    await expect.poll(drawn, POLL).toBe(ids.length);
    await page.screenshot({ path: path.join(SHOTS, "neo4j-3-console.png") });
    expect(pageErrors).toEqual([]);
  });
});

describeNeo4jPresence("explorer on Neo4j");
