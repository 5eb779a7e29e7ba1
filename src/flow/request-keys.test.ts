import { afterEach, describe, expect, it, vi } from "vitest";
import type { Flow } from "../core/types";
import { BILLING_KEY_KEYS, PAYMENT_KEYS, PHONE_BILLING_KEYS, requestProps } from "./request-keys";

// Which of a merchant's props reach PortOne: every request field of the flow's SDK call, and
// nothing else (a typo or another library's prop is dropped, with one development warning).

// Written out by hand from PortOne's request types (v2 PaymentRequest, IssueBillingKeyRequest,
// IssueBillingKeyAndPayRequest) less what the provider sets (storeId, billingKeyMethod,
// billingKeyAndPayMethod), plus this library's `inicis`: a list derived from the source would
// follow a key dropped by mistake.
const COMMON = ["orderName", "totalAmount", "currency", "paymentId", "channelKey", "taxFreeAmount", "vatAmount", "customer", "windowType", "redirectUrl", "forceRedirect", "noticeUrls", "appScheme", "products", "isCulturalExpense", "locale", "customData", "country", "productType", "offerPeriod", "storeDetails", "popup", "iframe", "mobile"];
const EXPECTED: Record<Flow, string[]> = {
  payment: [...COMMON, "payMethod", "orderDetail", "channelGroupId", "confirmUrl", "isEscrow", "shippingAddress", "promotionId", "merpayCategoryId", "card", "virtualAccount", "transfer", "giftCertificate", "easyPay", "paypal", "alipay", "convenienceStore", "alipayPlus", "inicis", "bypass"],
  billingKey: ["issueName", "issueId", "displayAmount", "currency", "channelKey", "customer", "windowType", "redirectUrl", "forceRedirect", "locale", "customData", "offerPeriod", "appScheme", "noticeUrls", "productType", "popup", "iframe", "inicis", "bypass"],
  phoneBilling: COMMON,
};
const FLOWS: Flow[] = ["payment", "billingKey", "phoneBilling"];
const everything = (keys: string[]): Record<string, unknown> => Object.fromEntries(keys.map((k, i) => [k, `v${i}`]));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the request props of each flow", () => {
  it("the published key lists are the SDK's request fields", () => {
    expect([...PAYMENT_KEYS]).toEqual(EXPECTED.payment);
    expect([...BILLING_KEY_KEYS]).toEqual(EXPECTED.billingKey);
    expect([...PHONE_BILLING_KEYS]).toEqual(EXPECTED.phoneBilling);
  });

  it("every request field of the flow reaches the request, with its value", () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    for (const flow of FLOWS) {
      const input = everything(EXPECTED[flow]);
      expect(requestProps(flow, input), flow).toEqual(input);
    }
    expect(console.warn).not.toHaveBeenCalled();
  });

  it("a prop of another flow, or none, is dropped with one warning per flow and key", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(requestProps("billingKey", { issueName: "정기구독", totalAmount: 1000, payMethod: "CARD" })).toEqual({ issueName: "정기구독" });
    expect(warn.mock.calls).toEqual([
      ['[react-portone-inicis] "totalAmount" is not a billingKey request field; it is not sent to PortOne.'],
      ['[react-portone-inicis] "payMethod" is not a billingKey request field; it is not sent to PortOne.'],
    ]);
    requestProps("billingKey", { totalAmount: 1 });
    expect(warn).toHaveBeenCalledTimes(2);
    requestProps("phoneBilling", { payMethod: "CARD" });
    expect(warn).toHaveBeenCalledTimes(3);
    expect(warn).toHaveBeenLastCalledWith('[react-portone-inicis] "payMethod" is not a phoneBilling request field; it is not sent to PortOne.');
    expect(requestProps("payment", { onSucess: () => undefined, orderName: "양말" })).toEqual({ orderName: "양말" });
  });

  it("phone billing keeps inicis and bypass for its validator to refuse with a reason", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(requestProps("phoneBilling", { inicis: { logoUrl: "x" }, bypass: { inicis_v2: {} } })).toEqual({ inicis: { logoUrl: "x" }, bypass: { inicis_v2: {} } });
    expect(warn).not.toHaveBeenCalled();
  });

  it("warns nothing in production, and warns in development later", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    vi.stubEnv("NODE_ENV", "production");
    expect(requestProps("payment", { prodOnly: 1 })).toEqual({});
    expect(warn).not.toHaveBeenCalled();
    vi.unstubAllEnvs();
    requestProps("payment", { prodOnly: 1 });
    expect(warn).toHaveBeenCalledOnce();
  });

  it("an input that is not an object has no request props", () => {
    for (const input of [null, undefined, "orderName", 5]) expect(requestProps("payment", input)).toEqual({});
  });
});
