// @vitest-environment node
// Issue 18, finding 2: every lookup names the configured store, and a record of another store is
// never this store's payment. PortOne is the stand-in: lookups are scoped by `storeId`, and without
// one PortOne uses the API secret's own store (here `store-main`), as the server SDK documents.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, InicisServerError, type VerifiedPayment } from "../../src/server/index";
import { paidRecord, PortOneRecords, PortOneStandIn, type Recorded, type Reply } from "./standin";

const standIn = new PortOneStandIn();
let baseUrl = "";
let records: PortOneRecords;
beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  standIn.requests.length = 0;
  records = new PortOneRecords("store-main");
  standIn.reply = records.reply;
});

const order = { amount: 39000, currency: "KRW" as const };
const post = (paymentId: string) => new Request("http://shop.example/api/payments/verify", { method: "POST", body: JSON.stringify({ paymentId }) });
/** PortOne answering with a record of another store, whatever the lookup asked. */
const foreignRecord = (req: Recorded): Reply => (req.method === "GET" ? { status: 200, body: paidRecord({ id: "pay-1", storeId: "store-other" }) } : { status: 500, body: { type: "UNEXPECTED" } });

describe("store scoping (issue 18, finding 2)", () => {
  it("verify looks the payment up in the configured store, not in the secret's own store", async () => {
    records.put(paidRecord({ id: "pay-sub", storeId: "store-sub" }));
    const { verify } = createInicisServer({ secret: "s", storeId: "store-sub", baseUrl }).handlers({ findOrder: () => order });
    expect(await (await verify(post("pay-sub"))).json()).toStrictEqual({ ok: true, verdict: "paid", paymentId: "pay-sub", amount: 39000, currency: "KRW" });
    // without a storeId, the secret's own store answers: the sub-store's payment is not there
    const plain = createInicisServer({ secret: "s", baseUrl }).handlers({ findOrder: () => order });
    expect(await (await plain.verify(post("pay-sub"))).json()).toStrictEqual({ ok: false, verdict: "not-found", paymentId: "pay-sub" });
    expect(records.lookups).toEqual(["store-sub", undefined]);
  });

  it("a record of another store: verify answers 409 other-store and fulfils nothing", async () => {
    standIn.reply = foreignRecord;
    const onVerified = vi.fn<(p: VerifiedPayment) => void>();
    const { verify } = createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).handlers({ findOrder: () => order, onVerified });
    const response = await verify(post("pay-1"));
    expect([response.status, await response.json()]).toStrictEqual([409, { ok: false, verdict: "other-store", paymentId: "pay-1" }]);
    expect(onVerified).not.toHaveBeenCalled();
  });

  it("a record of another store: verifyPayment says whose it is, and is not paid", async () => {
    standIn.reply = foreignRecord;
    const result = await createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).verifyPayment({ paymentId: "pay-1", expected: order });
    expect(result).toMatchObject({ verdict: "other-store", storeId: "store-other", expectedStoreId: "store-1", payment: { id: "pay-1" } });
  });

  it("a record of another store is other-store even on a TEST channel (the store is checked first)", async () => {
    standIn.reply = () => ({ status: 200, body: paidRecord({ id: "pay-1", storeId: "store-other" }, { channel: { type: "TEST", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" } }) });
    const result = await createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).verifyPayment({ paymentId: "pay-1", expected: order });
    expect(result.verdict).toBe("other-store");
  });

  it("cancelPayment reads the payment in the configured store before refunding it", async () => {
    records.put(paidRecord({ id: "pay-sub", storeId: "store-sub" }));
    standIn.reply = (req) => (req.method === "POST" ? { status: 200, body: { cancellation: { status: "SUCCEEDED", id: "c-1", totalAmount: 39000, taxFreeAmount: 0, vatAmount: 0, reason: "r", requestedAt: "2026-11-28T00:00:00Z", cancelledAt: "2026-11-28T00:00:00Z" } } } : records.reply(req));
    await createInicisServer({ secret: "s", storeId: "store-sub", baseUrl }).cancelPayment({ paymentId: "pay-sub", reason: "고객 요청" });
    expect(records.lookups).toEqual(["store-sub"]);
    expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /payments/pay-sub?storeId=store-sub", "POST /payments/pay-sub/cancel"]);
    expect(standIn.requests[1]!.body).toMatchObject({ storeId: "store-sub" });
  });

  it("cancelPayment of a record of another store: OTHER_STORE, and no refund is sent", async () => {
    standIn.reply = foreignRecord;
    const error = await createInicisServer({ secret: "s", storeId: "store-1", baseUrl })
      .cancelPayment({ paymentId: "pay-1", reason: "고객 요청" })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(InicisServerError);
    expect(error).toMatchObject({ kind: "api", code: "OTHER_STORE", operation: "cancelPayment", message: "[react-portone-inicis/server] cancelPayment: the payment belongs to store store-other, not to the configured storeId store-1: nothing was refunded." });
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET"]);
  });
});
