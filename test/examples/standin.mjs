// A stand-in for PortOne's REST API on 127.0.0.1 for the example apps' end-to-end run, plus the
// two things the fake CDN script needs from a "PortOne" that only exists on this machine:
// - POST /__control/payments: the fake window records a payment it paid (or that was refused);
// - GET /__pg?kind=...&request=...: the payment page a mobile window leaves for; its buttons come
//   back to the request's redirectUrl with the result in the query, like the real redirection.
// GET /payments/{paymentId} answers with the documented payment shape. `lieNext()` makes the next
// recorded payment report another amount (an attacker who paid less), for the mismatch scenario.
// A VIRTUAL_ACCOUNT payment the window "pays" is recorded as PortOne records it: VIRTUAL_ACCOUNT_ISSUED,
// with the account the buyer must pay into (PaymentMethodVirtualAccount); `deposit()` is the buyer's
// deposit: the record becomes PAID and PortOne's signed Transaction.Paid webhook goes to the app.
import { createHmac, randomBytes } from "node:crypto";
import { createServer } from "node:http";

const CORS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "POST, OPTIONS",
  "access-control-allow-headers": "content-type",
};
const RESULT_KEYS = ["paymentId", "txId", "transactionType", "billingKey", "code", "message", "pgCode", "pgMessage"];
const REFUSED = { code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도를 초과했습니다.", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다." };
const CLOSED = { code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." };
const TRANSACTION = { requestPayment: "PAYMENT", requestIssueBillingKey: "ISSUE_BILLING_KEY", requestIssueBillingKeyAndPay: "ISSUE_BILLING_KEY_AND_PAY" };

/** The account the stand-in "issues" for a virtual-account payment (신한은행, 3 days to deposit). */
function issuedAccount(at) {
  return {
    type: "PaymentMethodVirtualAccount",
    bank: "SHINHAN",
    accountNumber: `5621${String(randomBytes(4).readUInt32BE(0)).padStart(10, "0")}`,
    accountType: "NORMAL",
    remitteeName: "(주)예제상점",
    expiredAt: new Date(Date.parse(at) + 3 * 24 * 3600_000).toISOString(),
    issuedAt: at,
  };
}

/** One payment as PortOne's GET /payments/{paymentId} documents it (PaidPayment / VirtualAccountIssuedPayment / FailedPayment). */
function paymentBody(p) {
  const now = p.at;
  const total = p.amount;
  const common = {
    status: p.status,
    id: p.id,
    transactionId: p.transactionId,
    merchantId: "merchant-examples",
    storeId: p.storeId,
    method: p.account ?? { type: "PaymentMethodCard", card: { publisher: "SHINHAN", issuer: "SHINHAN", brand: "VISA", type: "CREDIT", ownerType: "PERSONAL", name: "신한카드" } },
    channel: { type: p.channel, id: "channel-id-examples", key: p.channelKey, name: "KG이니시스", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" },
    version: "V2",
    requestedAt: now,
    updatedAt: now,
    statusChangedAt: now,
    orderName: p.orderName,
    currency: p.currency,
    customer: { name: p.customer?.fullName, email: p.customer?.email, phoneNumber: p.customer?.phoneNumber },
    disputes: [],
  };
  if (p.status === "PAID") {
    const vat = Math.round(total / 11);
    return { ...common, updatedAt: p.paidAt ?? now, statusChangedAt: p.paidAt ?? now, amount: { total, taxFree: 0, vat, supply: total - vat, discount: 0, paid: total, cancelled: 0, cancelledTaxFree: 0 }, paidAt: p.paidAt ?? now, pgTxId: `pg-${p.transactionId}`, receiptUrl: "http://127.0.0.1/receipt" };
  }
  if (p.status === "VIRTUAL_ACCOUNT_ISSUED") {
    const vat = Math.round(total / 11);
    return { ...common, amount: { total, taxFree: 0, vat, supply: total - vat, discount: 0, paid: 0, cancelled: 0, cancelledTaxFree: 0 }, pgTxId: `pg-${p.transactionId}` };
  }
  return { ...common, amount: { total, taxFree: 0, discount: 0, paid: 0, cancelled: 0, cancelledTaxFree: 0 }, failedAt: now, failure: { reason: REFUSED.message, pgCode: REFUSED.pgCode, pgMessage: REFUSED.pgMessage } };
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}"));
      } catch (e) {
        reject(e);
      }
    });
    req.on("error", reject);
  });
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Starts the stand-in on an ephemeral 127.0.0.1 port.
 * @param {{ secret: string, webhookKey?: Buffer }} options the API secret the apps must send
 *   (`Authorization: PortOne <secret>`), and the key the webhooks it sends are signed with (the
 *   decoded `whsec_...` secret)
 */
