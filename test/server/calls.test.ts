// @vitest-environment node
// Every /server call at its edges: no input at all, the object form of amounts, cash receipts and
// fixed accounts on the wire, PortOne's answers for verifyPayment, and the handlers and
// toNodeHandler driven with stand-ins for a server, a request and a response.
import { createHmac } from "node:crypto";
import { EventEmitter } from "node:events";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createHandlers } from "../../src/server/handlers";
import { createInicisServer, InicisServerError, toNodeHandler, type InicisServer, type NodeRequestLike, type NodeResponseLike } from "../../src/server/index";
import { CALL_CAP_MS, PortOneStandIn, timeOut } from "./standin";

const NOW = new Date("2026-11-28T00:00:00Z");
const customer = { name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const credential = { number: "4111111111111111", expiryYear: "30", expiryMonth: "12" };
const standIn = new PortOneStandIn();
let baseUrl = "";
let server: InicisServer;

beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  standIn.requests.length = 0;
  standIn.reply = () => ({ status: 200, body: { payment: { pgTxId: "tx", paidAt: "2026-11-28T00:00:01Z" } } });
  server = createInicisServer({ secret: "calls-secret", channelKey: "ck", baseUrl, timeoutMs: CALL_CAP_MS, now: () => NOW, onWarning: () => undefined });
});

async function refusal(promise: Promise<unknown>): Promise<InicisServerError> {
  const e = await promise.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(InicisServerError);
  return e as InicisServerError;
}
const fields = (e: InicisServerError) => e.issues.map((i) => `${i.field}:${i.code}`);

