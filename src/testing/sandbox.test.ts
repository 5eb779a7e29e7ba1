import { isPaymentError } from "@portone/browser-sdk/v2";
import { describe, expect, it, vi } from "vitest";
import { createSandboxSdk } from "./sandbox";
import type { PaymentRequest } from "@portone/browser-sdk/v2";

const base = { storeId: "store-1", channelKey: "ck", orderName: "x", totalAmount: 1000, currency: "KRW", payMethod: "CARD" } as const;
const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const req = (extra: Partial<PaymentRequest> = {}): PaymentRequest => ({ ...base, paymentId: `pay-${Math.random().toString(36).slice(2)}`, customer, ...extra }) as PaymentRequest;

describe("createSandboxSdk", () => {
  it("answers success with realistic ids and records the call", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const r = req();
    const res = await sdk.requestPayment(r);
    expect(res).toMatchObject({ transactionType: "PAYMENT", paymentId: r.paymentId, txId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(sdk.calls).toEqual([{ flow: "payment", request: r, device: "pc" }]);
  });

  it("rejects what Inicis rejects, with an error the SDK's guards recognise", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const err = await sdk.requestPayment(req({ customer: { fullName: "홍길동" } })).catch((e: unknown) => e);
    expect(isPaymentError(err)).toBe(true);
    expect(err).toMatchObject({ code: "InvalidArgument" });
    expect((err as Error).message).toContain("구매자 연락처");
  });

  it("checks the bypass it receives with the same rules", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    await expect(sdk.requestPayment(req({ bypass: { inicis_v2: { logo_url: "javascript:alert(1)" } } }))).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("refuses a paid paymentId with PaymentAlreadyPaid", async () => {
    const sdk = createSandboxSdk({ device: "pc" });
    const r = req();
    await sdk.requestPayment(r);
    await expect(sdk.requestPayment(r)).rejects.toMatchObject({ code: "PaymentAlreadyPaid" });
  });

  it("answers failure or cancel by option or by decide()", async () => {
    await expect(createSandboxSdk({ device: "pc", result: "failure" }).requestPayment(req())).resolves.toMatchObject({ code: "FAILURE_TYPE_PG", pgCode: "R999" });
    await expect(createSandboxSdk({ device: "pc", result: "cancel" }).requestPayment(req())).resolves.toMatchObject({ code: "FAILURE_TYPE_PG", pgCode: "CANCELLED" });
    const decide = vi.fn(() => ({ result: "failure" as const, pgCode: "V013", pgMessage: "한도초과" }));
    await expect(createSandboxSdk({ device: "pc", decide }).requestPayment(req())).resolves.toMatchObject({ pgCode: "V013", pgMessage: "한도초과" });
    expect(decide).toHaveBeenCalledOnce();
  });

  it("on mobile with a redirectUrl, navigates there with the result in the query and never settles", async () => {
    const navigate = vi.fn();
    const sdk = createSandboxSdk({ device: "mobile", navigate });
    const r = req({ redirectUrl: "https://shop.example/return?order=7" });
    let settled = false;
    void sdk.requestPayment(r).then(() => (settled = true));
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledOnce());
    const url = new URL(navigate.mock.calls[0]![0] as string);
    expect(url.origin + url.pathname).toBe("https://shop.example/return");
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ order: "7", paymentId: r.paymentId, transactionType: "PAYMENT" });
    await new Promise((r2) => setTimeout(r2, 10));
    expect(settled).toBe(false);
  });

  it("fails the first preloads when asked, then loads", async () => {
    const sdk = createSandboxSdk({ device: "pc", loadFailures: 1 });
    await expect(sdk.preload()).rejects.toMatchObject({ name: "PortOneLoadError", code: "SDK_LOAD_FAILED" });
    await expect(sdk.preload()).resolves.toBeUndefined();
  });

  it("checks the billing-key flows: CARD method, MOBILE method, offerPeriod on mobile", async () => {
    const sdk = createSandboxSdk({ device: "mobile", navigate: vi.fn() });
    await expect(sdk.requestIssueBillingKey({ storeId: "s", channelKey: "c", billingKeyMethod: "MOBILE", issueName: "x", offerPeriod: { interval: "1m" } })).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(
      sdk.requestIssueBillingKeyAndPay({ storeId: "s", channelKey: "c", billingKeyAndPayMethod: "MOBILE", paymentId: "p-1", orderName: "x", totalAmount: 100, currency: "KRW", productType: "DIGITAL", customer }),
    ).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringContaining("offerPeriod") });
  });
});
