// @vitest-environment node
import { createHmac, randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApp } from "../../examples/server/app.mjs";
import { PortOneStandIn } from "./standin";

const key = randomBytes(32);
const standIn = new PortOneStandIn();
const orders = new Map<string, { amount: number; currency: "KRW" | "USD"; paid?: boolean }>([
  ["pay-1", { amount: 39000, currency: "KRW" }],
  ["pay-2", { amount: 39000, currency: "KRW" }],
]);
/** The orders table as db.mjs gives it, in memory: markPaid is the atomic pending-to-paid update. */
const table = {
  find: async (paymentId: string) => orders.get(paymentId) ?? null,
  markPaid: async (paymentId: string) => {
    const order = orders.get(paymentId);
    if (!order || order.paid) return false;
    order.paid = true;
    return true;
  },
};
const onEvent = vi.fn();
const onFulfil = vi.fn();
let app: ReturnType<typeof createApp>;
let base = "";

beforeAll(async () => {
  const api = await standIn.start();
  app = createApp({ secret: "example-secret", webhookSecret: `whsec_${key.toString("base64")}`, storeId: "store-1", channelKey: "ck", baseUrl: api, orders: table, onFulfil, onEvent });
  await new Promise<void>((r) => app.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => app.close(r));
  await standIn.stop();
});

const post = (path: string, body: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { method: "POST", body, headers });

describe("examples/server", () => {
  it("verifies a payment against the order before marking it paid (the verify handler)", async () => {
    const paid = (id: string, total: number, channel = "LIVE") => ({ status: 200, body: { status: "PAID", id, storeId: "store-1", amount: { total }, currency: "KRW", channel: { type: channel, pgProvider: "INICIS_V2", pgMerchantId: "m" } } });
    standIn.reply = () => paid("pay-1", 39000);
    const ok = await post("/api/portone/verify", JSON.stringify({ paymentId: "pay-1", txId: "tx-1" }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true, verdict: "paid", paymentId: "pay-1", amount: 39000, currency: "KRW" });
    expect(orders.get("pay-1")?.paid).toBe(true);
    // a replayed verify finds the order paid already: it is not fulfilled again
    expect((await post("/api/portone/verify", JSON.stringify({ paymentId: "pay-1" }))).status).toBe(200);
    expect(onFulfil.mock.calls).toEqual([["pay-1"]]);
    standIn.reply = () => paid("pay-2", 100);
    const tampered = await post("/api/portone/verify", JSON.stringify({ paymentId: "pay-2" }));
    expect(tampered.status).toBe(409);
    expect(await tampered.json()).toEqual({ ok: false, verdict: "amount-mismatch", paymentId: "pay-2" });
    standIn.reply = () => paid("pay-2", 39000, "TEST");
    expect(await (await post("/api/portone/verify", JSON.stringify({ paymentId: "pay-2" }))).json()).toMatchObject({ ok: false, verdict: "test-channel" });
    expect(orders.get("pay-2")?.paid).toBeUndefined();
    const unknown = await post("/api/portone/verify", JSON.stringify({ paymentId: "pay-9" }));
    expect([unknown.status, await unknown.json()]).toEqual([404, { ok: false, verdict: "unknown-order", paymentId: "pay-9" }]);
  });

  it("accepts a signed webhook on the raw body and refuses a forged one", async () => {
    const body = JSON.stringify({ type: "Transaction.Paid", data: { paymentId: "pay-1" } });
    const ts = String(Math.floor(Date.now() / 1000));
    const sig = createHmac("sha256", key).update(`wh-1.${ts}.${body}`).digest("base64");
    const headers = { "webhook-id": "wh-1", "webhook-timestamp": ts, "webhook-signature": `v1,${sig}` };
    const received = await post("/api/portone/webhook", body, headers);
    expect([received.status, await received.json()]).toEqual([200, expect.objectContaining({ ok: true, verdict: "received" })]);
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: "Transaction.Paid" }));
    expect((await post("/api/portone/webhook", body.replace("pay-1", "pay-9"), headers)).status).toBe(400);
  });

  it("issues an API billing key from BillingKeyForm's keyed-in submit, and refuses a bad card before calling PortOne", async () => {
    standIn.requests.length = 0;
    standIn.reply = () => ({ status: 200, body: { billingKeyInfo: { billingKey: "billing-key-1", issuedAt: "2026-11-28T00:00:00Z" } } });
    const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
    const credential = { number: "4111111111111111", expiryYear: "30", expiryMonth: "12", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "12" };
    const ok = await post("/api/billing-keys", JSON.stringify({ credential, customer }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ billingKey: "billing-key-1", warnings: ["contract.required"] });
    expect(standIn.requests[0]).toMatchObject({ path: "/billing-keys", authorization: "PortOne example-secret", body: { customer: { name: { full: "홍길동" } } } });
    const bad = await post("/api/billing-keys", JSON.stringify({ credential: { ...credential, number: "4111111111111112" }, customer }));
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).toContain("INVALID_INPUT");
    expect(text).not.toContain("4111111111111112");
    expect(standIn.requests).toHaveLength(1);
  });
});