describe("createInicisServer", () => {
  it.each([undefined, {}, { secret: "" }, { secret: "  " }, { secret: 12 }])("refuses %j without a secret, saying so", (options) => {
    let thrown: unknown;
    try {
      createInicisServer(options as never);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(InicisServerError);
    expect(thrown).toMatchObject({ kind: "invalid", code: "INVALID_INPUT", operation: "createInicisServer", message: "[react-portone-inicis/server] createInicisServer: needs the API secret (secret) of your PortOne store." });
  });

  it("speaks Korean by default, English when asked", async () => {
    const ko = await refusal(createInicisServer({ secret: "s", baseUrl }).verifyPayment({ paymentId: "", expected: { amount: 1000, currency: "KRW" } }));
    expect(ko.message).toBe("[react-portone-inicis/server] verifyPayment: 결제 ID(paymentId)를 입력해 주세요.");
    const en = await refusal(createInicisServer({ secret: "s", baseUrl, locale: "en" }).verifyPayment({ paymentId: "", expected: { amount: 1000, currency: "KRW" } }));
    expect(en.message).toMatch(/^\[react-portone-inicis\/server\] verifyPayment: .*paymentId/);
    expect(en.message).not.toBe(ko.message);
  });

  it("without a clock of its own it uses the real one (a card valid until 2099 goes through)", async () => {
    const real = createInicisServer({ secret: "s", baseUrl, onWarning: () => undefined });
    await expect(real.issueBillingKey({ customer, card: { credential: { ...credential, expiryYear: "99" } } })).resolves.toBeTruthy();
    expect(standIn.requests).toHaveLength(1);
    standIn.reply = () => ({ status: 200, body: { schedule: { id: "s-1" } } });
    await expect(real.schedulePayment({ paymentId: "pay-9", timeToPay: "2099-01-01T00:00:00Z", payment: { billingKey: "bk", orderName: "x", amount: 1000, currency: "KRW", customer } })).resolves.toBeTruthy();
    expect(await refusal(real.schedulePayment({ paymentId: "pay-9", timeToPay: "2020-01-01T00:00:00Z", payment: { billingKey: "bk", orderName: "x", amount: 1000, currency: "KRW", customer } }))).toMatchObject({ code: "INVALID_INPUT" });
  });
});

describe("every call refuses missing input as INVALID_INPUT, never with a TypeError", () => {
  it.each([
    ["payInstantly", ["paymentId:required", "orderName:required", "amount:amount.invalid"]],
    ["issueBillingKey", ["customer.name:required", "card.credential.number:required"]],
    ["payWithBillingKey", ["paymentId:required", "billingKey:required"]],
    ["schedulePayment", ["paymentId:required", "payment.orderName:required", "payment.billingKey:required", "timeToPay:date.invalid"]],
    ["cancelPayment", ["paymentId:required", "reason:required"]],
    ["registerStoreReceipt", ["paymentId:required", "items:required"]],
    ["applyEscrowShipment", ["paymentId:required", "sender.name:required"]],
    ["verifyPayment", ["paymentId:required", "expected.amount:amount.invalid", "expected.currency:currency.unsupported"]],
  ] as const)("%s(undefined)", async (call, expected) => {
    const e = await refusal((server as unknown as Record<string, (i: unknown) => Promise<unknown>>)[call]!(undefined));
    expect(e).toMatchObject({ kind: "invalid", code: "INVALID_INPUT", operation: call });
    for (const f of expected) expect(fields(e)).toContain(f);
    expect(standIn.requests).toHaveLength(0);
  });

  it("verifyWebhook(undefined) and a blank or non-string webhook secret", async () => {
    for (const input of [undefined, { rawBody: "{}", headers: {}, webhookSecret: "" }, { rawBody: "{}", headers: {}, webhookSecret: 12 }]) {
      expect(await refusal(server.verifyWebhook(input as never))).toMatchObject({
        kind: "invalid",
        code: "INVALID_INPUT",
        operation: "verifyWebhook",
        message: "[react-portone-inicis/server] verifyWebhook: needs the webhook secret from the PortOne console.",
      });
    }
    expect(await refusal(server.verifyWebhook({ rawBody: 12 as never, headers: {}, webhookSecret: "whsec_x" }))).toMatchObject({
      kind: "invalid",
      code: "INVALID_INPUT",
      message: "[react-portone-inicis/server] verifyWebhook: needs the raw request body as a string or bytes, exactly as received.",
    });
  });

  it("verifyWebhook: a secret that is not base64 is INVALID_WEBHOOK_SECRET; no headers is a webhook refusal", async () => {
    const headers = { "webhook-id": "msg_1", "webhook-timestamp": String(Math.floor(Date.now() / 1000)), "webhook-signature": "v1,AAAA" };
    expect(await refusal(server.verifyWebhook({ rawBody: "{}", headers, webhookSecret: "whsec_!!!" }))).toMatchObject({
      kind: "invalid",
      code: "INVALID_WEBHOOK_SECRET",
      operation: "verifyWebhook",
      message: "[react-portone-inicis/server] verifyWebhook: the webhook secret is not valid: copy it from the PortOne console (whsec_...).",
    });
    const e = await refusal(server.verifyWebhook({ rawBody: "{}", headers: undefined as never, webhookSecret: `whsec_${Buffer.from("k".repeat(32)).toString("base64")}` }));
    expect(e).toMatchObject({ kind: "webhook", code: "MISSING_REQUIRED_HEADERS", message: "[react-portone-inicis/server] verifyWebhook: the webhook was refused (MISSING_REQUIRED_HEADERS)." });
  });
});

describe("signed bodies that are not events", () => {
  const key = Buffer.from("k".repeat(32));
  const secret = `whsec_${key.toString("base64")}`;
  const sign = (payload: string) => {
    const id = "msg_1";
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${payload}`).digest("base64");
    return { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` };
  };
  it("a correctly signed body that is not JSON is INVALID_WEBHOOK, a refusal", async () => {
    expect(await refusal(server.verifyWebhook({ rawBody: "not json", headers: sign("not json"), webhookSecret: secret }))).toMatchObject({
      kind: "webhook",
      code: "INVALID_WEBHOOK",
      operation: "verifyWebhook",
      message: "[react-portone-inicis/server] verifyWebhook: the webhook could not be verified (a signed body that is not JSON).",
    });
  });
  it("the webhook handler reads a POST without a body as the empty body it is", async () => {
    const h = server.handlers({ findOrder: () => null, webhookSecret: secret });
    const response = await h.webhook(new Request("http://shop.example/hook", { method: "POST", headers: sign("") }));
    expect([response.status, await response.json()]).toStrictEqual([400, { ok: false, verdict: "invalid-signature", reason: "INVALID_WEBHOOK" }]);
  });
});

