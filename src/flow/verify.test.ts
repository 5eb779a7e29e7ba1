import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import type { Outcome } from "../core/outcome";
import { VERIFY_VERDICTS } from "../core/verify-contract";
import { verifyOutcome } from "./verify";

// What the merchant's server is asked about a reported payment, and what its answer makes of it.

const PAID: Outcome = { status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" };
const paidBody = { ok: true, verdict: "paid", paymentId: "pay-1", amount: 5000, currency: "KRW" };

let fetchMock: Mock<typeof fetch>;
const answer = (body: unknown): void => {
  fetchMock.mockResolvedValue(new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } }));
};

beforeEach(() => {
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("verifyOutcome", () => {
  it("POSTs the payment's ids as JSON to verifyUrl, with the page's cookies, after telling the component", async () => {
    answer(paidBody);
    const order: string[] = [];
    const onVerifying = vi.fn(() => order.push("verifying"));
    fetchMock.mockImplementation(async () => {
      order.push("fetch");
      return new Response(JSON.stringify(paidBody));
    });
    const out = await verifyOutcome(PAID, "/api/verify", { amount: 5000, currency: "KRW" }, onVerifying);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe("/api/verify");
    expect(init).toEqual({ method: "POST", headers: { "content-type": "application/json" }, credentials: "same-origin", body: JSON.stringify({ paymentId: "pay-1", txId: "tx-1" }) });
    expect(order).toEqual(["verifying", "fetch"]);
    expect(out).toEqual({ ...PAID, verification: paidBody });
  });

  it("sends no txId when the SDK gave none", async () => {
    answer(paidBody);
    await verifyOutcome({ status: "success", flow: "payment", paymentId: "pay-1" }, "/v", undefined, () => undefined);
    expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({ paymentId: "pay-1" });
  });

  it("leaves an outcome alone without verifyUrl, with verifyUrl false or empty, for billing keys and for anything but a success", async () => {
    const onVerifying = vi.fn();
    const billingKey: Outcome = { status: "success", flow: "billingKey", billingKey: "bk-1" };
    const failure: Outcome = { status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "no", paymentId: "pay-1" };
    const cancelled: Outcome = { status: "cancelled", flow: "payment", code: "BUYER_CANCELLED" };
    const invalid: Outcome = { status: "invalid", flow: "payment", issues: [] };
    for (const [outcome, url] of [
      [PAID, undefined],
      [PAID, false],
      [PAID, ""],
      [billingKey, "/v"],
      [failure, "/v"],
      [cancelled, "/v"],
      [invalid, "/v"],
    ] as const) {
      expect(await verifyOutcome(outcome, url, { amount: 1 }, onVerifying)).toBe(outcome);
    }
    expect(fetchMock).not.toHaveBeenCalled();
    expect(onVerifying).not.toHaveBeenCalled();
  });

  it("verifies the first payment of a phone billing key", async () => {
    answer(paidBody);
    const phone: Outcome = { status: "success", flow: "phoneBilling", billingKey: "bk", paymentId: "pay-1" };
    expect(await verifyOutcome(phone, "/v", { amount: 5000 }, () => undefined)).toEqual({ ...phone, verification: paidBody });
  });

  it("refuses every verdict but paid (and an issued account, its own outcome), with the server's answer, the ids and the verdict in the message", async () => {
    for (const verdict of VERIFY_VERDICTS.filter((v) => v !== "paid" && v !== "virtual-account-issued")) {
      const body = { ok: false, verdict, paymentId: "pay-1" };
      answer(body);
      const out = await verifyOutcome(PAID, "/v", { amount: 5000 }, () => undefined);
      expect(out, verdict).toEqual({ status: "failure", flow: "payment", code: "VERIFY_REFUSED", message: `Your server did not confirm the payment (${verdict}).`, paymentId: "pay-1", txId: "tx-1", verification: body });
    }
  });

  it("refuses a paid verdict that says ok: false, and an ok: true that is not paid", async () => {
    answer({ ...paidBody, ok: false });
    expect(await verifyOutcome(PAID, "/v", undefined, () => undefined)).toMatchObject({ status: "failure", code: "VERIFY_REFUSED", verification: { ok: false, verdict: "paid" } });
    // issue 18: an issued virtual account is its own outcome, never a success, whatever its ok says
    answer({ ok: true, verdict: "virtual-account-issued", paymentId: "pay-1", amount: 5000, currency: "KRW" });
    expect(await verifyOutcome(PAID, "/v", undefined, () => undefined)).toMatchObject({ status: "virtualAccountIssued", paymentId: "pay-1" });
  });

  describe("virtual accounts (issue 18)", () => {
    const account = { bank: "K_BANK", accountNumber: "1002", amount: 5000, currency: "KRW", dueDate: "2026-12-08T00:00:00Z", holder: "상점" };
    it("the server's virtual-account-issued answer: issued, with the buyer's instructions, never a success", async () => {
      const body = { ok: false, verdict: "virtual-account-issued", paymentId: "pay-1", amount: 5000, currency: "KRW", virtualAccount: account };
      answer(body);
      expect(await verifyOutcome(PAID, "/v", { amount: 5000 }, () => undefined, "VIRTUAL_ACCOUNT")).toEqual({ status: "virtualAccountIssued", flow: "payment", paymentId: "pay-1", txId: "tx-1", virtualAccount: account, verification: body });
    });
    it("an issued account for another amount is refused as a mismatch", async () => {
      answer({ ok: false, verdict: "virtual-account-issued", paymentId: "pay-1", amount: 4000, currency: "KRW", virtualAccount: account });
      expect(await verifyOutcome(PAID, "/v", { amount: 5000 }, () => undefined, "VIRTUAL_ACCOUNT")).toMatchObject({ status: "failure", code: "VERIFY_REFUSED" });
    });
    it("without verifyUrl a VIRTUAL_ACCOUNT payment the window reported is issued, not paid; other pay methods stay a success", async () => {
      expect(await verifyOutcome(PAID, undefined, undefined, () => undefined, "VIRTUAL_ACCOUNT")).toEqual({ status: "virtualAccountIssued", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
      expect(await verifyOutcome(PAID, false, undefined, () => undefined, "CARD")).toBe(PAID);
      expect(fetchMock).not.toHaveBeenCalled();
    });
    it("a deposit already in (paid) is a success", async () => {
      answer(paidBody);
      expect(await verifyOutcome(PAID, "/v", undefined, () => undefined, "VIRTUAL_ACCOUNT")).toMatchObject({ status: "success" });
    });
  });

  it("takes an answer without a known verdict, or without a boolean ok, as no answer (never a success)", async () => {
    for (const body of [{ ok: true, verdict: "PAID" }, { ok: true, verdict: "approved" }, { ok: "true", verdict: "paid" }, { verdict: "paid" }, { ok: true }, null, "paid", [], 1]) {
      answer(body);
      const out = await verifyOutcome(PAID, "/api/verify", undefined, () => undefined);
      expect(out, JSON.stringify(body)).toEqual({
        status: "failure",
        flow: "payment",
        code: "VERIFY_UNREACHABLE",
        message: "The payment could not be verified: /api/verify did not answer with a verdict.",
        paymentId: "pay-1",
        txId: "tx-1",
      });
    }
  });

  it("takes a server that cannot be reached, or answers with no JSON, as unreachable", async () => {
    fetchMock.mockRejectedValue(new TypeError("Failed to fetch"));
    expect(await verifyOutcome(PAID, "/v", undefined, () => undefined)).toMatchObject({ status: "failure", code: "VERIFY_UNREACHABLE" });
    fetchMock.mockResolvedValue(new Response("<html>502</html>", { status: 502 }));
    expect(await verifyOutcome(PAID, "/v", undefined, () => undefined)).toMatchObject({ status: "failure", code: "VERIFY_UNREACHABLE" });
  });

  describe("the amount and currency the attempt asked for", () => {
    const check = async (body: Record<string, unknown>, expected: { amount: number; currency?: string } | undefined): Promise<Outcome> => {
      answer({ ...paidBody, ...body });
      return verifyOutcome(PAID, "/v", expected, () => undefined);
    };

    it("a paid verdict for another amount is an amount mismatch", async () => {
      const out = await check({ amount: 4999 }, { amount: 5000, currency: "KRW" });
      expect(out).toEqual({
        status: "failure",
        flow: "payment",
        code: "VERIFY_REFUSED",
        message: "Your server did not confirm the payment (amount-mismatch).",
        paymentId: "pay-1",
        txId: "tx-1",
        verification: { ok: false, verdict: "amount-mismatch", paymentId: "pay-1" },
      });
      expect(await check({ amount: 5000 }, { amount: 5000, currency: "KRW" })).toMatchObject({ status: "success" });
    });

    it("a paid verdict in another currency is a mismatch; CURRENCY_KRW and KRW are one currency, and KRW is the default", async () => {
      expect(await check({ currency: "USD" }, { amount: 5000, currency: "KRW" })).toMatchObject({ code: "VERIFY_REFUSED", verification: { verdict: "amount-mismatch" } });
      expect(await check({ currency: "USD" }, { amount: 5000 })).toMatchObject({ code: "VERIFY_REFUSED" });
      expect(await check({ currency: "CURRENCY_USD" }, { amount: 5000, currency: "USD" })).toMatchObject({ status: "success" });
      expect(await check({ currency: "CURRENCY_KRW" }, { amount: 5000, currency: "KRW" })).toMatchObject({ status: "success" });
      expect(await check({ currency: "KRW" }, { amount: 5000, currency: "CURRENCY_KRW" })).toMatchObject({ status: "success" });
      expect(await check({ currency: "KRW" }, { amount: 5000 })).toMatchObject({ status: "success" });
      expect(await check({ currency: "CURRENCY_KRW" }, { amount: 5000 })).toMatchObject({ status: "success" });
    });

    it("only a leading CURRENCY_ is PortOne's prefix", async () => {
      expect(await check({ currency: "KRWCURRENCY_" }, { amount: 5000, currency: "KRW" })).toMatchObject({ code: "VERIFY_REFUSED", verification: { verdict: "amount-mismatch" } });
    });

    it("an expected currency that is not text (a tampered record) never matches, and never throws", async () => {
      expect(await check({}, { amount: 5000, currency: 410 as never })).toMatchObject({ code: "VERIFY_REFUSED", verification: { verdict: "amount-mismatch" } });
    });

    it("an answer without an amount or currency, or with ones that are not a number and a string, is not compared", async () => {
      expect(await check({ amount: undefined, currency: undefined }, { amount: 1, currency: "USD" })).toMatchObject({ status: "success" });
      expect(await check({ amount: "4999", currency: 410 }, { amount: 5000, currency: "KRW" })).toMatchObject({ status: "success" });
    });

    it("nothing is compared when the attempt asked no amount", async () => {
      expect(await check({ amount: 1, currency: "USD" }, undefined)).toMatchObject({ status: "success" });
    });

    it("a refusal that also differs in amount keeps the server's own answer", async () => {
      const body = { ok: false, verdict: "not-paid", paymentId: "pay-1", status: "READY", amount: 1 };
      answer(body);
      const out = await verifyOutcome(PAID, "/v", { amount: 5000 }, () => undefined);
      expect(out).toMatchObject({ code: "VERIFY_REFUSED", message: "Your server did not confirm the payment (amount-mismatch).", verification: body });
    });
  });
});

describe("verifyOutcome: answers a careless server or a card payment might give", () => {
  it("a card payment without verifyUrl stays a success (only a virtual account is issued, not paid)", async () => {
    expect(await verifyOutcome(PAID, undefined, undefined, vi.fn(), "CARD")).toBe(PAID);
    expect(await verifyOutcome(PAID, false, undefined, vi.fn())).toBe(PAID);
    expect(await verifyOutcome(PAID, undefined, undefined, vi.fn(), "VIRTUAL_ACCOUNT")).toEqual({ status: "virtualAccountIssued", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
  });

  it("ok: true with a verdict other than paid is refused, never a success", async () => {
    for (const verdict of VERIFY_VERDICTS.filter((v) => v !== "paid" && v !== "virtual-account-issued")) {
      answer({ ok: true, verdict, paymentId: "pay-1" });
      const out = await verifyOutcome(PAID, "/api/verify", { amount: 5000, currency: "KRW" }, vi.fn());
      expect(out, verdict).toMatchObject({ status: "failure", code: "VERIFY_REFUSED" });
    }
  });

  it("an issued account without a txId or a verification carries neither key", async () => {
    const out = await verifyOutcome({ status: "success", flow: "payment", paymentId: "pay-2" }, undefined, undefined, vi.fn(), "VIRTUAL_ACCOUNT");
    expect(Object.keys(out).sort()).toEqual(["flow", "paymentId", "status"]);
  });
});
