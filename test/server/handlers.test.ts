// @vitest-environment node
// The Fetch-standard handlers, called with `new Request(...)` directly and mounted on node:http
// (127.0.0.1) through toNodeHandler. PortOne is the stand-in on 127.0.0.1.
import { createHmac, randomBytes } from "node:crypto";
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, toNodeHandler, type ExpectedOrder, type InicisHandlers, type VerifiedPayment, type VerifyResponseBody, type WebhookResponseBody } from "../../src/server/index";
import { LeakWatch } from "./secrecy";
import { CALL_CAP_MS, PortOneStandIn, timeOut, type Reply } from "./standin";

const SECRET = "handlers-secret-29aa01";
const key = randomBytes(32);
const WEBHOOK_SECRET = `whsec_${key.toString("base64")}`;
const standIn = new PortOneStandIn();
const watch = new LeakWatch();
const orders = new Map<string, ExpectedOrder>([
  ["pay-1", { amount: 39000, currency: "KRW" }],
  ["pay-usd", { amount: 30, currency: "USD" }],
]);
const onVerified = vi.fn<(p: VerifiedPayment) => void>();
const onWebhook = vi.fn<(event: unknown) => void>();
const onError = vi.fn<(e: unknown) => void>();
let handlers: InicisHandlers;
let baseUrl = "";

const LIVE = { type: "LIVE", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" };
const payment = (over: Record<string, unknown> = {}): Reply => ({ status: 200, body: { status: "PAID", id: "pay-1", transactionId: "tx-1", amount: { total: 39000, paid: 39000, cancelled: 0 }, currency: "KRW", channel: LIVE, ...over } });

beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  standIn.requests.length = 0;
  standIn.reply = () => payment();
  watch.watchConsole();
  onVerified.mockReset();
  onWebhook.mockReset();
  onError.mockReset();
  handlers = createInicisServer({ secret: SECRET, baseUrl, timeoutMs: CALL_CAP_MS }).handlers({ findOrder: (id) => orders.get(id) ?? null, webhookSecret: WEBHOOK_SECRET, onVerified, onWebhook, onError });
});

const post = (body: string, headers: Record<string, string> = {}) => new Request("http://shop.example/api/payments/verify", { method: "POST", body, headers });
async function answer(response: Response): Promise<{ status: number; body: VerifyResponseBody & WebhookResponseBody & Record<string, unknown>; headers: Headers }> {
  const text = await response.text();
  watch.keep(text);
  return { status: response.status, body: JSON.parse(text) as VerifyResponseBody & WebhookResponseBody & Record<string, unknown>, headers: response.headers };
}
const verify = async (body: unknown) => answer(await handlers.verify(post(typeof body === "string" ? body : JSON.stringify(body))));

function sign(payload: string, opts: { secret?: Buffer; timestamp?: number } = {}) {
  const id = "msg_1";
  const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac("sha256", opts.secret ?? key).update(`${id}.${timestamp}.${payload}`).digest("base64");
  return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
}
const event = JSON.stringify({ type: "Transaction.Paid", timestamp: "2026-11-28T00:00:00Z", data: { paymentId: "pay-1", storeId: "store-1", transactionId: "tx-1" } });
const hook = async (body: string, headers: Record<string, string>, h = handlers) => answer(await h.webhook(new Request("http://shop.example/api/portone/webhook", { method: "POST", body, headers })));

