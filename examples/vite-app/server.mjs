// @ts-check
// The Vite app's server: serves the built page (dist/), the three endpoints it calls and GET /api/orders/{paymentId}, on
// node:http with react-portone-inicis/server. Orders live in a database (db.mjs): an embedded
// PGlite by default, any Postgres when DATABASE_URL is set; run several of these processes on one
// Postgres and each order is still fulfilled once.
//
//   npm run build && PORTONE_API_SECRET=... PORTONE_WEBHOOK_SECRET=whsec_... npm start
//
// Also reads PORTONE_STORE_ID, PORTONE_API_BASE_URL (a stand-in of PortOne's API, for tests),
// PORTONE_ALLOW_TEST_CHANNEL=1 (accept payments made on a test channel), DATABASE_URL,
// PGLITE_DATA_DIR (keep PGlite's data on disk; in memory without it), HOST and PORT.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createInicisServer, toNodeHandler } from "react-portone-inicis/server";
import { itemFor } from "./catalog.mjs";
import { openOrders } from "./db.mjs";

const env = process.env;
if (!env.PORTONE_API_SECRET || !env.PORTONE_WEBHOOK_SECRET) {
  console.error("Set PORTONE_API_SECRET and PORTONE_WEBHOOK_SECRET (PortOne console > 결제연동 > 연동 정보).");
  process.exit(1);
}

const orders = await openOrders({ databaseUrl: env.DATABASE_URL, dataDir: env.PGLITE_DATA_DIR });

const portone = createInicisServer({
  secret: env.PORTONE_API_SECRET,
  storeId: env.PORTONE_STORE_ID,
  baseUrl: env.PORTONE_API_BASE_URL,
  allowTestChannel: env.PORTONE_ALLOW_TEST_CHANNEL === "1",
});
const { verify, webhook } = portone.handlers({
  // the server's own record of what this payment must be; PortOne's answer is compared with it
  findOrder: (paymentId) => orders.find(paymentId),
  // PortOne says paid, for this store, matching the order: reached by verify and by the webhook,
  // from any process, so the one atomic update decides who fulfils
  onPaid: async ({ paymentId, source }) => {
    if (await orders.markPaid(paymentId)) console.log(`fulfilled ${paymentId} (${source})`);
  },
  webhookSecret: env.PORTONE_WEBHOOK_SECRET,
  onWebhook: (event) => console.log("webhook", event.type),
});

const MAX_BODY = 64 * 1024;

/** @param {import("node:http").IncomingMessage} req */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on("data", (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error("body too large"), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/**
 * A new order for one catalog item. The amount is the server's, never the browser's.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
async function createOrder(req, res) {
  /** @type {{ item?: unknown }} */
  const body = JSON.parse((await readBody(req)).toString("utf8") || "{}");
  const item = itemFor(typeof body.item === "string" ? body.item : null);
  // Inicis takes ids of at most 40 ASCII characters; this one is 36
  const paymentId = `pay-${randomUUID().replaceAll("-", "")}`;
  await orders.create(paymentId, { amount: item.price, currency: item.currency, orderName: item.name });
  sendJson(res, 201, { paymentId, amount: item.price, currency: item.currency, orderName: item.name });
}

/**
 * GET /api/orders/{paymentId}: where the order stands (pending until PortOne says paid: a virtual
 * account stays pending after it is issued, until the deposit's webhook fulfils it).
 * @param {import("node:http").ServerResponse} res
 * @param {string} paymentId
 */
async function orderStatus(res, paymentId) {
  const found = await orders.status(paymentId);
  if (!found) return sendJson(res, 404, { code: "UNKNOWN_ORDER" });
  sendJson(res, 200, { paymentId, ...found });
}

const dist = fileURLToPath(new URL("./dist/", import.meta.url));
/** @type {Record<string, string>} */
const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".map": "application/json" };

/**
 * The built page; any other path gets index.html (the payment window comes back to `/?...`).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 */
async function serveStatic(req, res) {
  const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
  for (const file of path.startsWith("/assets/") ? [join(dist, path)] : [join(dist, "index.html")]) {
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      return void res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      // not built, or no such asset
    }
  }
  sendJson(res, 404, { code: "NOT_FOUND" });
}

// verify and webhook are Fetch-standard handlers (the same functions a Next.js route exports);
// toNodeHandler streams the raw body to them, which the webhook's signature check needs
const routes = new Map([
  ["POST /api/orders", createOrder],
  ["POST /api/portone/verify", toNodeHandler(verify)],
  ["POST /api/portone/webhook", toNodeHandler(webhook)],
]);

const server = createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url ?? "/", "http://x");
    const route = routes.get(`${req.method} ${pathname}`);
    if (route) return await route(req, res);
    const order = /^\/api\/orders\/([\w-]{1,64})$/.exec(pathname);
    if (order && req.method === "GET") return await orderStatus(res, /** @type {string} */ (order[1]));
    if (req.method === "GET" || req.method === "HEAD") return await serveStatic(req, res);
    sendJson(res, 405, { code: "METHOD_NOT_ALLOWED" });
  } catch (error) {
    if (res.headersSent) return void res.end();
    if (error instanceof SyntaxError) return sendJson(res, 400, { code: "BAD_JSON" });
    if (error && typeof error === "object" && "status" in error && error.status === 413) return sendJson(res, 413, { code: "TOO_LARGE" });
    console.error(error);
    sendJson(res, 500, { code: "INTERNAL" });
  }
});

const host = env.HOST ?? "127.0.0.1";
const port = Number(env.PORT ?? 8787);
server.listen(port, host, () => console.log(`vite-app server on http://${host}:${port}`));
