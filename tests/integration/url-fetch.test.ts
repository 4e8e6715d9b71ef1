// The URL fetcher end to end against real HTTP servers this test starts on 127.0.0.1 only:
// it refuses file:, loopback without the allow flag, and redirects to loopback; it stops a
// slow server at the time limit and a 50 MB page at the size cap, each with a clear error.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchFailed, FetchRefused, FetchTooLarge } from "../../server/core/errors.ts";
import { classifyAddress } from "../../server/fetch/address-class.ts";
import { fetchPage, type FetchOptions } from "../../server/fetch/url-fetch.ts";

const PAGE =
  '<html><head><meta property="og:site_name" content="Loopback Times"></head>' +
  "<body><article><p>The European Union condemned Russia on Monday.</p></article></body></html>";

let hits: string[] = [];
let base = "";
let server: http.Server;
const MB = 1024 * 1024;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    if (req.url === "/page") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE);
    } else if (req.url === "/to-page") {
      res.writeHead(302, { location: "/page" });
      res.end();
    } else if (req.url?.startsWith("/redirect?to=")) {
      res.writeHead(301, { location: decodeURIComponent(req.url.slice("/redirect?to=".length)) });
      res.end();
    } else if (req.url === "/slow") {
      res.writeHead(200, { "content-type": "text/html" });
      res.write("<html>"); // and never finishes
    } else if (req.url === "/huge" || req.url === "/huge-declared") {
      const headers: http.OutgoingHttpHeaders = { "content-type": "text/html" };
      if (req.url === "/huge-declared") headers["content-length"] = 50 * MB;
      res.writeHead(200, headers);
      const chunk = Buffer.alloc(MB, "a");
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once("drain", pump);
      };
      res.on("error", () => undefined);
      pump();
    } else if (req.url === "/image") {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.alloc(10));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const allow: FetchOptions = { timeoutMs: 2_000, maxBytes: 5 * MB, allowPrivate: true };
const deny: FetchOptions = { ...allow, allowPrivate: false };
/** 127.0.0.1 stands in for a public host; every other address keeps its real class. */
const asPublic: FetchOptions = {
  ...deny,
  classify: (a) => (a === "127.0.0.1" ? "public" : classifyAddress(a)),
};

async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error("expected the fetch to fail");
}

describe("fetchPage", () => {
  it("loads a page from loopback when KGX_FETCH_ALLOW_PRIVATE is set, following redirects", async () => {
    const page = await fetchPage(`${base}/to-page`, allow);
    expect(page.url).toBe(`${base}/page`);
    expect(page.body).toContain("Loopback Times");
  });

  it.each(["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)", "data:text/html,hi", "not a url"])(
    "refuses %s before any I/O",
    async (url) => {
      const err = await failure(fetchPage(url, allow));
      expect(err).toBeInstanceOf(FetchRefused);
      expect(err.message).toMatch(/^fetch: (only http and https|not a URL)/);
    },
  );

  it("refuses http://127.0.0.1 without the allow flag, and sends it nothing", async () => {
    hits = [];
    const err = await failure(fetchPage(`${base}/page`, deny));
    expect(err).toBeInstanceOf(FetchRefused);
    expect(err.message).toMatch(/loopback address \(127\.0\.0\.1\).*KGX_FETCH_ALLOW_PRIVATE=1/);
    expect(hits).toEqual([]);
  });

  it("checks the address after DNS resolution: localhost is refused", async () => {
    hits = [];
    const port = new URL(base).port;
    const err = await failure(fetchPage(`http://localhost:${port}/page`, deny));
    expect(err).toBeInstanceOf(FetchRefused);
    expect(err.message).toMatch(/localhost is a loopback address/);
    expect(hits).toEqual([]);
  });

  it.each(["http://127.0.0.2:9/x", "http://[::1]:9/x", "http://[::ffff:127.0.0.1]:9/x", "http://127.1.2.3:9/x"])(
    "refuses a redirect to loopback (%s) after following the first hop",
    async (target) => {
      hits = [];
      const err = await failure(fetchPage(`${base}/redirect?to=${encodeURIComponent(target)}`, asPublic));
      expect(err).toBeInstanceOf(FetchRefused);
      expect(err.message).toMatch(/loopback address/);
      expect(hits).toHaveLength(1);
    },
  );

  it("refuses a redirect to a file: URL", async () => {
    const err = await failure(fetchPage(`${base}/redirect?to=${encodeURIComponent("file:///etc/passwd")}`, asPublic));
    expect(err).toBeInstanceOf(FetchRefused);
  });

  it("stops a slow server at the time limit", async () => {
    const started = Date.now();
    const err = await failure(fetchPage(`${base}/slow`, { ...allow, timeoutMs: 300 }));
    expect(err).toBeInstanceOf(FetchFailed);
    expect(err.message).toMatch(/timed out after 300 ms/);
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it.each(["/huge", "/huge-declared"])("stops a 50 MB page at the size cap (%s)", async (route) => {
    const err = await failure(fetchPage(`${base}${route}`, allow));
    expect(err).toBeInstanceOf(FetchTooLarge);
    expect(err.message).toMatch(/limit/);
  });

  it("refuses a page that is not HTML or text, and an HTTP error status", async () => {
    expect(await failure(fetchPage(`${base}/image`, allow))).toBeInstanceOf(FetchFailed);
    const missing = await failure(fetchPage(`${base}/missing`, allow));
    expect(missing).toBeInstanceOf(FetchFailed);
    expect(missing.message).toMatch(/HTTP 404/);
  });
});