describe("verify handler (Request in, Response out)", () => {
  it("paid: 200 with the order's amount, JSON, no-store; onVerified hears of it", async () => {
    const { status, body, headers } = await verify({ paymentId: "pay-1", txId: "tx-1" });
    expect(status).toBe(200);
    expect(body).toEqual({ ok: true, verdict: "paid", paymentId: "pay-1", amount: 39000, currency: "KRW" });
    expect(headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(headers.get("cache-control")).toBe("no-store");
    expect(standIn.requests.map((r) => `${r.method} ${r.path} ${r.authorization}`)).toEqual([`GET /payments/pay-1 PortOne ${SECRET}`]);
    expect(onVerified).toHaveBeenCalledWith(expect.objectContaining({ paymentId: "pay-1", verdict: "paid", order: { amount: 39000, currency: "KRW" } }));
  });

  it("a virtual account issued but not deposited: 200, not ok, its own verdict, onVerified not called", async () => {
    standIn.reply = () => payment({ status: "VIRTUAL_ACCOUNT_ISSUED" });
    expect(await verify({ paymentId: "pay-1" })).toMatchObject({ status: 200, body: { ok: false, verdict: "virtual-account-issued", paymentId: "pay-1", amount: 39000, currency: "KRW" } });
    expect(onVerified).not.toHaveBeenCalled();
  });

  it("an unknown order: 404 without asking PortOne", async () => {
    expect(await verify({ paymentId: "pay-nobody" })).toMatchObject({ status: 404, body: { ok: false, verdict: "unknown-order", paymentId: "pay-nobody" } });
    expect(standIn.requests).toHaveLength(0);
  });

  it("a findOrder that answers asynchronously works the same", async () => {
    const h = createInicisServer({ secret: SECRET, baseUrl }).handlers({ findOrder: async (id) => orders.get(id) ?? null });
    expect((await answer(await h.verify(post(JSON.stringify({ paymentId: "pay-1" }))))).body).toMatchObject({ ok: true, verdict: "paid" });
  });

  it.each([
    ["a smaller amount", { amount: { total: 100 } }],
    ["another currency", { currency: "USD" }],
  ])("%s: 409 amount-mismatch, and onVerified is not called", async (_n, over) => {
    standIn.reply = () => payment(over);
    expect(await verify({ paymentId: "pay-1" })).toMatchObject({ status: 409, body: { ok: false, verdict: "amount-mismatch" } });
    expect(onVerified).not.toHaveBeenCalled();
  });

  it.each(["FAILED", "READY", "PAY_PENDING", "CANCELLED", "PARTIAL_CANCELLED"])("status %s: 409 not-paid with PortOne's status", async (status) => {
    standIn.reply = () => payment({ status });
    expect(await verify({ paymentId: "pay-1" })).toEqual(expect.objectContaining({ status: 409, body: { ok: false, verdict: "not-paid", paymentId: "pay-1", status } }));
  });

  it("a TEST-channel payment: 409 test-channel, unless allowTestChannel", async () => {
    standIn.reply = () => payment({ channel: { ...LIVE, type: "TEST" } });
    expect(await verify({ paymentId: "pay-1" })).toMatchObject({ status: 409, body: { ok: false, verdict: "test-channel" } });
    expect(onVerified).not.toHaveBeenCalled();
    const dev = createInicisServer({ secret: SECRET, baseUrl, allowTestChannel: true }).handlers({ findOrder: (id) => orders.get(id) ?? null });
    expect((await answer(await dev.verify(post(JSON.stringify({ paymentId: "pay-1" }))))).body).toMatchObject({ ok: true, verdict: "paid" });
  });

  it("a payment PortOne does not know: 404 not-found", async () => {
    standIn.reply = () => ({ status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다." } });
    expect(await verify({ paymentId: "pay-1" })).toMatchObject({ status: 404, body: { ok: false, verdict: "not-found" } });
  });

  it.each([
    ["a closed connection", "close"],
    ["no answer in time", "hang"],
    ["a 503 from PortOne", { status: 503, body: { type: "SERVICE_UNAVAILABLE" } }],
  ] as const)("PortOne unreachable (%s): 502 unavailable", async (_n, reply) => {
    standIn.reply = () => reply;
    const asked = () => verify({ paymentId: "pay-1" });
    expect(await (reply === "hang" ? timeOut(standIn, asked) : asked())).toEqual(expect.objectContaining({ status: 502, body: { ok: false, verdict: "unavailable" } }));
    expect(onError).toHaveBeenCalledOnce();
  });

  it("PortOne refusing our secret: 500 server-error, the reason goes to onError only", async () => {
    standIn.reply = () => ({ status: 401, body: { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다." } });
    expect(await verify({ paymentId: "pay-1" })).toEqual(expect.objectContaining({ status: 500, body: { ok: false, verdict: "server-error" } }));
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: "UNAUTHORIZED" });
  });

  it.each([
    ["findOrder throwing", () => Promise.reject(new Error("db down"))],
    ["findOrder returning a string amount", () => ({ amount: "39000", currency: "KRW" }) as unknown as ExpectedOrder],
    ["findOrder returning EUR", () => ({ amount: 39000, currency: "EUR" }) as unknown as ExpectedOrder],
  ])("%s: 500 server-error, no request to PortOne", async (_n, findOrder) => {
    const h = createInicisServer({ secret: SECRET, baseUrl }).handlers({ findOrder, onError });
    expect(await answer(await h.verify(post(JSON.stringify({ paymentId: "pay-1" }))))).toMatchObject({ status: 500, body: { ok: false, verdict: "server-error" } });
    expect(standIn.requests).toHaveLength(0);
    expect(onError).toHaveBeenCalledOnce();
  });

  it("onVerified throwing (the order could not be recorded): 500, not ok", async () => {
    onVerified.mockImplementation(() => {
      throw new Error("write failed");
    });
    expect(await verify({ paymentId: "pay-1" })).toMatchObject({ status: 500, body: { ok: false, verdict: "server-error" } });
  });

  it.each([
    ["not JSON", "paymentId=pay-1"],
    ["a JSON string", '"pay-1"'],
    ["a JSON array", '["pay-1"]'],
    ["null", "null"],
    ["no paymentId", "{}"],
    ["a numeric paymentId", '{"paymentId":1}'],
    ["a Hangul paymentId", '{"paymentId":"결제-1"}'],
    ["a 41-character paymentId", JSON.stringify({ paymentId: "p".repeat(41) })],
    ["a paymentId with a space", '{"paymentId":"pay 1"}'],
    ["a txId that is not text", '{"paymentId":"pay-1","txId":{}}'],
  ])("%s: 400 invalid-request, nothing asked of PortOne", async (_n, body) => {
    const { status, body: json } = await verify(body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ ok: false, verdict: "invalid-request", message: expect.any(String) });
    expect(standIn.requests).toHaveLength(0);
  });

  it("GET: 405 with Allow: POST", async () => {
    const { status, body, headers } = await answer(await handlers.verify(new Request("http://shop.example/api/payments/verify")));
    expect(status).toBe(405);
    expect(body).toMatchObject({ ok: false, verdict: "invalid-request" });
    expect(headers.get("allow")).toBe("POST");
  });

  it("a body over 16 KB: 413, whether declared or streamed", async () => {
    const big = JSON.stringify({ paymentId: "pay-1", pad: "x".repeat(17 * 1024) });
    expect((await verify(big)).status).toBe(413);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        sent += 4096;
        if (sent > 1024 * 1024) c.close();
        else c.enqueue(new Uint8Array(4096).fill(32));
      },
    });
    const streamed = await handlers.verify(new Request("http://shop.example/v", { method: "POST", body: stream, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(64 * 1024);
    expect(standIn.requests).toHaveLength(0);
  });

  it("a body of exactly 16 KB is read", async () => {
    const body = JSON.stringify({ paymentId: "pay-1", pad: "" });
    const padded = body.replace('""', `"${"x".repeat(16 * 1024 - body.length)}"`);
    expect(new TextEncoder().encode(padded).byteLength).toBe(16 * 1024);
    expect((await verify(padded)).status).toBe(200);
  });
});

describe("webhook handler", () => {
  it("a signed event: 200, onWebhook gets the typed event", async () => {
    expect(await hook(event, sign(event))).toMatchObject({ status: 200, body: { ok: true, verdict: "received" } });
    expect(onWebhook).toHaveBeenCalledWith(expect.objectContaining({ type: "Transaction.Paid", data: expect.objectContaining({ paymentId: "pay-1" }) }));
  });

  it.each([
    ["a tampered body", () => [event.replace("pay-1", "pay-2"), sign(event)] as const, "NO_MATCHING_SIGNATURE"],
    ["another secret", () => [event, sign(event, { secret: randomBytes(32) })] as const, "NO_MATCHING_SIGNATURE"],
    ["an old timestamp", () => [event, sign(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })] as const, "TIMESTAMP_TOO_OLD"],
    ["no signature headers", () => [event, {}] as const, "MISSING_REQUIRED_HEADERS"],
  ])("%s: 400 invalid-signature with the reason, onWebhook not called", async (_n, make, reason) => {
    const [body, headers] = make();
    expect(await hook(body, headers)).toMatchObject({ status: 400, body: { ok: false, verdict: "invalid-signature", reason } });
    expect(onWebhook).not.toHaveBeenCalled();
  });

  it("no webhook secret: 500 saying how to fix it", async () => {
    const h = createInicisServer({ secret: SECRET, baseUrl }).handlers({ findOrder: () => null, onWebhook, onError });
    const { status, body } = await hook(event, sign(event), h);
    expect(status).toBe(500);
    expect(body).toMatchObject({ ok: false, verdict: "misconfigured" });
    expect(body.message).toContain("handlers({ webhookSecret })");
    expect(onWebhook).not.toHaveBeenCalled();
  });

  it("a webhook secret that is not base64: 500 misconfigured", async () => {
    const h = createInicisServer({ secret: SECRET, baseUrl }).handlers({ findOrder: () => null, webhookSecret: "whsec_%%%", onWebhook });
    expect(await hook(event, sign(event), h)).toMatchObject({ status: 500, body: { ok: false, verdict: "misconfigured" } });
  });

  it("onWebhook throwing: 500, so PortOne sends it again", async () => {
    onWebhook.mockImplementation(() => {
      throw new Error("queue full");
    });
    expect(await hook(event, sign(event))).toMatchObject({ status: 500, body: { ok: false, verdict: "server-error" } });
    expect(onError).toHaveBeenCalledOnce();
  });

  it("GET: 405; an oversized body: 413", async () => {
    expect((await answer(await handlers.webhook(new Request("http://shop.example/hook")))).status).toBe(405);
    const big = "x".repeat(300 * 1024);
    expect((await hook(big, sign(big))).status).toBe(413);
  });
});

describe("mounted on node:http with toNodeHandler", () => {
  let http: Server;
  let origin = "";
  beforeAll(async () => {
    // handlers is rebuilt per test, so the route is looked up per request
    const verifyRoute = toNodeHandler((r) => handlers.verify(r));
    const webhookRoute = toNodeHandler((r) => handlers.webhook(r));
    http = createServer((req, res) => {
      if (req.url === "/api/payments/verify") void verifyRoute(req, res);
      else if (req.url === "/api/portone/webhook") void webhookRoute(req, res);
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((r) => http.close(r));
  });

  const send = async (path: string, init: RequestInit) => {
    const r = await fetch(`${origin}${path}`, init);
    return { status: r.status, headers: r.headers, body: JSON.parse(watch.keep(await r.text())) as Record<string, unknown> };
  };

  it("verify: the same answers as the Fetch handler, headers included", async () => {
    const ok = await send("/api/payments/verify", { method: "POST", body: JSON.stringify({ paymentId: "pay-1", txId: "tx-1" }), headers: { "content-type": "application/json" } });
    expect(ok).toMatchObject({ status: 200, body: { ok: true, verdict: "paid", paymentId: "pay-1", amount: 39000, currency: "KRW" } });
    expect(ok.headers.get("cache-control")).toBe("no-store");
    standIn.reply = () => payment({ amount: { total: 1 } });
    expect(await send("/api/payments/verify", { method: "POST", body: JSON.stringify({ paymentId: "pay-1" }) })).toMatchObject({ status: 409, body: { verdict: "amount-mismatch" } });
    expect(await send("/api/payments/verify", { method: "GET" })).toMatchObject({ status: 405, body: { verdict: "invalid-request" } });
    expect(await send("/api/payments/verify", { method: "POST", body: "{" })).toMatchObject({ status: 400, body: { verdict: "invalid-request" } });
  });

  it("verify: a 1 MB upload is cut off at 16 KB with 413, and the server keeps serving", async () => {
    const chunked = await new Promise<number>((resolve, reject) => {
      // chunked, no Content-Length: the limit must hold while streaming
      const req = httpRequest(`${origin}/api/payments/verify`, { method: "POST", headers: { "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      const chunk = "x".repeat(64 * 1024);
      for (let i = 0; i < 16; i++) req.write(chunk);
      req.end();
    });
    expect(chunked).toBe(413);
    expect(await send("/api/payments/verify", { method: "POST", body: JSON.stringify({ paymentId: "pay-1" }) })).toMatchObject({ status: 200 });
  });

  it("webhook: the raw body reaches the signature check byte for byte", async () => {
    const body = JSON.stringify({ type: "Transaction.Paid", timestamp: "2026-11-28T00:00:00Z", data: { paymentId: "pay-1", storeId: "store-1", transactionId: "tx-1", note: "한글 ✓" } });
    expect(await send("/api/portone/webhook", { method: "POST", body, headers: sign(body) })).toMatchObject({ status: 200, body: { ok: true } });
    expect(onWebhook).toHaveBeenCalledOnce();
    expect(await send("/api/portone/webhook", { method: "POST", body: body.replace("✓", "x"), headers: sign(body) })).toMatchObject({ status: 400, body: { verdict: "invalid-signature" } });
  });
});

describe("secrecy of the handlers", () => {
  it("no response body or log holds the API secret", () => {
    vi.restoreAllMocks();
    watch.expectClean([SECRET, key.toString("base64")], 40);
    for (const text of watch.seen.filter((s): s is string => typeof s === "string")) {
      const body = JSON.parse(text) as { ok?: unknown; verdict?: unknown };
      expect(typeof body.ok).toBe("boolean");
      expect(typeof body.verdict).toBe("string");
    }
  });
});
