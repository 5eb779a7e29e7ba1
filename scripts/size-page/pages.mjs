// The kit of the page measurements (the size row, the preload-policy comparison, the benchmark's
// dialog opens): build the two page apps with Vite against the BUILT package, serve them gzip -9
// like a CDN would, route PortOne's CDN script to the fake, and tell "the page has settled" from
// events (requests started and finished, idle periods of the main thread), never from a sleep.
import { readFile } from "node:fs/promises";
import { mkdtempSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build } from "vite";

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
export const CDN = "https://cdn.portone.io/v2/browser-sdk.js";
const FAKE = readFileSync(here("../../bench/fake-portone.js"), "utf8");
export const gzip9 = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Builds one page app (`library` or `hand`) as a merchant's Vite app would, into a temporary folder. */
export async function buildPage(name) {
  const outDir = mkdtempSync(join(tmpdir(), `rpi-size-page-${name}-`));
  await build({
    root: here(`./${name}`),
    configFile: false,
    logLevel: "error",
    plugins: [react()],
    resolve: { alias: [{ find: /^react-portone-inicis$/, replacement: here("../../dist/esm/index.js") }] },
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css" };

/**
 * Serves a built app on 127.0.0.1 with every body gzip -9 (Content-Encoding: gzip), so what crosses
 * the wire is the figure the size row counts, and a throttled network delays what a CDN would send.
 * `isolated` adds COOP + COEP (microsecond timers for the timings).
 */
export async function serveGzip(root, { isolated = false } = {}) {
  const extra = isolated ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" } : {};
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = gzipSync(await readFile(file), { level: 9 });
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", "content-encoding": "gzip", "content-length": body.length, ...extra });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** PortOne's CDN script comes from the fake; anything else off loopback is refused: nothing reaches the internet. */
export async function routeCdn(context) {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) =>
    route.request().url() === CDN
      ? route.fulfill({ status: 200, contentType: "text/javascript", headers: { "cross-origin-resource-policy": "cross-origin" }, body: FAKE })
      : route.abort("blockedbyclient"),
  );
}

/** Counts the context's requests as they start and end; `drained()` resolves when none is in flight. */
export function trackRequests(context) {
  const pending = new Set();
  const ended = [];
  let started = 0;
  let waiters = [];
  context.on("request", (request) => {
    started++;
    pending.add(request);
  });
  const end = (request) => {
    pending.delete(request);
    ended.push(request);
    if (pending.size === 0) {
      waiters.forEach((resolve) => resolve());
      waiters = [];
    }
  };
  context.on("requestfinished", end);
  context.on("requestfailed", end);
  return {
    get started() {
      return started;
    },
    /** Requests that have ended, in the order they ended. */
    ended,
    drained: () => (pending.size === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve))),
  };
}

const idlePeriod = (page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(undefined))));

/**
 * Resolves once the page has settled: an idle period of the main thread (idle callbacks the page
 * registered, such as an idle preload, have run), then no request in flight, then another idle
 * period (the fetched modules have run and their effects committed) during which no request began.
 */
export async function settle(page, tracker) {
  for (;;) {
    const before = tracker.started;
    await idlePeriod(page);
    await tracker.drained();
    await idlePeriod(page);
    if (tracker.started === before) return;
  }
}

/**
 * The same-origin JS files among `requests` (each URL once), with their bytes as served: raw, and
 * gzip -9 (what the server sent; checked against the encoded size Chromium received when it gives one).
 */
export async function jsFiles(requests, origin) {
  const seen = new Map();
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.origin !== origin || !url.pathname.endsWith(".js") || seen.has(url.pathname)) continue;
    const response = await request.response();
    if (!response) continue;
    const body = await response.body();
    const sizes = await request.sizes();
    const gz = gzip9(body);
    if (sizes.responseBodySize > 0 && sizes.responseBodySize !== gz) throw new Error(`${url.pathname}: Chromium received ${sizes.responseBodySize} B, gzip -9 gives ${gz} B`);
    seen.set(url.pathname, { file: url.pathname.slice(1), raw: body.length, gzip: gz });
  }
  return [...seen.values()];
}

/** What a page at `url` fetched before any interaction: its JS files, and whether PortOne's script (excluded) was asked for. */
export async function beforeInteraction(browser, url) {
  const context = await browser.newContext();
  await routeCdn(context);
  const tracker = trackRequests(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForSelector("button");
  await settle(page, tracker);
  const files = await jsFiles(tracker.ended, new URL(url).origin);
  const cdnScript = tracker.ended.some((r) => r.url() === CDN);
  await context.close();
  return { files, total: files.reduce((n, f) => n + f.gzip, 0), cdnScript };
}
