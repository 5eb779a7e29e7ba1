// @vitest-environment node
// Issue 18, finding 4: one fulfilment hook, `onPaid`, called only when PortOne's record says PAID
// for this store and matches the order, whether the browser's verify or PortOne's Transaction.Paid
// webhook comes first; webhooks are handled once per `webhook-id`. The merchant's side is an
// in-memory orders table updated the way onPaid's contract asks (one atomic compare-and-set).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, type ExpectedOrder, type InicisHandlers, type InicisHandlersOptions, type PaidOrder, type VerifiedPayment } from "../../src/server/index";
import { CALL_CAP_MS, issuedRecord, paidEvent, paidRecord, PortOneRecords, PortOneStandIn, signWebhook, type Reply } from "./standin";

const key = randomBytes(32);
const WEBHOOK_SECRET = `whsec_${key.toString("base64")}`;
const standIn = new PortOneStandIn();
let baseUrl = "";
let records: PortOneRecords;
beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(() => standIn.stop());

/** The merchant's orders: `pay` is the atomic `UPDATE ... WHERE status = 'pending' RETURNING id`. */
class Orders {
  readonly rows = new Map<string, ExpectedOrder & { status: "pending" | "paid" }>();
  fulfilled: string[] = [];
  add(id: string, amount = 39000): this {
    this.rows.set(id, { amount, currency: "KRW", status: "pending" });
    return this;
  }
  readonly find = (id: string): ExpectedOrder | null => {
    const row = this.rows.get(id);
    return row ? { amount: row.amount, currency: row.currency } : null;
  };
  readonly pay = async ({ paymentId }: PaidOrder): Promise<void> => {
    // the database round trip: one turn of the event loop, so concurrent calls interleave here
    await new Promise((r) => setImmediate(r));
    const row = this.rows.get(paymentId);
    if (row?.status !== "pending") return;
    row.status = "paid";
    this.fulfilled.push(paymentId);
  };
}

let orders: Orders;
let onPaid: ReturnType<typeof vi.fn<(p: PaidOrder) => Promise<void>>>;
let onWebhook: ReturnType<typeof vi.fn<(e: unknown) => void>>;
let handlers: InicisHandlers;
const make = (over: Partial<InicisHandlersOptions> = {}) => createInicisServer({ secret: "s", storeId: "store-1", baseUrl, timeoutMs: CALL_CAP_MS }).handlers({ findOrder: orders.find, onPaid, onWebhook, webhookSecret: WEBHOOK_SECRET, ...over });

beforeEach(() => {
  records = new PortOneRecords("store-1");
  standIn.reply = records.reply;
  standIn.requests.length = 0;
  orders = new Orders().add("pay-1");
  onPaid = vi.fn(orders.pay);
  onWebhook = vi.fn();
  handlers = make();
});

