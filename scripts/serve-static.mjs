// One static file server for the e2e page, the benchmark page and the built Storybook: 127.0.0.1
// only, an ephemeral port unless given, paths kept inside the folder.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
};

/**
 * Serves `root` on 127.0.0.1. With `spa`, unknown paths get index.html (a page that reads its own
 * URL, like a redirect landing page). With `isolated`, the page is cross-origin isolated (COOP +
 * COEP), which gives `performance.now()` microsecond resolution instead of 100 µs: the benchmark.
 */
export async function serveStatic(root, { port = 0, spa = false, isolated = false } = {}) {
  const extra = isolated ? { "cross-origin-opener-policy": "same-origin", "cross-origin-embedder-policy": "require-corp" } : {};
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(root, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...extra });
      res.end(body);
    } catch {
      if (spa) {
        try {
          const body = await readFile(join(root, "index.html"));
          res.writeHead(200, { "content-type": TYPES[".html"], ...extra });
          res.end(body);
          return;
        } catch {
          /* fall through to 404 */
        }
      }
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, server };
}
