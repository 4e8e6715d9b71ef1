// End to end: an analyst corrects the graph in the browser. Merge two entities in the entity
// panel, reload: still merged; reject a claim: it leaves the graph and the HTML export and is
// listed as rejected; undo brings it back; the review keys; add a claim from an article selection.
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatRoute } from "../../client/state/route/index.ts";
import { openBrowserSession, SHOTS, type BrowserSession } from "../support/browser-session.ts";
import { waitForReady } from "./page-helpers.ts";

const KURSK = "place:kursk-589386da";
const REGION = "place:kursk-region-cdcdb11d";
const POLL = { timeout: 15_000, interval: 100 };

describe("corrections in a browser", () => {
  let session: BrowserSession | undefined;
  let server: BrowserSession["server"];
  let page: Page;
  let errors: string[] = [];
  const shot = (name: string) => page.screenshot({ path: path.join(SHOTS, `corrections-${name}.png`) });
  const api = (route: string, body?: unknown) =>
    page.evaluate(
      async ([r, b]) => {
        const res = await fetch(
          r as string,
          b ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(b) } : {},
        );
        return { status: res.status, text: await res.text() };
      },
      [route, body] as const,
    );
  const openEntity = async (id: string) => {
    await page.goto("about:blank"); // a new document: a hash-only change would keep the old page state
    await page.goto(server.url + formatRoute({ view: "graph", entity: id }));
    await waitForReady(page);
    await page.waitForSelector(`[data-testid=side-panel][data-state=ready][data-entity="${id}"]`);
  };

  beforeAll(async () => {
    // Its own server always (not KGX_E2E_URL): the tests change the graph.
    session = await openBrowserSession({ viewport: { width: 1400, height: 900 }, external: false });
    ({ server, page, pageErrors: errors } = session);
  }, 180_000);
  afterAll(async () => {
    await session?.close();
  });

  it("merges two entities in the entity panel; after a reload they are still one", async () => {
    await openEntity(REGION);
    await page.click("[data-testid=entity-correct] summary");
    await page.fill("[data-testid=merge-search]", "Kursk");
    await page.waitForSelector(`[data-testid=merge-results] button[data-id="${KURSK}"]`);
    await shot("merge-panel");
    await Promise.all([
      page.waitForEvent("load"),
      page.click(`[data-testid=merge-results] button[data-id="${KURSK}"]`),
    ]);
    await waitForReady(page);
    await page.waitForSelector("[data-testid=correction-notice]");
    await page.reload();
    await waitForReady(page);
    await page.waitForSelector(`[data-testid=side-panel][data-state=ready]`);
    expect(await page.textContent("[data-testid=side-panel] .aliases")).toContain("Kursk");
    expect(await page.evaluate((id) => window.__kgx.graph?.hasNode(id), KURSK)).toBe(false);
    expect(JSON.parse((await api(`/api/entities/${KURSK}`)).text).entity.id).toBe(REGION);
    await shot("merged");
  });

  it("rejects a claim: it leaves the panel, the graph and the HTML export, is listed as rejected, and undo restores it", async () => {
    await openEntity(REGION);
    const claim = (await page.getAttribute("[data-testid=side-panel] li.claim", "data-claim")) as string;
    const exportHtml = async () => (await api("/api/export", { format: "html", selection: { all: true } })).text;
    expect(await exportHtml()).toContain(claim);
    const before = JSON.parse((await api("/api/stats")).text).claims;
    await page.click(`li.claim[data-claim="${claim}"] [data-testid=reject-claim]`);
    await page.fill(`li.claim[data-claim="${claim}"] [data-testid=reject-note]`, "not what the article says");
    await Promise.all([
      page.waitForEvent("load"),
      page.click(`li.claim[data-claim="${claim}"] [data-testid=reject-confirm]`),
    ]);
    await waitForReady(page);
    await page.waitForSelector(`[data-testid=side-panel][data-state=ready]`);
    expect(await page.$(`li.claim[data-claim="${claim}"]`)).toBeNull();
    expect(JSON.parse((await api("/api/stats")).text).claims).toBe(before - 1);
    expect(await exportHtml()).not.toContain(claim);
    await page.click("[data-testid=open-corrections]");
    await page.waitForSelector(`[data-testid=rejected] li[data-claim="${claim}"]`);
    expect(await page.textContent(`[data-testid=rejected] li[data-claim="${claim}"]`)).toContain(
      "not what the article says",
    );
    await shot("review");
    await page.click("[data-testid=close-corrections]");
    await Promise.all([page.waitForEvent("load"), page.click("[data-testid=undo-correction]")]);
    await waitForReady(page);
    await page.waitForSelector(`li.claim[data-claim="${claim}"]`, POLL);
    expect(JSON.parse((await api("/api/stats")).text).claims).toBe(before);
    expect(await exportHtml()).toContain(claim);
  });

  it("the review queue: a confirms the current claim (reviewed mark), u undoes it; duplicates and history render", async () => {
    await page.goto(server.url);
    await waitForReady(page);
    await page.click("[data-testid=open-corrections]");
    await page.waitForSelector("[data-testid=review-queue] li.current");
    await page.keyboard.press("j");
    const second = await page.getAttribute("[data-testid=review-queue] li.current", "data-claim");
    await page.keyboard.press("a");
    await page.waitForFunction(
      (id) => !document.querySelector(`[data-testid=review-queue] li[data-claim="${id}"]`),
      second,
    );
    const list = JSON.parse((await api("/api/corrections")).text).corrections;
    expect(list.at(-1).change).toMatchObject({ kind: "confirm", claim: second });
    await page.keyboard.press("u");
    await page.waitForSelector(`[data-testid=review-queue] li[data-claim="${second}"]`);
    await page.click("[data-testid=tab-duplicates]");
    await page.waitForSelector("[data-testid=corrections-body][data-state=ready]");
    await shot("duplicates");
    await page.click("[data-testid=tab-history]");
    await page.waitForSelector("[data-testid=history] li");
    await shot("history");
  });

  it("merging entities of different labels asks which label to keep, and writes nothing until then", async () => {
    await openEntity(REGION);
    const before = (await api("/api/corrections")).text;
    await page.click("[data-testid=entity-correct] summary");
    await page.fill("[data-testid=merge-search]", "Ukraine");
    const ukraine = "[data-testid=merge-results] button:text-is('Ukraine (State)')";
    await page.waitForSelector(ukraine);
    await page.click(ukraine);
    await page.waitForSelector("[data-testid=merge-label]");
    expect(await page.textContent("[data-testid=entity-correct]")).toContain("which label");
    expect((await api("/api/corrections")).text).toBe(before);
    await shot("merge-label");
  });

  it("confirms a claim in the edge panel: it carries the reviewed mark", async () => {
    await page.goto(server.url);
    await waitForReady(page);
    const [s, t] = await page.evaluate(() => window.__kgx.graph!.extremities(window.__kgx.graph!.edges()[0]!));
    await page.goto(`${server.url}#/?e=${encodeURIComponent(`${s}\u0000${t}`)}`);
    await waitForReady(page);
    await page.waitForSelector("[data-testid=edge-panel][data-state=ready] li.claim");
    const claim = (await page.getAttribute("[data-testid=edge-panel] li.claim", "data-claim")) as string;
    await Promise.all([
      page.waitForEvent("load"),
      page.click(`[data-testid=edge-panel] li.claim[data-claim="${claim}"] [data-testid=confirm-claim]`),
    ]);
    await waitForReady(page);
    await page.waitForSelector(`[data-testid=edge-panel] li.claim[data-claim="${claim}"] [data-testid=reviewed]`, POLL);
    await shot("edge-reviewed");
  });

  it("adds a missing claim from a selection in the article view, with exact offsets", async () => {
    await page.goto(server.url);
    const detail = JSON.parse((await api(`/api/entities/${REGION}`)).text);
    const articleId = detail.articles[0].id as string;
    const art = JSON.parse((await api(`/api/articles/${articleId}`)).text);
    await page.goto(server.url + formatRoute({ view: "article", id: articleId, span: null, from: null }));
    await page.waitForSelector("[data-testid=article-view][data-state=ready]");
    const [s, e] = art.sentences[1] as [number, number];
    const [start, end] = [s, Math.min(e, s + 40)];
    await page.evaluate(
      ([a, b]) => {
        const root = document.querySelector("[data-testid=article-text]") as HTMLElement;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = n.textContent?.length ?? 0;
          if (seen <= a! && a! <= seen + len) range.setStart(n, a! - seen);
          if (seen <= b! && b! <= seen + len) {
            range.setEnd(n, b! - seen);
            break;
          }
          seen += len;
        }
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        root.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      },
      [start, end],
    );
    await page.waitForSelector("[data-testid=add-claim-submit]", { timeout: 5000 });
    await page.selectOption("[data-testid=add-type]", "CONDEMNED");
    await shot("add-claim");
    const source = await page.inputValue("[data-testid=add-source]");
    await page.click("[data-testid=add-claim-submit]");
    await page.waitForSelector("[data-testid=correction-notice]");
    const claims = JSON.parse((await api(`/api/entities/${source}`)).text).claims;
    const added = claims.find((c: { rule: string }) => c.rule === "analyst");
    expect(added).toMatchObject({ start, end, evidence: art.text.slice(start, end), type: "CONDEMNED" });
    expect(errors).toEqual([]);
  });
});