export async function startStandIn({ secret, webhookKey }) {
  /** @type {Map<string, any>} */
  const payments = new Map();
  /** every REST request: { method, path, authorization } */
  const requests = [];
  /** every mobile window that left for the payment page: { kind, request } */
  const redirections = [];
  const sessions = new Map();
  let lie = null;

  const record = (p) => {
    const payment = { ...p, at: new Date().toISOString() };
    // PortOne answers a virtual account's window with an issued account, never a payment
    if (payment.status === "PAID" && payment.payMethod === "VIRTUAL_ACCOUNT") payment.status = "VIRTUAL_ACCOUNT_ISSUED";
    if (payment.status === "VIRTUAL_ACCOUNT_ISSUED") payment.account ??= issuedAccount(payment.at);
    if (lie && (payment.status === "PAID" || payment.status === "VIRTUAL_ACCOUNT_ISSUED")) {
      payment.amount = lie.total;
      lie = null;
    }
    payments.set(payment.id, payment);
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const json = (status, body, headers = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    try {
      if (url.pathname === "/__control/payments") {
        if (req.method === "OPTIONS") return void res.writeHead(204, CORS).end();
        if (req.method !== "POST") return json(405, { type: "METHOD_NOT_ALLOWED" }, CORS);
        const p = await readJson(req);
        if (typeof p.id !== "string" || !p.id) return json(400, { type: "INVALID_REQUEST", message: "id" }, CORS);
        record(p);
        return json(201, { recorded: p.id }, CORS);
      }
      if (url.pathname === "/__pg" && req.method === "GET") {
        const kind = url.searchParams.get("kind") ?? "requestPayment";
        const request = JSON.parse(url.searchParams.get("request") ?? "{}");
        redirections.push({ kind, request });
        const token = randomBytes(8).toString("hex");
        sessions.set(token, { kind, request });
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        return void res.end(`<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>KG이니시스 (fake)</title></head>
<body><h1>KG이니시스 모바일 결제 (fake)</h1><p>${escapeHtml(request.orderName ?? "")} ${escapeHtml(request.totalAmount ?? "")} ${escapeHtml(request.currency ?? "")}</p>
${["pay", "refuse", "close"].map((c) => `<form method="post" action="/__pg/${token}/${c}"><button type="submit">fake: ${c}</button></form>`).join("\n")}
</body></html>`);
      }
      const pg = /^\/__pg\/([0-9a-f]+)\/(pay|refuse|close)$/.exec(url.pathname);
      if (pg && req.method === "POST") {
        const session = sessions.get(pg[1]);
        if (!session) return json(404, { type: "NO_SESSION" });
        sessions.delete(pg[1]);
        const { kind, request } = session;
        const choice = pg[2];
        const transactionId = `tx-${randomBytes(5).toString("hex")}`;
        if (kind !== "requestIssueBillingKey" && choice !== "close") {
          record({
            id: request.paymentId,
            transactionId,
            storeId: request.storeId,
            channelKey: request.channelKey,
            channel: /live/i.test(String(request.channelKey ?? "")) ? "LIVE" : "TEST",
            orderName: request.orderName,
            amount: request.totalAmount,
            currency: request.currency,
            payMethod: request.payMethod,
            customer: request.customer ?? {},
            status: choice !== "pay" ? "FAILED" : request.payMethod === "VIRTUAL_ACCOUNT" ? "VIRTUAL_ACCOUNT_ISSUED" : "PAID",
          });
        }
        const back = new URL(request.redirectUrl);
        const result = { transactionType: TRANSACTION[kind], txId: transactionId };
        if (request.paymentId) result.paymentId = request.paymentId;
        if (kind !== "requestPayment" && choice === "pay") result.billingKey = `billing-key-${transactionId}`;
        Object.assign(result, choice === "refuse" ? REFUSED : choice === "close" ? CLOSED : {});
        for (const [k, v] of Object.entries(result)) back.searchParams.set(k, v);
        res.writeHead(303, { location: back.toString() });
        return void res.end();
      }
      const rest = /^\/payments\/([^/]+)$/.exec(url.pathname);
      if (rest && req.method === "GET") {
        const id = decodeURIComponent(rest[1]);
        requests.push({ method: req.method, path: url.pathname, id, authorization: req.headers.authorization });
        if (req.headers.authorization !== `PortOne ${secret}`) return json(401, { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다." });
        const p = payments.get(id);
        const storeId = url.searchParams.get("storeId");
        if (!p || (storeId && storeId !== p.storeId)) return json(404, { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다." });
        return json(200, paymentBody(p));
      }
      requests.push({ method: req.method, path: url.pathname, authorization: req.headers.authorization });
      return json(404, { type: "NOT_FOUND", message: `the stand-in has no ${req.method} ${url.pathname}` });
    } catch (error) {
      return json(400, { type: "INVALID_REQUEST", message: String(error) }, CORS);
    }
  });
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    payments,
    requests,
    redirections,
    /** The next PAID payment recorded reports this total instead of what was charged. */
    lieNext(total) {
      lie = { total };
    },
    reset() {
      lie = null;
    },
    /**
     * The buyer deposits into an issued virtual account: its record becomes PAID (the same account,
     * `paidAt` now), and PortOne's signed `Transaction.Paid` webhook is POSTed to `webhookUrl`, once
     * per entry of `deliveries` (a webhook-id each: repeat one for PortOne's retry of one message).
     * Returns each delivery's `{ id, status, body }`.
     * @param {string} paymentId
     * @param {string} webhookUrl
     * @param {{ deliveries?: string[] }} [options]
     */
    async deposit(paymentId, webhookUrl, { deliveries = [`wh-${randomBytes(6).toString("hex")}`] } = {}) {
      const p = payments.get(paymentId);
      if (!p || p.status !== "VIRTUAL_ACCOUNT_ISSUED") throw new Error(`no issued virtual account ${paymentId} to deposit into (status ${p?.status ?? "none"})`);
      if (!webhookKey) throw new Error("startStandIn({ webhookKey }) is needed to sign the deposit's webhook");
      p.status = "PAID";
      p.paidAt = new Date().toISOString();
      const body = JSON.stringify({ type: "Transaction.Paid", timestamp: p.paidAt, data: { storeId: p.storeId, paymentId: p.id, transactionId: p.transactionId } });
      const answers = [];
      for (const id of deliveries) {
        const ts = String(Math.floor(Date.now() / 1000));
        const sig = createHmac("sha256", webhookKey).update(`${id}.${ts}.${body}`).digest("base64");
        const headers = { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": ts, "webhook-signature": `v1,${sig}` };
        const r = await fetch(webhookUrl, { method: "POST", headers, body });
        answers.push({ id, status: r.status, body: await r.json().catch(() => null) });
      }
      return answers;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export { RESULT_KEYS };