describe("payInstantly and issueBillingKey: one way of giving the method", () => {
  const pay = { paymentId: "pay-1", orderName: "주문", amount: 1000, currency: "KRW" as const, customer };
  const va = { bank: "SHINHAN" as const, expiry: { validHours: 24 }, option: { type: "NORMAL" as const } };
  it("method beside card or virtualAccount is refused, naming method", async () => {
    for (const extra of [{ card: { credential } }, { virtualAccount: va }]) {
      const e = await refusal(server.payInstantly({ ...pay, method: { card: { credential } }, ...extra } as never));
      expect(e.issues).toStrictEqual([expect.objectContaining({ field: "method", code: "oneOf", severity: "error", params: { options: "method, card / virtualAccount" } })]);
    }
    const bk = await refusal(server.issueBillingKey({ customer, method: { card: { credential } }, card: { credential } } as never));
    expect(bk.issues).toStrictEqual([expect.objectContaining({ field: "method", code: "oneOf", severity: "error", params: { options: "method, card" } })]);
  });
  it("neither a card nor a virtual account is refused, naming the place for them", async () => {
    expect((await refusal(server.payInstantly(pay as never))).issues).toStrictEqual([expect.objectContaining({ field: "card", code: "oneOf", params: { options: "card, virtualAccount" } })]);
    expect((await refusal(server.payInstantly({ ...pay, method: {} } as never))).issues).toStrictEqual([expect.objectContaining({ field: "method", code: "oneOf", params: { options: "method.card, method.virtualAccount" } })]);
    expect((await refusal(server.payInstantly({ ...pay, card: { credential }, virtualAccount: va } as never))).issues).toStrictEqual([expect.objectContaining({ field: "card", code: "oneOf" })]);
  });
  it("the REST spelling names its fields under method.", async () => {
    const e = await refusal(server.payInstantly({ ...pay, method: { virtualAccount: { ...va, bank: "SHINHAN_BANK" } } } as never));
    expect(fields(e)).toEqual(["method.virtualAccount.bank:bank.spelling"]);
    const card = await refusal(server.payInstantly({ ...pay, method: { card: { credential, installmentMonth: 0 } } } as never));
    expect(fields(card)).toEqual(["method.card.installmentMonth:amount.invalid"]);
  });
  it("a virtual account in KRW with a fixed account and a cash receipt reaches PortOne exactly", async () => {
    await server.payInstantly({
      ...pay,
      amount: { total: 11000, vat: 1000 },
      customData: { order: 7 },
      virtualAccount: { ...va, option: { type: "FIXED", fixed: { accountNumber: "562112345678" } }, cashReceipt: { type: "CORPORATE", customerIdentityNumber: "123-45-67890" } },
    });
    expect(standIn.requests[0]!.body).toStrictEqual({
      channelKey: "ck",
      method: { virtualAccount: { bank: "SHINHAN", expiry: { validHours: 24 }, option: { type: "FIXED", fixed: { accountNumber: "562112345678" } }, cashReceipt: { type: "CORPORATE", customerIdentityNumber: "1234567890" } } },
      orderName: "주문",
      customer,
      customData: '{"order":7}',
      amount: { total: 11000, vat: 1000 },
      currency: "KRW",
    });
  });
});

describe("payWithBillingKey and schedulePayment", () => {
  const payment = { billingKey: "bk-1", orderName: "월 구독", amount: { total: 9900, taxFree: 900 }, currency: "KRW" as const, customer };
  it("the object form of amount is checked part by part, and sent as given", async () => {
    const bad = await refusal(server.payWithBillingKey({ ...payment, paymentId: "pay-2", amount: { total: 9900, taxFree: -1 } }));
    expect(fields(bad)).toEqual(["amount.taxFree:amount.invalid"]);
    const result = await server.payWithBillingKey({ ...payment, paymentId: "pay-2", cashReceipt: { type: "NO_RECEIPT" } });
    expect(result.warnings.map((w) => `${w.field}:${w.code}`)).toEqual(["amount.taxFree:contract.required"]);
    expect(standIn.requests[0]!.body).toMatchObject({ amount: { total: 9900, taxFree: 900 }, cashReceipt: { type: "NO_RECEIPT" } });
    expect((standIn.requests[0]!.body as { cashReceipt: object }).cashReceipt).toStrictEqual({ type: "NO_RECEIPT" });
  });
  it("a schedule names the payment's fields under payment.", async () => {
    const e = await refusal(server.schedulePayment({ paymentId: "pay-3", timeToPay: "2026-12-01T00:00:00Z", payment: { ...payment, billingKey: "", cashReceipt: { type: "PERSONAL" } } as never }));
    expect(fields(e)).toEqual(["payment.billingKey:required", "payment.cashReceipt.customerIdentityNumber:required"]);
    expect(e.operation).toBe("schedulePayment");
  });
});

