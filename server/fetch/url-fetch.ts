// Fetches a web page for ingest behind an SSRF guard: http(s) only; every address is checked
// after DNS resolution and again after every redirect; a time limit and a size cap.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { FetchFailed, FetchRefused, FetchTooLarge } from "../core/errors.ts";
import type { FetchedPage } from "../core/service-ports.ts";
import { classifyAddress, type AddressClass } from "./address-class.ts";

export interface FetchOptions {
  /** Whole fetch, redirects included. */
  timeoutMs: number;
  maxBytes: number;
  /** KGX_FETCH_ALLOW_PRIVATE=1: loopback, private and link-local addresses may be fetched. */
  allowPrivate: boolean;
  maxRedirects?: number;
  /** The address classifier (tests stand a loopback server in for a public host with it). */
  classify?: (address: string) => AddressClass;
}

export type { FetchedPage };

const ACCEPTED = /^(text\/html|application\/xhtml\+xml|text\/plain|text\/markdown)\b/i;

/** Refuses anything but http(s) URLs, before any I/O. */
export function checkUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefused(`fetch: not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefused(`fetch: only http and https URLs can be fetched, not ${url.protocol}`);
  }
  if (url.username || url.password) throw new FetchRefused("fetch: URLs with credentials are refused");
  return url;
}

function allowed(address: string, opts: FetchOptions): boolean {
  const kind = (opts.classify ?? classifyAddress)(address);
  return kind !== "invalid" && (kind === "public" || opts.allowPrivate);
}

function refuseAddress(host: string, address: string, opts: FetchOptions): FetchRefused {
  return new FetchRefused(
    `fetch: ${host} is a ${(opts.classify ?? classifyAddress)(address)} address (${address}); ` +
      "set KGX_FETCH_ALLOW_PRIVATE=1 to fetch from loopback or private networks",
  );
}

/** A dns.lookup that fails unless every resolved address is allowed, so the socket connects only to checked ones. */
function guardedLookup(opts: FetchOptions): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => !allowed(a.address, opts));
      if (bad) return callback(refuseAddress(hostname, bad.address, opts) as NodeJS.ErrnoException, "", 0);
      if (list.length === 0) return callback(new Error(`no address for ${hostname}`), "", 0);
      if ((options as dns.LookupOptions).all) return callback(null, list as never);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function requestOnce(url: URL, opts: FetchOptions, signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !allowed(host, opts)) return Promise.reject(refuseAddress(host, host, opts));
  const get = url.protocol === "https:" ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(
      url,
      {
        lookup: guardedLookup(opts),
        signal,
        headers: { "user-agent": "kgx/0.1 (news knowledge graph)", accept: "text/html,text/plain;q=0.9,*/*;q=0.1" },
      },
      resolve,
    );
    req.once("error", reject);
  });
}

async function readCapped(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers["content-length"] ?? NaN);
  if (declared > maxBytes) {
    res.destroy();
    throw new FetchTooLarge(`fetch: the page is ${declared} bytes; the limit is ${maxBytes}`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      throw new FetchTooLarge(`fetch: the page is over the ${maxBytes}-byte limit`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function charsetOf(contentType: string): string {
  const m = /charset=["']?([\w-]+)/i.exec(contentType);
  return m?.[1]?.toLowerCase() ?? "utf-8";
}

/** Loads a page; throws FetchRefused, FetchFailed or FetchTooLarge with a clear message. */
export async function fetchPage(raw: string, opts: FetchOptions): Promise<FetchedPage> {
  let url = checkUrl(raw);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    for (let hop = 0; ; hop++) {
      const res = await requestOnce(url, opts, controller.signal);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= (opts.maxRedirects ?? 5)) throw new FetchFailed(`fetch: too many redirects from ${raw}`);
        url = checkUrl(new URL(res.headers.location, url).toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchFailed(`fetch: ${url.toString()} answered HTTP ${status}`);
      }
      const contentType = String(res.headers["content-type"] ?? "text/html");
      if (!ACCEPTED.test(contentType)) {
        res.destroy();
        throw new FetchFailed(`fetch: ${url.toString()} is ${contentType.split(";")[0]}, not an HTML or text page`);
      }
      const bytes = await readCapped(res, opts.maxBytes);
      let body: string;
      try {
        body = new TextDecoder(charsetOf(contentType)).decode(bytes);
      } catch {
        body = new TextDecoder("utf-8").decode(bytes);
      }
      return { url: url.toString(), contentType, body };
    }
  } catch (err) {
    if (err instanceof FetchRefused || err instanceof FetchFailed || err instanceof FetchTooLarge) throw err;
    if (controller.signal.aborted) throw new FetchFailed(`fetch: ${raw} timed out after ${opts.timeoutMs} ms`);
    const e = err as NodeJS.ErrnoException;
    throw new FetchFailed(`fetch: ${raw} could not be loaded (${e.code ?? e.message})`);
  } finally {
    clearTimeout(timer);
  }
}
