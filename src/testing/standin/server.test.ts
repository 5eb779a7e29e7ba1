// @vitest-environment node
// The REST stand-in as a merchant's server test meets it: the library's own /server flows (over
// @portone/server-sdk) pointed at it with `baseUrl`, and PortOne's SDK types checking its records.
import type { Payment } from "@portone/server-sdk";
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from "vitest";
import { createInicisServer, type InicisServerError, type PaidOrder } from "../../server/index";
import { createPortOneStandIn } from "./server";
import type { StandInPayment } from "./types";

const SECRET = "test-api-secret";
const standIn = createPortOneStandIn({ storeId: "store-1", secret: SECRET });
let server: ReturnType<typeof createInicisServer>;

beforeAll(async () => {
  await standIn.listen();
  server = createInicisServer({ secret: SECRET, storeId: "store-1", baseUrl: standIn.url, timeoutMs: 5000 });
});
afterAll(() => standIn.close());
beforeEach(() => standIn.reset());

const expected = { amount: 39000, currency: "KRW" } as const;

describe("PortOne's records, as the server SDK reads them", () => {
  it("stays assignable to the server SDK's Payment types", () => {
    expectTypeOf<StandInPayment>().toExtend<Payment.Payment>();
    expectTypeOf<Extract<StandInPayment, { status: "PAID" }>>().toExtend<Payment.PaidPayment>();
    expectTypeOf<Extract<StandInPayment, { status: "VIRTUAL_ACCOUNT_ISSUED" }>>().toExtend<Payment.VirtualAccountIssuedPayment>();
    expectTypeOf<Extract<StandInPayment, { status: "FAILED" }>>().toExtend<Payment.FailedPayment>();
    expectTypeOf<Extract<StandInPayment, { status: "CANCELLED" | "PARTIAL_CANCELLED" }>>().toExtend<Payment.CancelledPayment | Payment.PartialCancelledPayment>();
  });

  it("serves on 127.0.0.1 only, and says when read before listen()", async () => {
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const idle = createPortOneStandIn({ storeId: "store-1" });
    expect(() => idle.url).toThrow(/after await standIn.listen\(\)/);
    expect(await standIn.listen()).toBe(standIn.url);
  });

  it("a paid payment verifies as paid, with the secret sent", async () => {
    standIn.pay({ paymentId: "pay-1", amount: 39000, orderName: "운동화" });
    const verdict = await server.verifyPayment({ paymentId: "pay-1", expected });
    expect(verdict.verdict).toBe("paid");
    expect(standIn.requests).toEqual([expect.objectContaining({ method: "GET", paymentId: "pay-1", authorization: `PortOne ${SECRET}`, path: "/payments/pay-1?storeId=store-1" })]);
  });

  it("misreportNext: the next payment reports another total, and verification refuses it", async () => {
    standIn.misreportNext(1000);
    standIn.pay({ paymentId: "pay-1", amount: 39000 });
    standIn.pay({ paymentId: "pay-2", amount: 39000 });
    expect(await server.verifyPayment({ paymentId: "pay-1", expected })).toMatchObject({ verdict: "amount-mismatch", actual: { amount: 1000 } });
    expect((await server.verifyPayment({ paymentId: "pay-2", expected })).verdict).toBe("paid");
  });

  it("each status reads as PortOne's", async () => {
    standIn.pay({ paymentId: "failed", amount: 39000, status: "FAILED" });
    standIn.pay({ paymentId: "cancelled", amount: 39000, status: "CANCELLED" });
    standIn.pay({ paymentId: "ready", amount: 39000, status: "READY" });
    standIn.pay({ paymentId: "test", amount: 39000, channel: "TEST" });
    standIn.pay({ paymentId: "elsewhere", amount: 39000, storeId: "store-2" });
    const verdicts = await Promise.all(["failed", "cancelled", "ready", "test", "elsewhere", "never"].map(async (paymentId) => (await server.verifyPayment({ paymentId, expected })).verdict));
    expect(verdicts).toEqual(["failed", "cancelled", "pending", "test-channel", "not-found", "not-found"]);
  });

  it("a wrong secret is UNAUTHORIZED", async () => {
    standIn.pay({ paymentId: "pay-1", amount: 39000 });
    const stranger = createInicisServer({ secret: "another-secret", storeId: "store-1", baseUrl: standIn.url, timeoutMs: 5000 });
    const error = (await stranger.verifyPayment({ paymentId: "pay-1", expected }).catch((e: unknown) => e)) as InicisServerError;
    expect(error).toMatchObject({ kind: "api", code: "UNAUTHORIZED" });
  });
});

