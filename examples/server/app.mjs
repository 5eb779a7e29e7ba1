// The three endpoints a merchant needs beside the components, on node:http and
// react-portone-inicis/server. Orders live in memory here; use your database.
import { createServer } from "node:http";
import { createInicisServer, isInicisServerError, toServerCustomer } from "react-portone-inicis/server";

const MAX_BODY = 64 * 1024;

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
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** Maps our errors to HTTP: the buyer's input is 400, PortOne's refusal 402, the rest 502. */
function sendError(res, error) {
  if (!isInicisServerError(error)) return send(res, 500, { code: "INTERNAL", message: "Something went wrong." });
  const status = error.kind === "invalid" ? 400 : error.kind === "webhook" ? 400 : error.kind === "api" ? 402 : 502;
  return send(res, status, { code: error.code, message: error.message, pgCode: error.pgCode, pgMessage: error.pgMessage, issues: error.issues });
}

/**
 * @param {{ secret: string, webhookSecret: string, storeId?: string, channelKey?: string, baseUrl?: string, orders: Map<string, { amount: number, currency: "KRW" | "USD", paid?: boolean }>, onEvent?: (event: unknown) => void }} options
 */
export function createApp(options) {
  const portone = createInicisServer({ secret: options.secret, storeId: options.storeId, channelKey: options.channelKey, baseUrl: options.baseUrl });
  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      if (req.method === "POST" && url.pathname === "/api/payments/complete") {
        // After PayButton's onSuccess (or the mobile redirect): never trust the browser, ask PortOne.
        const { paymentId, orderId } = JSON.parse(await readBody(req));
        const order = options.orders.get(String(orderId));
        if (!order) return send(res, 404, { code: "ORDER_NOT_FOUND" });
        const result = await portone.verifyPayment({ paymentId, expected: { amount: order.amount, currency: order.currency } });
        if (result.verdict === "paid") order.paid = true;
        return send(res, result.verdict === "paid" || result.verdict === "virtual-account-issued" ? 200 : 409, { verdict: result.verdict });
      }
      if (req.method === "POST" && url.pathname === "/api/portone/webhook") {
        // The raw body, exactly as received: the signature covers these bytes.
        const rawBody = await readBody(req);
        const event = await portone.verifyWebhook({ rawBody, headers: req.headers, webhookSecret: options.webhookSecret });
        options.onEvent?.(event);
        return send(res, 200, { received: true });
      }
      if (req.method === "POST" && url.pathname === "/api/billing-keys") {
        // BillingKeyForm mode="keyed-in" posts { credential, customer } here. Never log this body.
        const { credential, customer } = JSON.parse(await readBody(req));
        const issued = await portone.issueBillingKey({ customer: toServerCustomer(customer ?? {}), card: { credential } });
        return send(res, 201, { billingKey: issued.billingKeyInfo.billingKey });
      }
      return send(res, 404, { code: "NOT_FOUND" });
    } catch (error) {
      if (error instanceof SyntaxError) return send(res, 400, { code: "BAD_JSON" });
      if (error && typeof error === "object" && error.status === 413) return send(res, 413, { code: "TOO_LARGE" });
      return sendError(res, error);
    }
  });
}