describe("verifyPayment: PortOne's record against the order", () => {
  const LIVE = { type: "LIVE" };
  const answer = (body: Record<string, unknown>) => {
    standIn.reply = () => ({ status: 200, body: { id: "pay-1", transactionId: "tx", amount: { total: 1000, paid: 1000, cancelled: 0 }, currency: "KRW", channel: LIVE, ...body } });
  };
  const verify = () => server.verifyPayment({ paymentId: "pay-1", expected: { amount: 1000, currency: "KRW" } });
  it.each([
    ["READY", "pending"],
    ["PAY_PENDING", "pending"],
    ["FAILED", "failed"],
    ["CANCELLED", "cancelled"],
    ["PARTIAL_CANCELLED", "partially-cancelled"],
    ["PAID", "paid"],
    ["VIRTUAL_ACCOUNT_ISSUED", "virtual-account-issued"],
  ])("%s is %s (an issued account without an account number in the record: no instructions)", async (status, verdict) => {
    answer({ status });
    const result = await verify();
    expect(result.verdict).toBe(verdict);
    expect(Object.keys(result).sort()).toEqual(["payment", "verdict"]);
  });
  it("a status this library does not know is unknown, with the status", async () => {
    answer({ status: "REFUND_PENDING" });
    expect(await verify()).toMatchObject({ verdict: "unknown", status: "REFUND_PENDING" });
  });
  it("a payment without channel or amount is read without a throw", async () => {
    answer({ status: "PAID", channel: undefined, amount: undefined });
    expect(await verify()).toMatchObject({ verdict: "amount-mismatch", expected: { amount: 1000, currency: "KRW" }, actual: { amount: undefined, currency: "KRW" } });
    answer({ status: "PAID", currency: "USD" });
    expect(await verify()).toMatchObject({ verdict: "amount-mismatch", actual: { amount: 1000, currency: "USD" } });
  });
  it("PAYMENT_NOT_FOUND is not-found; another refusal is thrown", async () => {
    standIn.reply = () => ({ status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "없음" } });
    expect(await verify()).toStrictEqual({ verdict: "not-found" });
    standIn.reply = () => ({ status: 401, body: { type: "UNAUTHORIZED", message: "no" } });
    expect(await refusal(verify())).toMatchObject({ kind: "api", code: "UNAUTHORIZED", operation: "verifyPayment" });
  });
  it("a timeout on a read does not warn that something may have been carried out", async () => {
    standIn.reply = () => "hang";
    const e = await refusal(timeOut(standIn, verify));
    expect(e.message).toBe(`[react-portone-inicis/server] verifyPayment: PortOne did not answer within ${CALL_CAP_MS} ms.`);
  });
  it("no expected order at all is refused by name", async () => {
    const e = await refusal(server.verifyPayment({ paymentId: "pay-1" } as never));
    expect(fields(e)).toEqual(["expected.amount:amount.invalid", "expected.currency:currency.unsupported"]);
  });
  it("expected fields are named expected.*", async () => {
    const e = await refusal(server.verifyPayment({ paymentId: "p".repeat(41), expected: { amount: 0, currency: "EUR" as never }, allowTestChannel: "yes" as never }));
    expect(fields(e)).toEqual(["paymentId:id.tooLong", "expected.amount:amount.invalid", "expected.currency:currency.unsupported", "allowTestChannel:type.boolean"]);
  });
});

