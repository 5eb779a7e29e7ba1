// The endpoints a merchant needs beside the components, on node:http and
// react-portone-inicis/server. Orders come from `options.orders` (db.mjs keeps them in PGlite, or
// in any Postgres when DATABASE_URL is set; the tests pass an in-memory table with the same contract).
//
// POST /api/portone/verify    the `verify` handler: after PayButton's onSuccess (or the mobile
//                             redirect) the browser posts { paymentId, txId? }; never trust the
//                             browser, the handler asks PortOne and compares with the order.
// POST /api/portone/webhook   the `webhook` handler: the signature is checked on the raw body.
// POST /api/billing-keys      BillingKeyForm mode="keyed-in" posts { credential, customer } here.
//
// The two handlers are Fetch-standard: in a Next.js App Router route, `export const POST = handlers.verify`.
import { createServer } from "node:http";
import { createInicisServer, isInicisServerError, toNodeHandler, toServerCustomer } from "react-portone-inicis/server";

const MAX_BODY = 16 * 1024;

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error("body too large"), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

/** Maps our errors to HTTP: the buyer's input is 400, PortOne's refusal 402, the rest 502. */
function sendError(res, error) {
  if (!isInicisServerError(error)) return send(res, 500, { code: "INTERNAL", message: "Something went wrong." });
  const status = error.kind === "invalid" ? 400 : error.kind === "api" ? 402 : 502;
  return send(res, status, { code: error.code, message: error.message, pgCode: error.pgCode, pgMessage: error.pgMessage, issues: error.issues });
}

/**
 * @param {import("./app.d.mts").ExampleAppOptions} options
 */
export function createApp(options) {
  const portone = createInicisServer({ secret: options.secret, storeId: options.storeId, channelKey: options.channelKey, baseUrl: options.baseUrl, allowTestChannel: options.allowTestChannel });
  const handlers = portone.handlers({
    // Orders are keyed by the paymentId you created with the order (createPaymentId() in the browser, or on your server).
    findOrder: (paymentId) => options.orders.find(paymentId),
    // Paid, for this store, matching the order. Verify and the webhook (and your other processes)
    // all reach this for one payment: the atomic update lets exactly one of them fulfil.
    onPaid: async ({ paymentId }) => {
      if (await options.orders.markPaid(paymentId)) options.onFulfil?.(paymentId);
    },
    webhookSecret: options.webhookSecret,
    onWebhook: (event) => options.onEvent?.(event),
    onError: (error) => console.error("portone", isInicisServerError(error) ? `${error.operation} ${error.code}` : error),
  });
  const verify = toNodeHandler(handlers.verify);
  const webhook = toNodeHandler(handlers.webhook);

  return createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    if (pathname === "/api/portone/verify") return verify(req, res);
    if (pathname === "/api/portone/webhook") return webhook(req, res);
    try {
      if (req.method === "POST" && pathname === "/api/billing-keys") {
        // Never log this body: it holds card data.
        const { credential, customer } = JSON.parse(await readBody(req));
        const issued = await portone.issueBillingKey({ customer: toServerCustomer(customer ?? {}), card: { credential } });
        return send(res, 201, { billingKey: issued.billingKeyInfo.billingKey, warnings: issued.warnings.map((w) => w.code) });
      }
      return send(res, 404, { code: "NOT_FOUND" });
    } catch (error) {
      if (error instanceof SyntaxError) return send(res, 400, { code: "BAD_JSON" });
      if (error && typeof error === "object" && error.status === 413) return send(res, 413, { code: "TOO_LARGE" });
      return sendError(res, error);
    }
  });
}