const verify = async (paymentId: string, h = handlers) => {
  const r = await h.verify(new Request("http://shop.example/api/payments/verify", { method: "POST", body: JSON.stringify({ paymentId }) }));
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};
const deliver = async (body: string, id: string, h = handlers) => {
  const r = await h.webhook(new Request("http://shop.example/api/portone/webhook", { method: "POST", body, headers: signWebhook(key, body, id) }));
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

describe("fulfilment through onPaid (issue 18, finding 4)", () => {
  it("a Transaction.Paid webhook alone fulfils: the payment is re-fetched from the configured store and compared with the order", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    expect(await deliver(paidEvent("pay-1"), "wh-1")).toStrictEqual({ status: 200, body: { ok: true, verdict: "received", paymentId: "pay-1", check: "paid" } });
    expect(records.lookups).toEqual(["store-1"]);
    expect(onPaid).toHaveBeenCalledOnce();
    expect(onPaid.mock.calls[0]![0]).toMatchObject({ paymentId: "pay-1", source: "webhook", order: { amount: 39000, currency: "KRW" }, payment: { status: "PAID", storeId: "store-1" } });
    expect(orders.fulfilled).toEqual(["pay-1"]);
    expect(onWebhook).toHaveBeenCalledWith(expect.objectContaining({ type: "Transaction.Paid" }));
    // only a paid event is looked up: a billing key issued goes to onWebhook as it is
    const issued = JSON.stringify({ type: "BillingKey.Issued", timestamp: "2026-11-28T00:00:00Z", data: { billingKey: "billing-key-1", storeId: "store-1" } });
    expect(await deliver(issued, "wh-2")).toStrictEqual({ status: 200, body: { ok: true, verdict: "received" } });
    expect(onWebhook).toHaveBeenLastCalledWith(expect.objectContaining({ type: "BillingKey.Issued" }));
    expect(records.lookups).toHaveLength(1);
  });

  it("a webhook whose record is not this order's payment fulfils nothing, and says why", async () => {
    orders.add("pay-cheap").add("pay-issued").add("pay-elsewhere").add("pay-test");
    records.put(paidRecord({ id: "pay-cheap", total: 100 })).put(issuedRecord({ id: "pay-issued" })).put(paidRecord({ id: "pay-test" }, { channel: { type: "TEST", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" } }));
    const cases: [string, string][] = [
      ["pay-cheap", "amount-mismatch"],
      ["pay-issued", "virtual-account-issued"],
      ["pay-elsewhere", "not-found"],
      ["pay-test", "test-channel"],
      ["pay-nobody", "unknown-order"],
    ];
    for (const [id, check] of cases) expect(await deliver(paidEvent(id), `wh-${id}`), id).toStrictEqual({ status: 200, body: { ok: true, verdict: "received", paymentId: id, check } });
    expect(onPaid).not.toHaveBeenCalled();
    expect(records.lookups).toHaveLength(4);
  });

  it("verify and webhook, concurrent, replayed and redelivered, fulfil one order exactly once", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    const event = paidEvent("pay-1");
    const answers = await Promise.all([verify("pay-1"), deliver(event, "wh-1"), verify("pay-1"), deliver(event, "wh-1"), verify("pay-1"), deliver(event, "wh-2")]);
    for (const a of answers.filter((_, i) => i % 2 === 0)) expect(a).toStrictEqual({ status: 200, body: { ok: true, verdict: "paid", paymentId: "pay-1", amount: 39000, currency: "KRW" } });
    expect(answers.filter((_, i) => i % 2 === 1).map((a) => a.body.verdict).sort()).toEqual(["duplicate", "received", "received"]);
    expect(orders.fulfilled).toEqual(["pay-1"]);
    expect(orders.rows.get("pay-1")!.status).toBe("paid");
    expect(onPaid.mock.calls.map((c) => c[0].source).sort()).toEqual(["verify", "verify", "verify", "webhook", "webhook"]);
  });

  it("a redelivered webhook-id answers duplicate: PortOne is not asked again, onPaid and onWebhook do not run again", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    await deliver(paidEvent("pay-1"), "wh-1");
    expect(await deliver(paidEvent("pay-1"), "wh-1")).toStrictEqual({ status: 200, body: { ok: true, verdict: "duplicate" } });
    expect([records.lookups.length, onPaid.mock.calls.length, onWebhook.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it("a delivery that failed (PortOne down) is handled again on PortOne's retry of the same webhook-id", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    standIn.reply = (): Reply => "close";
    expect(await deliver(paidEvent("pay-1"), "wh-1")).toStrictEqual({ status: 502, body: { ok: false, verdict: "unavailable" } });
    expect(onPaid).not.toHaveBeenCalled();
    standIn.reply = records.reply;
    expect(await deliver(paidEvent("pay-1"), "wh-1")).toMatchObject({ status: 200, body: { verdict: "received", check: "paid" } });
    expect(orders.fulfilled).toEqual(["pay-1"]);
  });

  it("onPaid throwing: verify answers 500 and the webhook 500, so PortOne retries and the retry runs it again", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    onPaid.mockRejectedValueOnce(new Error("db down")).mockRejectedValueOnce(new Error("db down"));
    const onError = vi.fn();
    handlers = make({ onError });
    expect(await verify("pay-1")).toStrictEqual({ status: 500, body: { ok: false, verdict: "server-error" } });
    expect(await deliver(paidEvent("pay-1"), "wh-1")).toStrictEqual({ status: 500, body: { ok: false, verdict: "server-error" } });
    expect(onWebhook).not.toHaveBeenCalled();
    expect(await deliver(paidEvent("pay-1"), "wh-1")).toMatchObject({ status: 200, body: { verdict: "received", check: "paid" } });
    expect(orders.fulfilled).toEqual(["pay-1"]);
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it("a virtual account: issued is not fulfilled; its deposit arrives as Transaction.Paid and fulfils through onPaid", async () => {
    records.put(issuedRecord({ id: "pay-1" }));
    expect(await verify("pay-1")).toMatchObject({ status: 200, body: { ok: false, verdict: "virtual-account-issued" } });
    expect(onPaid).not.toHaveBeenCalled();
    records.deposit("store-1", "pay-1");
    expect(await deliver(paidEvent("pay-1"), "wh-deposit")).toMatchObject({ status: 200, body: { verdict: "received", check: "paid" } });
    expect(onPaid.mock.calls[0]![0]).toMatchObject({ source: "webhook", payment: { status: "PAID", method: { type: "PaymentMethodVirtualAccount", accountNumber: "70012345678901" } } });
    expect(await verify("pay-1")).toMatchObject({ status: 200, body: { ok: true, verdict: "paid" } });
    expect(orders.fulfilled).toEqual(["pay-1"]);
  });

  it("onVerified stays as onPaid's deprecated name (webhooks included, with verdict: paid); giving both is refused", async () => {
    records.put(paidRecord({ id: "pay-1" }));
    const onVerified = vi.fn<(p: VerifiedPayment) => void>();
    const legacy = make({ onPaid: undefined, onVerified });
    await deliver(paidEvent("pay-1"), "wh-1", legacy);
    expect(onVerified.mock.calls[0]![0]).toMatchObject({ paymentId: "pay-1", verdict: "paid", source: "webhook" });
    let both: unknown;
    try {
      make({ onVerified });
    } catch (error) {
      both = error;
    }
    expect(both).toMatchObject({ kind: "invalid", code: "INVALID_INPUT", operation: "handlers", message: "[react-portone-inicis/server] handlers: give onPaid or onVerified (its deprecated name), not both: each would fulfil the order." });
  });
});