describe("refunds (POST /payments/{id}/cancel, as cancelPayment sends it)", () => {
  it("a partial refund, then the rest; a third is refused", async () => {
    standIn.pay({ paymentId: "pay-1", amount: 39000 });
    const first = await server.cancelPayment({ paymentId: "pay-1", reason: "고객 요청", amount: 10000 });
    expect(first.cancellation).toMatchObject({ status: "SUCCEEDED", totalAmount: 10000 });
    expect(standIn.payments.get("pay-1")).toMatchObject({ status: "PARTIAL_CANCELLED", amount: { total: 39000, cancelled: 10000 } });
    // cancelPayment sent the refundable rest it read (currentCancellableAmount): the stand-in checked it
    expect(standIn.requests.at(-1)?.body).toMatchObject({ amount: 10000, currentCancellableAmount: 39000, storeId: "store-1" });
    await server.cancelPayment({ paymentId: "pay-1", reason: "고객 요청" });
    expect(standIn.payments.get("pay-1")).toMatchObject({ status: "CANCELLED", amount: { cancelled: 39000 } });
    expect((await server.verifyPayment({ paymentId: "pay-1", expected })).verdict).toBe("cancelled");
    await expect(server.cancelPayment({ paymentId: "pay-1", reason: "again" })).rejects.toMatchObject({ kind: "invalid" });
  });

  it("a stale refundable amount is refused, as PortOne refuses a racing refund", async () => {
    standIn.pay({ paymentId: "pay-1", amount: 39000 });
    await expect(server.cancelPayment({ paymentId: "pay-1", reason: "r", amount: 1000, currentCancellableAmount: 5000 })).rejects.toMatchObject({ code: "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN" });
    expect(standIn.payments.get("pay-1")?.status).toBe("PAID");
  });
});

describe("webhooks, signed as /server's verifier expects", () => {
  let paid: PaidOrder[];
  let shipped: string[];
  const handlers = () =>
    server.handlers({
      findOrder: () => expected,
      onPaid: (p) => {
        paid.push(p);
        if (!shipped.includes(p.paymentId)) shipped.push(p.paymentId);
      },
      webhookSecret: standIn.webhookSecret,
    });
  let app: ReturnType<typeof handlers>;
  const route = createPortOneStandIn({ storeId: "store-1" });
  let webhookUrl = "";
  beforeAll(async () => {
    // the merchant's webhook route on node:http, to be delivered to
    const { createServer } = await import("node:http");
    const { toNodeHandler } = await import("../../server/index");
    const http = createServer((req, res) => void toNodeHandler(app.webhook)(req, res));
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    webhookUrl = `http://127.0.0.1:${(http.address() as { port: number }).port}/webhook`;
    return () => new Promise<void>((r) => http.close(() => r()));
  });
  beforeEach(() => {
    paid = [];
    shipped = [];
    app = handlers();
  });

  it("a Transaction.Paid webhook fulfils once; its retry is a duplicate", async () => {
    standIn.pay({ paymentId: "pay-1", amount: 39000 });
    const answers = await standIn.sendWebhook("pay-1", { webhookUrl, deliveries: ["wh-1", "wh-1"] });
    expect(answers.map((a) => [a.status, (a.body as { verdict: string }).verdict])).toEqual([
      [200, "received"],
      [200, "duplicate"],
    ]);
    expect(paid.map((p) => [p.paymentId, p.source])).toEqual([["pay-1", "webhook"]]);
  });

  it("deposit(): the issued account becomes PAID and its webhook fulfils it", async () => {
    standIn.pay({ paymentId: "va-1", amount: 39000, payMethod: "VIRTUAL_ACCOUNT" });
    const issued = await server.verifyPayment({ paymentId: "va-1", expected });
    expect(issued).toMatchObject({ verdict: "virtual-account-issued", virtualAccount: { bank: "SHINHAN" } });
    const [delivery] = await standIn.deposit("va-1", { webhookUrl });
    expect(delivery).toMatchObject({ status: 200, body: { verdict: "received", check: "paid" } });
    expect(standIn.payments.get("va-1")).toMatchObject({ status: "PAID", method: { type: "PaymentMethodVirtualAccount" } });
    expect(shipped).toEqual(["va-1"]);
    await expect(standIn.deposit("va-1", { webhookUrl })).rejects.toThrow(/needs an issued virtual account/);
  });

  it("a webhook signed with another secret is refused", async () => {
    await route.listen();
    route.pay({ paymentId: "pay-1", amount: 39000 });
    const [answer] = await route.sendWebhook("pay-1", { webhookUrl });
    expect(answer).toMatchObject({ status: 400, body: { verdict: "invalid-signature" } });
    expect(paid).toEqual([]);
    await route.close();
  });

  it("signWebhook signs a body of the test's own", async () => {
    const body = JSON.stringify({ type: "Transaction.Paid", timestamp: new Date().toISOString(), data: { paymentId: "pay-1", storeId: "store-1", transactionId: "tx-1" } });
    const headers = standIn.signWebhook(body, { id: "wh-own" });
    await expect(server.verifyWebhook({ rawBody: body, headers, webhookSecret: standIn.webhookSecret })).resolves.toMatchObject({ type: "Transaction.Paid" });
    await expect(server.verifyWebhook({ rawBody: body.replace("pay-1", "pay-2"), headers, webhookSecret: standIn.webhookSecret })).rejects.toMatchObject({ kind: "webhook" });
  });
});
