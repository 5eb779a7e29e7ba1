import { describe, expect, it } from "vitest";
import type { RequestContext } from "./inputs";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "./request";

const customer = { fullName: " 홍길동 ", phoneNumber: "01012345678", email: "buyer@example.com" };
const ctx = (device: "pc" | "mobile"): RequestContext => ({
  storeId: "store-1",
  channelKey: "channel-key-inicis",
  device,
  pageUrl: "https://shop.example/checkout?step=2",
  createId: (prefix) => `${prefix}-fixed`,
});

describe("request builders", () => {
  it("PC payment: the exact requestPayment argument with PC bypass keys only", () => {
    const result = buildPaymentRequest(
      { payMethod: "CARD", orderName: "운동화", totalAmount: 500, customer, inicis: { skinColor: "#C1272C", merchantName: "포트원" } },
      ctx("pc"),
    );
    expect(result).toEqual({
      ok: true,
      issues: [],
      request: {
        storeId: "store-1",
        channelKey: "channel-key-inicis",
        paymentId: "pay-fixed",
        orderName: "운동화",
        totalAmount: 500,
        currency: "KRW",
        payMethod: "CARD",
        customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
        bypass: { inicis_v2: { acceptmethod: ["SKIN(#C1272C)", "below1000"] } },
      },
    });
  });

  it("mobile payment: mobile bypass keys only, and the current page as redirectUrl", () => {
    const result = buildPaymentRequest({ payMethod: "EASY_PAY", orderName: "x", totalAmount: 3000, inicis: { skinColor: "#C1272C", merchantName: "포트원", hideEasyPay: true } }, ctx("mobile"));
    expect(result.ok && result.request).toEqual({
      storeId: "store-1",
      channelKey: "channel-key-inicis",
      paymentId: "pay-fixed",
      orderName: "x",
      totalAmount: 3000,
      currency: "KRW",
      payMethod: "EASY_PAY",
      redirectUrl: "https://shop.example/checkout?step=2",
      bypass: { inicis_v2: { P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } },
    });
  });

  it("keeps a given paymentId, channelKey and redirectUrl", () => {
    const result = buildPaymentRequest(
      { payMethod: "TRANSFER", orderName: "x", totalAmount: 3000, paymentId: "mine-1", channelKey: "ck-2", redirectUrl: "https://shop.example/done" },
      ctx("mobile"),
    );
    expect(result.ok && [result.request.paymentId, result.request.channelKey, result.request.redirectUrl]).toEqual(["mine-1", "ck-2", "https://shop.example/done"]);
  });

  it("refuses without a store id or channel key", () => {
    const result = buildPaymentRequest({ payMethod: "TRANSFER", orderName: "x", totalAmount: 3000 }, { ...ctx("mobile"), storeId: "", channelKey: undefined });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["storeId.missing", "channelKey.missing"]);
  });

  it("card billing key: billingKeyMethod CARD, generated issueId, carduse on mobile only", () => {
    const input = { issueName: "정기결제", offerPeriod: { interval: "1m" }, inicis: { cardUse: "cocard" as const }, customer };
    const mobile = buildIssueBillingKeyRequest(input, ctx("mobile"));
    expect(mobile.ok && mobile.request).toEqual({
      storeId: "store-1",
      channelKey: "channel-key-inicis",
      billingKeyMethod: "CARD",
      issueId: "bk-fixed",
      issueName: "정기결제",
      offerPeriod: { interval: "1m" },
      customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
      redirectUrl: "https://shop.example/checkout?step=2",
      bypass: { inicis_v2: { carduse: "cocard" } },
    });
    const pc = buildIssueBillingKeyRequest(input, ctx("pc"));
    expect(pc.ok && pc.request.bypass).toBeUndefined();
  });

  it("phone billing: billingKeyAndPayMethod MOBILE (not the guide's PHONE), KRW, no bypass", () => {
    const result = buildIssueBillingKeyAndPayRequest({ orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer }, ctx("pc"));
    expect(result.ok && result.request).toEqual({
      storeId: "store-1",
      channelKey: "channel-key-inicis",
      billingKeyAndPayMethod: "MOBILE",
      paymentId: "pay-fixed",
      orderName: "월 구독",
      totalAmount: 9900,
      currency: "KRW",
      productType: "DIGITAL",
      customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
    });
  });
});
