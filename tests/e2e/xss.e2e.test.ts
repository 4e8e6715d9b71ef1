// XSS in the browser: entities and an article whose names and text are HTML. Every panel,
// tooltip, search result, the article view, the overview and the exports must show them
// as text: no element is created from them and no script runs.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleId, claimId, entityId } from "../../server/core/model/ids.ts";
import type { Entity, ExtractedArticle } from "../../server/core/model/types.ts";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";
import type { TestServer } from "../support/server.ts";

const EVIL = "<img src=x onerror=alert(1)>";
const EVIL2 = '"><svg onload=alert(2)>';

function hostileArticle(): ExtractedArticle {
  const text = `${EVIL} reports\n\n${EVIL} reported that ${EVIL2} said nothing. ${EVIL2} condemned ${EVIL}.`;
  const id = articleId(text);
  const outlet: Entity = { id: entityId("Outlet", EVIL), label: "Outlet", name: EVIL, aliases: [EVIL], mentions: 3 };
  const person: Entity = { id: entityId("Person", EVIL2), label: "Person", name: EVIL2, aliases: [EVIL2], mentions: 2 };
  const s1: [number, number] = [text.indexOf("\n\n") + 2, text.indexOf("nothing.") + 8];
  const s2: [number, number] = [s1[1] + 1, text.length];
  const claim = (
    type: "REPORTED" | "CONDEMNED",
    src: Entity,
    dst: Entity,
    i: number,
    [start, end]: [number, number],
  ) => ({
    id: claimId(type, src.id, dst.id, id, i),
    type,
    source: src.id,
    target: dst.id,
    article: id,
    sentence: i,
    start,
    end,
    evidence: text.slice(start, end),
    quote: EVIL,
    confidence: 0.9,
    rule: EVIL2,
  });
  return {
    article: { id, title: EVIL, source: EVIL2, text, sentences: [[0, s1[0] - 2], s1, s2] },
    entities: [outlet, person],
    claims: [claim("REPORTED", outlet, person, 1, s1), claim("CONDEMNED", person, outlet, 2, s2)],
  };
}

let session: BrowserSession | undefined;
let srv: TestServer;
let page: Page;
const dialogs: string[] = [];
const doc = hostileArticle();

beforeAll(async () => {
  session = await openBrowserSession({ external: false });
  srv = session.testServer!;
  page = session.page;
  await srv.kgx.store.upsertArticle(doc);
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(srv.url);
  await page.waitForFunction(() => (window as unknown as { __kgx?: { ready: boolean } }).__kgx?.ready === true);
});
afterAll(async () => {
  await session?.close();
});

const injected = () =>
  page.evaluate(() => document.querySelectorAll("img[src='x'], svg[onload], [onerror], [onload]").length);

describe("hostile names in the explorer", () => {
  it("shows them as text in the entity panel, edge evidence and hover label", async () => {
    const outlet = doc.entities[0]!.id;
    await page.evaluate(
      (id) => (window as unknown as { __kgx: { clickNode(id: string): void } }).__kgx.clickNode(id),
      outlet,
    );
    await page.waitForSelector("[data-testid=side-panel] [data-testid=evidence]");
    expect(await page.textContent("[data-testid=entity-name]")).toContain(EVIL);
    const pos = await page.evaluate(
      (id) =>
        (
          window as unknown as { __kgx: { nodePosition(id: string): { x: number; y: number } | null } }
        ).__kgx.nodePosition(id),
      outlet,
    );
    if (pos) await page.mouse.move(pos.x, pos.y);
    const edge = await page.evaluate((id) => {
      const k = (window as unknown as { __kgx: { graph: { edges(n: string): string[] }; clickEdge(e: string): void } })
        .__kgx;
      const key = k.graph.edges(id)[0]!;
      k.clickEdge(key);
      return key;
    }, outlet);
    expect(edge).toBeTruthy();
    await page.waitForSelector("[data-testid=edge-panel] [data-testid=edge-evidence]");
    expect(await page.textContent("[data-testid=edge-panel]")).toContain(EVIL2);
    expect(await injected()).toBe(0);
  });

  it("shows them as text in search results", async () => {
    await page.fill("[data-testid=search] input, input[data-testid=search]", "img src");
    await page.waitForSelector("[data-testid=search-results] >> text=onerror");
    expect(await injected()).toBe(0);
  });

  it("shows them as text in the article view", async () => {
    await page.goto(`${srv.url}#/article/${doc.article.id}`);
    await page.waitForSelector("[data-testid=article-view] [data-testid=article-text]");
    expect(await page.textContent("[data-testid=article-view]")).toContain(EVIL2);
    expect(await injected()).toBe(0);
  });

  it("keeps them text in every export format and never runs anything", async () => {
    for (const format of ["html", "svg", "md", "gexf", "graphml"]) {
      const res = await fetch(new URL("/api/export", srv.url), {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ format, selection: { ids: doc.entities.map((e) => e.id) } }),
      });
      const body = await res.text();
      expect(body, format).not.toContain("<img src=x");
      expect(body, format).not.toContain("<svg onload");
    }
    expect(dialogs).toEqual([]);
  });
});
