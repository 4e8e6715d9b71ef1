// The e2e files' one set-up: a kgx on the seeds (or KGX_E2E_URL), headless Chromium, a page
// at a given viewport, optionally opened on the app and waited for, and one close for it all.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { waitForReady } from "../e2e/page-helpers.ts";
import { launchChromium } from "./browser.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./server.ts";

/** Where the e2e screenshots go (KGX_E2E_SHOTS, or a temp folder). */
export const SHOTS = process.env.KGX_E2E_SHOTS ?? path.join(os.tmpdir(), "kgx-e2e");

export interface BrowserSessionOptions {
  /** Viewport of the page (default 1400×900). */
  viewport?: { width: number; height: number };
  /** More page options (acceptDownloads…). */
  context?: BrowserContextOptions;
  /** The test server's own options; the default is the seeds. */
  server?: TestServerOptions;
  /** Use KGX_E2E_URL (an already running kgx) when it is set (default true; false for servers a test prepares). */
  external?: boolean;
  /** Open the app at this path (e.g. "/" or "/#/…") and wait until it is ready; none leaves the page blank. */
  open?: string;
}

export interface BrowserSession {
  server: { url: string; close(): Promise<void> };
  /** The in-process server, when the session started one (not with KGX_E2E_URL). */
  testServer: TestServer | null;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page, in order. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowserSession(opts: BrowserSessionOptions = {}): Promise<BrowserSession> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const external = (opts.external ?? true) && process.env.KGX_E2E_URL ? process.env.KGX_E2E_URL : null;
  const testServer = external ? null : await startTestServer({ seeds: true, ...opts.server });
  const server = testServer ?? { url: external!, close: async () => {} };
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: opts.viewport ?? { width: 1400, height: 900 }, ...opts.context });
    const pageErrors: string[] = [];
    page.on("pageerror", (err) => pageErrors.push(err.message));
    if (opts.open !== undefined) {
      await page.goto(server.url + (opts.open === "/" ? "" : opts.open));
      await waitForReady(page);
    }
    const b = browser;
    return {
      server,
      testServer,
      browser: b,
      page,
      pageErrors,
      async close() {
        await b.close();
        await server.close();
      },
    };
  } catch (err) {
    await browser?.close();
    await server.close();
    throw err;
  }
}