describe("cancelPayment and registerStoreReceipt on the wire", () => {
  it("a payment whose amount PortOne cannot tell is INVALID_RESPONSE; nothing is refunded", async () => {
    standIn.reply = (req) => (req.method === "GET" ? { status: 200, body: { status: "PAID", id: "pay-1", amount: { total: "lots" }, currency: "KRW" } } : { status: 500, body: {} });
    const e = await refusal(server.cancelPayment({ paymentId: "pay-1", reason: "r" }));
    expect(e).toMatchObject({ kind: "api", code: "INVALID_RESPONSE", operation: "cancelPayment", message: "[react-portone-inicis/server] cancelPayment: PortOne's payment has no readable amount." });
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET"]);
  });
  it("store receipts: the business number is sent as digits", async () => {
    standIn.reply = () => ({ status: 200, body: { receipts: [] } });
    const item = { storeBusinessRegistrationNumber: "123-45-67890", storeName: "가게", totalAmount: 11000, supplyAmount: 10000, vatAmount: 1000, taxFreeAmount: 0, currency: "KRW" as const };
    await server.registerStoreReceipt({ paymentId: "pay-3", items: [item] });
    expect(standIn.requests[0]).toMatchObject({ method: "POST", path: "/payments/pay-3/register-store-receipt", body: { items: [{ ...item, storeBusinessRegistrationNumber: "1234567890" }] } });
    const e = await refusal(server.registerStoreReceipt({ paymentId: "pay-3", items: [{ ...item, vatAmount: 900 }] }));
    expect(e.operation).toBe("registerStoreReceipt");
    expect(fields(e)).toEqual(["items[0]:receipt.sum"]);
  });
  it("escrow: the operation is named", async () => {
    const e = await refusal(server.applyEscrowShipment({} as never));
    expect(e.operation).toBe("applyEscrowShipment");
  });
});

