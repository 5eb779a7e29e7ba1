// @vitest-environment node
// Issue 18, finding 1: an issued virtual account is not a payment. What the browser's verify call
// and a merchant calling verifyPayment see, against PortOne's records (VirtualAccountIssuedPayment).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, type VerifiedPayment } from "../../src/server/index";
import { ISSUED_ACCOUNT, issuedRecord, PortOneRecords, PortOneStandIn } from "./standin";

const standIn = new PortOneStandIn();
let baseUrl = "";
let records: PortOneRecords;
beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(() => standIn.stop());
beforeEach(() => {
  records = new PortOneRecords("store-1");
  standIn.reply = records.reply;
});

const order = { amount: 39000, currency: "KRW" as const };
const post = (paymentId: string) => new Request("http://shop.example/api/payments/verify", { method: "POST", body: JSON.stringify({ paymentId }) });
const instructions = { bank: "K_BANK", accountNumber: "70012345678901", amount: 39000, currency: "KRW", dueDate: "2026-12-01T23:59:59+09:00", holder: "(주)운동화가게" };

describe("an issued virtual account (issue 18, finding 1)", () => {
  it("verify answers virtual-account-issued with ok: false and the buyer's instructions; nothing is fulfilled", async () => {
    records.put(issuedRecord({ id: "pay-va" }));
    const onVerified = vi.fn<(p: VerifiedPayment) => void>();
    const { verify } = createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).handlers({ findOrder: () => order, onVerified });
    const response = await verify(post("pay-va"));
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({ ok: false, verdict: "virtual-account-issued", paymentId: "pay-va", amount: 39000, currency: "KRW", virtualAccount: instructions });
    expect(onVerified).not.toHaveBeenCalled();
  });

  it("verifyPayment carries the same instructions beside PortOne's record", async () => {
    records.put(issuedRecord({ id: "pay-va" }));
    const result = await createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).verifyPayment({ paymentId: "pay-va", expected: order });
    expect(result).toMatchObject({ verdict: "virtual-account-issued", virtualAccount: instructions, payment: { status: "VIRTUAL_ACCOUNT_ISSUED" } });
  });

  it("a record without an account number: still not paid, and no half account is shown", async () => {
    records.put(issuedRecord({ id: "pay-va" }, { method: { ...ISSUED_ACCOUNT, accountNumber: "" } }));
    const { verify } = createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).handlers({ findOrder: () => order });
    expect(await (await verify(post("pay-va"))).json()).toStrictEqual({ ok: false, verdict: "virtual-account-issued", paymentId: "pay-va", amount: 39000, currency: "KRW" });
  });

  it("a record without bank, due date or holder gives the account number and amount only", async () => {
    const { bank: _b, expiredAt: _e, remitteeName: _r, ...bare } = ISSUED_ACCOUNT;
    records.put(issuedRecord({ id: "pay-va" }, { method: bare }));
    const { verify } = createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).handlers({ findOrder: () => order });
    const body = (await (await verify(post("pay-va"))).json()) as { ok: boolean; virtualAccount: unknown };
    expect(body.ok).toBe(false);
    expect(body.virtualAccount).toStrictEqual({ accountNumber: "70012345678901", amount: 39000, currency: "KRW" });
    // verifyPayment's result holds no empty keys either
    const result = await createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).verifyPayment({ paymentId: "pay-va", expected: order });
    expect(result.verdict === "virtual-account-issued" && result.virtualAccount).toStrictEqual({ accountNumber: "70012345678901", amount: 39000, currency: "KRW" });
  });

  it("after the deposit the same verify answers paid, once PortOne's record says PAID", async () => {
    records.put(issuedRecord({ id: "pay-va" }));
    const onVerified = vi.fn<(p: VerifiedPayment) => void>();
    const { verify } = createInicisServer({ secret: "s", storeId: "store-1", baseUrl }).handlers({ findOrder: () => order, onVerified });
    expect(await (await verify(post("pay-va"))).json()).toMatchObject({ ok: false, verdict: "virtual-account-issued" });
    records.deposit("store-1", "pay-va");
    expect(await (await verify(post("pay-va"))).json()).toStrictEqual({ ok: true, verdict: "paid", paymentId: "pay-va", amount: 39000, currency: "KRW" });
    expect(onVerified).toHaveBeenCalledOnce();
  });
});
