// End to end on a large store: `kgx synth` + `kgx import` just above the focused-start
// threshold, then headless Chromium checks the explorer opens on a partial, focused view
// (not the whole graph), says so, and that search brings in and selects an undrawn entity.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../client/sigma/settings.ts";
import { ROOT } from "../../server/cli/client-build.ts";
import type { CanonicalGraph, Stats } from "../../server/core/model/types.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/server.ts";
import { graphOrder, waitForReady } from "./page-helpers.ts";

const run = promisify(execFile);
const KGX = path.join(ROOT, "bin/kgx.mjs");
/** Just above DEFAULT_SETTINGS.focusedStartAbove once entities without claims are dropped. */
const NODES = 3000;
const EDGES = 9000;
const POLL = { timeout: 15_000, interval: 50 };

async function kgx(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [KGX, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
}

describe("explorer on a large store", () => {
  let dir: string;
  let synth: CanonicalGraph;
  let session: BrowserSession | undefined;
  let server: TestServer | undefined;
  let page: Page;
  let stats: Stats;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "kgx-large-"));
    const file = path.join(dir, "large.json");
    await kgx({}, "synth", "--nodes", String(NODES), "--edges", String(EDGES), "-o", file);
    synth = JSON.parse(fs.readFileSync(file, "utf8")) as CanonicalGraph;
    session = await openBrowserSession({
      external: false,
      server: {
        seeds: false,
        prepare: async (dataPath) => {
          const started = Date.now();
          const { stdout } = await kgx({ KGX_DATA: dataPath }, "import", file);
          console.log(`e2e: kgx import in ${Date.now() - started} ms: ${stdout.trim()}`);
          expect(stdout).toMatch(
            new RegExp(`imported ${synth.articles.length} articles \\(${synth.articles.length} new\\)`),
          );
        },
      },
    });
    server = session.testServer!;
    ({ page, pageErrors } = session);
    stats = await server.kgx.explore.stats();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imported a store above the focused-start threshold", () => {
    expect(stats.entities).toBeGreaterThan(DEFAULT_SETTINGS.focusedStartAbove);
    expect(stats.entities).toBeGreaterThan(DEFAULT_SETTINGS.graphLimit);
    expect(stats.claims).toBe(EDGES);
  });

  it("opens on a focused view of the most mentioned entities, not the whole graph", async () => {
    const started = Date.now();
    await page.goto(server!.url);
    const timings = await waitForReady(page);
    console.log(`e2e: large store ready in ${Date.now() - started} ms (page timings ${JSON.stringify(timings)})`);

    const order = await graphOrder(page);
    expect(order).toBeGreaterThan(0);
    expect(order).toBeLessThanOrEqual(DEFAULT_SETTINGS.graphLimit);
    expect(order).toBeLessThan(stats.entities);
    // Focused on the three most mentioned entities: each is drawn with neighbours, and every
    // drawn node is one of them or next to one (the top-N-by-mentions view would not be).
    const focus = await page.evaluate(async () => {
      const res = await fetch("/api/graph?limit=3");
      const top = ((await res.json()) as { nodes: Array<{ id: string }> }).nodes.map((n) => n.id);
      const g = window.__kgx.graph!;
      const near = new Set(top.filter((id) => g.hasNode(id)).flatMap((id) => [id, ...g.neighbors(id)]));
      return {
        top: top.map((id) => ({ id, degree: g.hasNode(id) ? g.degree(id) : -1 })),
        outside: g.filterNodes((id) => !near.has(id)),
      };
    });
    expect(focus.top).toHaveLength(3);
    for (const t of focus.top) expect(t.degree, `top entity ${t.id} drawn with neighbours`).toBeGreaterThan(0);
    expect(focus.outside.length, `drawn but not next to a top entity: ${focus.outside.slice(0, 5)}`).toBe(0);

    // The UI says the view is partial, while the header counts the whole store.
    const status = page.getByTestId("graph-status");
    await expect.poll(() => status.textContent(), POLL).toContain("graph truncated");
    expect(await status.textContent()).toContain(`${order} entities`);
    const fmt = new Intl.NumberFormat("en");
    await expect
      .poll(() => page.getByTestId("stats").textContent(), POLL)
      .toMatch(new RegExp(`${fmt.format(stats.entities)}\\s*entities`));
  });

  it("search brings an undrawn entity into the graph and selects it", async () => {
    const drawn = new Set(await page.evaluate(() => window.__kgx.graph!.nodes()));
    // States carry their index in their name, so the full name finds exactly this one.
    const withClaims = new Set(synth.relations.flatMap((r) => [r.source, r.target]));
    const target = synth.entities.find((e) => e.label === "State" && withClaims.has(e.id) && !drawn.has(e.id));
    expect(target, "a State with claims that is not drawn").toBeDefined();
    const { id, name } = target!;
    const before = drawn.size;

    const search = page.getByTestId("search");
    await search.click();
    await search.fill(name);
    const option = page.locator(`#search-results [role=option][data-id="${id}"]`);
    await option.waitFor({ state: "visible", timeout: 15_000 });
    await option.locator("button").click();

    const panel = page.getByTestId("side-panel");
    await expect.poll(() => panel.getAttribute("data-entity"), POLL).toBe(id);
    await expect.poll(() => panel.getAttribute("data-state"), POLL).toBe("ready");
    expect(await panel.getByTestId("entity-name").textContent()).toBe(name);
    expect(await panel.getByTestId("evidence").count()).toBeGreaterThan(0);
    expect(decodeURIComponent(page.url())).toContain(`#/entity/${id}`);

    await expect.poll(() => page.evaluate((id) => window.__kgx.graph!.hasNode(id), id), POLL).toBe(true);
    const after = await page.evaluate((id) => {
      const graph = window.__kgx.graph!;
      return { order: graph.order, degree: graph.degree(id) };
    }, id);
    expect(after.order).toBeGreaterThan(before);
    expect(after.degree).toBeGreaterThan(0);
    await expect
      .poll(() => page.evaluate((id) => window.__kgx.sigma!.getNodeDisplayData(id)?.highlighted === true, id), POLL)
      .toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