describe("the handlers, over a stand-in server", () => {
  const paid = { verdict: "paid" as const, payment: { status: "PAID" } as never };
  const fake = (over: Partial<Pick<InicisServer, "verifyPayment" | "verifyWebhook">> = {}) => ({
    verifyPayment: vi.fn(over.verifyPayment ?? (() => Promise.resolve(paid))),
    verifyWebhook: vi.fn(over.verifyWebhook ?? (() => Promise.resolve({ type: "Transaction.Ready", data: { paymentId: "pay-1" } } as never))),
  });
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request("http://shop.example/verify", { method: "POST", body, headers, ...(body instanceof ReadableStream ? { duplex: "half" } : {}) } as RequestInit);
  const read = async (r: Response) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> });

  it("verify: bodies that are not { paymentId, txId? } are refused, each with its sentence", async () => {
    const h = createHandlers(fake(), { findOrder: () => ({ amount: 1000, currency: "KRW" }) });
    expect(await read(await h.verify(post("{")))).toStrictEqual({ status: 400, body: { ok: false, verdict: "invalid-request", message: "The body must be JSON: { paymentId, txId? }." } });
    expect(await read(await h.verify(post(null)))).toStrictEqual({ status: 400, body: { ok: false, verdict: "invalid-request", message: "The body must be JSON: { paymentId, txId? }." } });
    for (const body of ['"pay-1"', "null", "[]", "7"]) {
      expect(await read(await h.verify(post(body))), body).toStrictEqual({ status: 400, body: { ok: false, verdict: "invalid-request", message: "The body must be a JSON object: { paymentId, txId? }." } });
    }
    expect(await read(await h.verify(post(JSON.stringify({ paymentId: "p".repeat(41) }))))).toStrictEqual({ status: 400, body: { ok: false, verdict: "invalid-request", message: "paymentId must be printable ASCII of 1 to 40 characters." } });
    expect(await read(await h.verify(post(JSON.stringify({ paymentId: "p", txId: "t".repeat(201) }))))).toStrictEqual({
      status: 400,
      body: { ok: false, verdict: "invalid-request", message: "txId, when given, must be printable ASCII of 1 to 200 characters." },
    });
    expect(await read(await h.verify(new Request("http://shop.example/verify")))).toStrictEqual({ status: 405, body: { ok: false, verdict: "invalid-request", message: "Use POST." } });
  });

  it("verify: a paymentId of exactly 40 characters and a txId of 200 are read", async () => {
    const server = fake();
    const h = createHandlers(server, { findOrder: () => ({ amount: 1000, currency: "KRW" }) });
    expect((await read(await h.verify(post(JSON.stringify({ paymentId: "p".repeat(40), txId: "t".repeat(200) }))))).status).toBe(200);
    expect(server.verifyPayment).toHaveBeenCalledWith({ paymentId: "p".repeat(40), expected: { amount: 1000, currency: "KRW" } });
  });

  it("verify: a declared size over 16 KB is refused before a byte is read; exactly 16 KB is read", async () => {
    const h = createHandlers(fake(), { findOrder: () => ({ amount: 1000, currency: "KRW" }) });
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    expect(await read(await h.verify(post(never, { "content-length": String(16 * 1024 + 1) })))).toStrictEqual({ status: 413, body: { ok: false, verdict: "invalid-request", message: "The body is over 16384 bytes." } });
    const body = JSON.stringify({ paymentId: "pay-1", pad: "x".repeat(16 * 1024 - 30) });
    expect(body.length).toBe(16 * 1024);
    expect((await read(await h.verify(post(body, { "content-length": String(body.length) })))).status).toBe(200);
  });

  it("verify: a body streamed in several chunks is put back together in order", async () => {
    const server = fake();
    const h = createHandlers(server, { findOrder: () => ({ amount: 1000, currency: "KRW" }) });
    const parts = ['{"payme', 'ntId":"pay', '-1"}'].map((p) => new TextEncoder().encode(p));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (const p of parts) c.enqueue(p);
        c.close();
      },
    });
    expect((await read(await h.verify(post(stream)))).status).toBe(200);
    expect(server.verifyPayment).toHaveBeenCalledWith({ paymentId: "pay-1", expected: { amount: 1000, currency: "KRW" } });
  });

  it("verify: an order that findOrder answers with undefined is unknown", async () => {
    const h = createHandlers(fake(), { findOrder: () => undefined as never });
    expect(await read(await h.verify(post(JSON.stringify({ paymentId: "pay-1" }))))).toStrictEqual({ status: 404, body: { ok: false, verdict: "unknown-order", paymentId: "pay-1" } });
  });

  it("verify: findOrder must give a positive whole amount in KRW or USD, or the merchant hears why (500)", async () => {
    for (const order of [{ amount: 0, currency: "KRW" }, { amount: 1.5, currency: "USD" }, { amount: 1000, currency: "EUR" }, { amount: 1000 }]) {
      const onError = vi.fn();
      const server = fake();
      const h = createHandlers(server, { findOrder: () => order as never, onError });
      expect(await read(await h.verify(post(JSON.stringify({ paymentId: "pay-1" })))), JSON.stringify(order)).toStrictEqual({ status: 500, body: { ok: false, verdict: "server-error" } });
      expect(server.verifyPayment).not.toHaveBeenCalled();
      expect(onError.mock.calls[0]![0]).toMatchObject({
        kind: "invalid",
        code: "INVALID_INPUT",
        operation: "handlers.verify",
        message: "[react-portone-inicis/server] handlers.verify: findOrder must return { amount: a whole number > 0, currency: KRW or USD } or null.",
      });
    }
    for (const currency of ["KRW", "USD"] as const) {
      const h = createHandlers(fake(), { findOrder: () => ({ amount: 1000, currency }) });
      expect((await read(await h.verify(post(JSON.stringify({ paymentId: "pay-1" }))))).status, currency).toBe(200);
    }
  });

  it("verify: our configuration refused by PortOne is a server error; PortOne being down is unavailable", async () => {
    const answerFor = async (error: unknown) => {
      const h = createHandlers(fake({ verifyPayment: () => Promise.reject(error) }), { findOrder: () => ({ amount: 1000, currency: "KRW" }) });
      return (await read(await h.verify(post(JSON.stringify({ paymentId: "pay-1" }))))).body.verdict;
    };
    const api = (code: string) => new InicisServerError({ kind: "api", code, operation: "verifyPayment", message: "x" });
    for (const code of ["UNAUTHORIZED", "FORBIDDEN", "INVALID_REQUEST"]) expect(await answerFor(api(code)), code).toBe("server-error");
    for (const code of ["PG_PROVIDER", "INVALID_RESPONSE", "UNKNOWN_ERROR"]) expect(await answerFor(api(code)), code).toBe("unavailable");
    expect(await answerFor(new InicisServerError({ kind: "network", code: "NETWORK_ERROR", operation: "v", message: "x" }))).toBe("unavailable");
    expect(await answerFor(new InicisServerError({ kind: "timeout", code: "TIMEOUT", operation: "v", message: "x" }))).toBe("unavailable");
    expect(await answerFor(new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "v", message: "x" }))).toBe("server-error");
    expect(await answerFor(new Error("plain"))).toBe("server-error");
  });

  it("webhook: a blank secret is misconfigured, and onError hears of it", async () => {
    for (const webhookSecret of [undefined, ""]) {
      const onError = vi.fn();
      const h = createHandlers(fake(), { findOrder: () => null, webhookSecret, onError });
      expect(await read(await h.webhook(post("{}")))).toStrictEqual({
        status: 500,
        body: { ok: false, verdict: "misconfigured", message: "No webhook secret: pass handlers({ webhookSecret }) with the secret from the PortOne console (whsec_...)." },
      });
      expect(onError.mock.calls[0]![0]).toMatchObject({ kind: "invalid", code: "INVALID_INPUT", operation: "handlers.webhook" });
    }
  });

  it("webhook: what verifyWebhook throws decides the answer", async () => {
    const answerFor = async (error: unknown) => {
      const onError = vi.fn();
      const h = createHandlers(fake({ verifyWebhook: () => Promise.reject(error) }), { findOrder: () => null, webhookSecret: "whsec_x", onError });
      return { ...(await read(await h.webhook(post("{}")))), errors: onError.mock.calls.length };
    };
    expect(await answerFor(new InicisServerError({ kind: "webhook", code: "NO_MATCHING_SIGNATURE", operation: "verifyWebhook", message: "x" }))).toStrictEqual({
      status: 400,
      body: { ok: false, verdict: "invalid-signature", reason: "NO_MATCHING_SIGNATURE" },
      errors: 0,
    });
    expect(await answerFor(new InicisServerError({ kind: "invalid", code: "INVALID_WEBHOOK_SECRET", operation: "verifyWebhook", message: "x" }))).toStrictEqual({
      status: 500,
      body: { ok: false, verdict: "misconfigured", message: "The webhook secret is not valid: copy it from the PortOne console (whsec_...)." },
      errors: 1,
    });
    expect(await answerFor(new Error("plain"))).toStrictEqual({ status: 500, body: { ok: false, verdict: "server-error" }, errors: 1 });
    expect(await answerFor(new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "verifyWebhook", message: "x" }))).toStrictEqual({ status: 500, body: { ok: false, verdict: "server-error" }, errors: 1 });
  });

  it("webhook: received without an onWebhook; a body over 256 KB is refused", async () => {
    const h = createHandlers(fake(), { findOrder: () => null, webhookSecret: "whsec_x" });
    expect(await read(await h.webhook(post("{}")))).toStrictEqual({ status: 200, body: { ok: true, verdict: "received" } });
    expect(await read(await h.webhook(post("x".repeat(256 * 1024 + 1))))).toStrictEqual({ status: 413, body: { ok: false, verdict: "invalid-request", message: "The body is over 262144 bytes." } });
  });
});

