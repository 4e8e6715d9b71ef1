// The login screen in Chromium: with KGX_AUTH_TOKEN set, the explorer redirects to /login, a
// wrong token is refused with a message, and the right one lands on the explorer with its graph.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowserSession, type BrowserSession } from "../support/browser-session.ts";

const EDITOR = "editor-token-e2e-0123456789";
let session: BrowserSession | undefined;
let srv: BrowserSession["server"];
let browser: Browser;
beforeAll(async () => {
  session = await openBrowserSession({ external: false, server: { env: { KGX_AUTH_TOKEN: EDITOR } } });
  ({ server: srv, browser } = session);
});
afterAll(async () => {
  await session?.close();
});

describe("login screen", () => {
  it("asks for the token, refuses a wrong one, and opens the explorer with the right one", async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(srv.url);
    expect(new URL(page.url()).pathname).toBe("/login");
    await page.fill("#token", "not-the-right-token");
    await Promise.all([page.waitForURL(/\/login\?failed/), page.click("button[type=submit]")]);
    expect(await page.textContent("[role=alert]")).toMatch(/not valid/);
    await page.screenshot({ path: process.env.KGX_SCREENSHOT_LOGIN ?? "/tmp/kgx-login.png" });
    await page.fill("#token", EDITOR);
    await Promise.all([page.waitForURL(srv.url), page.click("button[type=submit]")]);
    await page.waitForSelector("[data-testid=graph-canvas] canvas", { timeout: 20_000 });
    const stats = await page.evaluate(async () => (await fetch("/api/stats")).status);
    expect(stats).toBe(200);
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === "kgx_session")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    await page.close();
  });
});