describe("toNodeHandler, with a stand-in request and response", () => {
  class FakeReq extends EventEmitter {
    method: string | undefined;
    url: string | undefined;
    headers: Record<string, string | string[] | undefined>;
    resumed = 0;
    constructor(init: { method?: string; url?: string; headers?: Record<string, string | string[] | undefined> }) {
      super();
      this.method = init.method;
      this.url = init.url;
      this.headers = init.headers ?? {};
    }
    resume() {
      this.resumed++;
      return this;
    }
  }
  // an EventEmitter is what Node's IncomingMessage is; the interface types its listeners more narrowly
  const node = (r: FakeReq) => r as unknown as NodeRequestLike;
  const res = () => {
    const r = { statusCode: 0, headers: {} as Record<string, string>, body: "", setHeader: (n: string, v: string) => void (r.headers[n] = v), end: (c?: Uint8Array) => void (r.body = new TextDecoder().decode(c)) };
    return r as NodeResponseLike & { headers: Record<string, string>; body: string };
  };
  const seen: Request[] = [];
  const echo = async (request: Request) => {
    seen.push(request);
    return new Response(JSON.stringify({ method: request.method, url: request.url, body: request.body ? await request.text() : null, h: [...request.headers.entries()] }), { status: 201, headers: { "x-one": "1" } });
  };

  it("no method is GET, no url is /, no host is localhost; GET and HEAD carry no body", async () => {
    for (const [method, expected] of [[undefined, "GET"], ["head", "HEAD"], ["get", "GET"]] as const) {
      const out = res();
      await toNodeHandler(echo)(node(new FakeReq({ method })), out);
      expect(out.statusCode).toBe(201);
      expect(JSON.parse(out.body)).toMatchObject({ method: expected, url: "http://localhost/", body: null });
      expect(out.headers["x-one"]).toBe("1");
    }
  });

  it("the host header and url make the request's URL; a host that is no host falls back to localhost", async () => {
    const out = res();
    await toNodeHandler(echo)(node(new FakeReq({ method: "GET", url: "/api/x?y=1", headers: { host: "shop.example" } })), out);
    expect(JSON.parse(out.body)).toMatchObject({ url: "http://shop.example/api/x?y=1" });
    const bad = res();
    await toNodeHandler(echo)(node(new FakeReq({ method: "GET", url: "/api/x", headers: { host: "exa mple" } })), bad);
    expect(JSON.parse(bad.body)).toMatchObject({ url: "http://localhost/" });
  });

  it("headers: lists become repeated headers, undefined ones are dropped, refused ones skipped", async () => {
    const out = res();
    await toNodeHandler(echo)(node(new FakeReq({ method: "GET", headers: { "x-list": ["a", "b"], "x-none": undefined, "x-bad": "a\nb", "x-ok": "v" } })), out);
    expect(JSON.parse(out.body).h).toEqual([
      ["x-list", "a, b"],
      ["x-ok", "v"],
    ]);
  });

  it("a POST body arrives as sent, strings and bytes alike", async () => {
    const req = new FakeReq({ method: "POST" });
    const out = res();
    const done = toNodeHandler(echo)(node(req), out);
    req.emit("data", "한글 ");
    req.emit("data", new TextEncoder().encode("bytes"));
    req.emit("end");
    await done;
    expect(JSON.parse(out.body)).toMatchObject({ method: "POST", body: "한글 bytes" });
  });

  it("a request that fails while streaming, or a handler that throws, is a 500 with a JSON body", async () => {
    const req = new FakeReq({ method: "POST" });
    const out = res();
    const done = toNodeHandler(echo)(node(req), out);
    req.emit("data", "x");
    req.emit("error", new Error("reset"));
    await done;
    expect(out.statusCode).toBe(500);
    expect(JSON.parse(out.body)).toStrictEqual({ ok: false, verdict: "server-error" });
    expect(out.headers).toStrictEqual({ "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    const thrown = res();
    await toNodeHandler(() => Promise.reject(new Error("boom")))(node(new FakeReq({ method: "GET" })), thrown);
    expect([thrown.statusCode, thrown.body]).toEqual([500, '{"ok":false,"verdict":"server-error"}']);
  });

  it("when the handler stops reading, the request's data listener is removed and the rest is drained", async () => {
    const h = createHandlers({ verifyPayment: vi.fn(), verifyWebhook: vi.fn() }, { findOrder: () => null });
    const req = new FakeReq({ method: "POST" });
    const out = res();
    const done = toNodeHandler(h.verify)(node(req), out);
    await new Promise((r) => setTimeout(r, 0));
    expect(req.listenerCount("data")).toBe(1);
    req.emit("data", new Uint8Array(17 * 1024));
    await done;
    expect(out.statusCode).toBe(413);
    expect(req.listenerCount("data")).toBe(0);
    expect(req.resumed).toBe(1);
  });
});
