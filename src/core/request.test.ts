import { describe, expect, it } from "vitest";
import type { RequestContext } from "./inputs";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest } from "./request";
import type { DeviceClass } from "./types";

const customer = { fullName: " 홍길동 ", phoneNumber: "01012345678", email: "buyer@example.com" };
const ctx = (device: DeviceClass): RequestContext => ({
  storeId: "store-1",
  channelKey: "channel-key-inicis",
  device,
  pageUrl: "https://shop.example/checkout?step=2",
  createId: (prefix) => `${prefix}-fixed`,
});

describe("request builders", () => {
  // issue 17: the request carries both windows' keys; PortOne's script picks the window by its own rule
  it("PC payment: the exact requestPayment argument, with both windows' bypass keys", () => {
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
        bypass: { inicis_v2: { acceptmethod: ["SKIN(#C1272C)", "below1000"], P_MNAME: "포트원", P_RESERVED: ["below1000=Y"] } },
        // issue 17: a way back on every device (only a redirecting window reads it)
        redirectUrl: "https://shop.example/checkout?step=2",
      },
    });
  });

  it("mobile payment: both windows' bypass keys, and the current page as redirectUrl", () => {
    const result = buildPaymentRequest(
      { payMethod: "EASY_PAY", orderName: "x", totalAmount: 3000, customer: { fullName: "홍길동" }, inicis: { skinColor: "#C1272C", merchantName: "포트원", hideEasyPay: true } },
      ctx("mobile"),
    );
    expect(result.ok && result.request).toEqual({
      storeId: "store-1",
      channelKey: "channel-key-inicis",
      paymentId: "pay-fixed",
      orderName: "x",
      totalAmount: 3000,
      currency: "KRW",
      payMethod: "EASY_PAY",
      customer: { fullName: "홍길동" },
      redirectUrl: "https://shop.example/checkout?step=2",
      bypass: { inicis_v2: { acceptmethod: ["SKIN(#C1272C)", "noeasypay"], P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } },
    });
  });

  it("keeps a given paymentId, channelKey and redirectUrl", () => {
    const result = buildPaymentRequest(
      { payMethod: "TRANSFER", orderName: "x", totalAmount: 3000, paymentId: "mine-1", channelKey: "ck-2", redirectUrl: "https://shop.example/done", customer: { fullName: "홍길동" } },
      ctx("mobile"),
    );
    expect(result.ok && [result.request.paymentId, result.request.channelKey, result.request.redirectUrl]).toEqual(["mine-1", "ck-2", "https://shop.example/done"]);
  });

  it("refuses without a store id or channel key", () => {
    const result = buildPaymentRequest({ payMethod: "TRANSFER", orderName: "x", totalAmount: 3000, customer: { fullName: "홍길동" } }, { ...ctx("mobile"), storeId: "", channelKey: undefined });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["storeId.missing", "channelKey.missing"]);
  });

  it("card billing key: billingKeyMethod CARD, generated issueId, carduse sent on every device (the PC module ignores it)", () => {
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
    expect(pc.ok && pc.request.bypass).toEqual({ inicis_v2: { carduse: "cocard" } });
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
      redirectUrl: "https://shop.example/checkout?step=2",
      customer: { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" },
    });
  });

  // issue 10, item 1
  it("a mobile payment and a mobile card billing key without a name are refused, naming customer.fullName", () => {
    const payment = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer: { phoneNumber: "01012345678" } }, ctx("mobile"));
    expect(payment).toEqual({ ok: false, issues: [{ field: "customer.fullName", code: "required", severity: "error", params: {} }] });
    const billing = buildIssueBillingKeyRequest({ issueName: "정기결제", offerPeriod: { interval: "1m" } }, ctx("mobile"));
    expect(billing).toEqual({ ok: false, issues: [{ field: "customer.fullName", code: "required", severity: "error", params: {} }] });
  });

  // issue 10, item 4
  it.each(["+82 10-1234-5678", "+821012345678", "010\u20101234\u20105678", "０１０-１２３４-５６７８", "010 1234 5678"])("sends the phone number %j as 010-1234-5678", (typed) => {
    const input = { ...customer, phoneNumber: typed };
    const payment = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer: input }, ctx("pc"));
    expect(payment.ok && payment.request.customer?.phoneNumber).toBe("010-1234-5678");
    const phone = buildIssueBillingKeyAndPayRequest({ orderName: "x", totalAmount: 9900, productType: "DIGITAL", customer: input, offerPeriod: { interval: "1m" } }, ctx("mobile"));
    expect(phone.ok && phone.request.customer?.phoneNumber).toBe("010-1234-5678");
  });
  it.each(["9990101234567", "+1 555 123 4567", "010-CALL-NOW"])("refuses the phone number %j before any request is built", (typed) => {
    const payment = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer: { ...customer, phoneNumber: typed } }, ctx("pc"));
    expect(payment).toEqual({ ok: false, issues: [{ field: "customer.phoneNumber", code: "phone.format", severity: "error", params: {} }] });
  });

  // issue 11: the default mobile redirectUrl is the page the buyer is on, without an earlier result
  it("the default mobile redirectUrl drops PortOne's result keys from a landed page's URL, keeping the merchant's own", () => {
    const landed =
      "https://shop.example/checkout?step=2&paymentId=pay-old&code=FAILURE_TYPE_PG&message=%EA%B1%B0%EC%A0%88&pgCode=V013&pgMessage=x&txId=tx-old&transactionType=PAYMENT&billingKey=bk&issueId=i&paymentToken=t&coupon=A1#summary";
    const result = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer }, { ...ctx("mobile"), pageUrl: landed });
    expect(result.ok && result.request.redirectUrl).toBe("https://shop.example/checkout?step=2&issueId=i&coupon=A1#summary");
    const billing = buildIssueBillingKeyRequest({ issueName: "x", offerPeriod: { interval: "1m" }, customer }, { ...ctx("mobile"), pageUrl: landed });
    expect(billing.ok && billing.request.redirectUrl).toBe("https://shop.example/checkout?step=2&issueId=i&coupon=A1#summary");
    // issue 16: a page that is no landing keeps its own code and message
    const own = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer }, { ...ctx("mobile"), pageUrl: "https://shop.example/cart?code=SUMMER10&message=hi" });
    expect(own.ok && own.request.redirectUrl).toBe("https://shop.example/cart?code=SUMMER10&message=hi");
    // issue 17: PC sends the same way back (PortOne's script may open the mobile window)
    const pc = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer }, { ...ctx("pc"), pageUrl: landed });
    expect(pc.ok && pc.request.redirectUrl).toBe("https://shop.example/checkout?step=2&issueId=i&coupon=A1#summary");
  });

  // issue 10, item 2
  describe("the guide's raw bypass", () => {
    const raw = { inicis_v2: { logo_url: "https://cdn.shop.example/logo.png", acceptmethod: ["SKIN(#C1272C)", "hidebar"], P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] } };
    it.each(["pc", "mobile"] as const)("reaches the SDK request as given, both windows' keys, on %s", (device) => {
      const built = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer, bypass: raw }, ctx(device));
      expect(built.ok && built.request.bypass).toEqual(raw);
    });
    it("is merged with inicis, which wins where both set an option", () => {
      const input = { payMethod: "CARD" as const, orderName: "x", totalAmount: 3000, customer, bypass: raw, inicis: { merchantName: "인이시스 상점", skinColor: "#000000", cardPopup: true } };
      const expected = { inicis_v2: { logo_url: "https://cdn.shop.example/logo.png", acceptmethod: ["SKIN(#000000)", "paypopup", "hidebar"], P_MNAME: "인이시스 상점", P_RESERVED: ["noeasypay=Y"] } };
      for (const device of ["pc", "mobile"] as const) {
        const built = buildPaymentRequest(input, ctx(device));
        expect(built.ok && built.request.bypass).toEqual(expected);
      }
    });
    it("inicis wins on every device, also over a value the bypass gave one device only", () => {
      const input = { payMethod: "CARD" as const, orderName: "x", totalAmount: 3000, customer, bypass: raw, inicis: { hideEasyPay: false } };
      for (const device of ["pc", "mobile"] as const) {
        const built = buildPaymentRequest(input, ctx(device));
        expect(built.ok && built.request.bypass).toEqual({ inicis_v2: { logo_url: "https://cdn.shop.example/logo.png", acceptmethod: ["SKIN(#C1272C)", "hidebar"], P_MNAME: "포트원" } });
      }
    });
    it("an unknown key blocks the request and names it; nothing is built", () => {
      const result = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer, bypass: { inicis_v2: { P_NMANE: "포트원" } as never } }, ctx("mobile"));
      expect(result).toEqual({ ok: false, issues: [{ field: "bypass.inicis_v2.P_NMANE", code: "inicis.unknownOption", severity: "error", params: {} }] });
    });
    it("a raw carduse on a card billing key reaches the request on every device", () => {
      const input = { issueName: "정기결제", offerPeriod: { interval: "1m" as const }, customer, bypass: { inicis_v2: { carduse: "percard" as const } } };
      for (const device of ["pc", "mobile"] as const) {
        const built = buildIssueBillingKeyRequest(input, ctx(device));
        expect(built.ok && built.request.bypass).toEqual({ inicis_v2: { carduse: "percard" } });
      }
      const both = buildIssueBillingKeyRequest({ ...input, inicis: { cardUse: "cocard" } }, ctx("mobile"));
      expect(both.ok && both.request.bypass).toEqual({ inicis_v2: { carduse: "cocard" } });
    });
    it.each([
      { given: "inicis", patch: { inicis: { merchantName: "포트원" } } },
      { given: "bypass", patch: { bypass: { inicis_v2: { P_MNAME: "포트원" } } } },
    ])("phone billing with $given is refused (bypass.unsupported): the SDK could never deliver it", ({ given, patch }) => {
      const result = buildIssueBillingKeyAndPayRequest({ orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer, offerPeriod: { interval: "1m" }, ...patch } as never, ctx("mobile"));
      expect(result).toEqual({ ok: false, issues: [{ field: given, code: "bypass.unsupported", severity: "error", params: {} }] });
    });
  });
});

// issue 17: an ambiguous device (PortOne may open either window) is checked against both windows
describe("request builders on an ambiguous device", () => {
  it("refuse before anything is built, naming what either window requires", () => {
    const payment = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer: { fullName: "홍길동" } }, ctx("ambiguous"));
    expect(payment.ok === false && payment.issues.map((i) => `${i.field}:${i.code}`)).toEqual(["customer.phoneNumber:required", "customer.email:required"]);
    const billing = buildIssueBillingKeyRequest({ issueName: "x", customer: { fullName: "홍길동" } }, ctx("ambiguous"));
    expect(billing.ok === false && billing.issues.map((i) => `${i.field}:${i.code}`)).toEqual(["offerPeriod:required", "customer.phoneNumber:required", "customer.email:required"]);
    const phone = buildIssueBillingKeyAndPayRequest({ orderName: "x", totalAmount: 9900, productType: "DIGITAL", customer }, ctx("ambiguous"));
    expect(phone.ok === false && phone.issues.map((i) => `${i.field}:${i.code}`)).toEqual(["offerPeriod:required"]);
  });

  it("build the same bypass as on PC and on mobile", () => {
    const input = { payMethod: "CARD" as const, orderName: "x", totalAmount: 900, customer, inicis: { skinColor: "#C1272C", merchantName: "포트원", pc: { cardPopup: true }, mobile: { showGlobalVisa3d: true } } };
    const sent = (device: DeviceClass) => {
      const built = buildPaymentRequest(input, ctx(device));
      return built.ok && built.request.bypass;
    };
    expect(sent("ambiguous")).toEqual({ inicis_v2: { acceptmethod: ["SKIN(#C1272C)", "below1000", "paypopup"], P_MNAME: "포트원", P_RESERVED: ["below1000=Y", "global_visa3d=Y"] } });
    expect(sent("pc")).toEqual(sent("ambiguous"));
    expect(sent("mobile")).toEqual(sent("ambiguous"));
    const billing = buildIssueBillingKeyRequest({ issueName: "x", offerPeriod: { interval: "1m" }, customer, inicis: { cardUse: "cocard" } }, ctx("ambiguous"));
    expect(billing.ok && billing.request.bypass).toEqual({ inicis_v2: { carduse: "cocard" } });
  });
});

// The exact SDK argument, key for key: a key that is there with undefined is a key the SDK sees.
describe("request builders, exact objects", () => {
  it("a buyer's blank fields are dropped, the rest trimmed; nothing is added for what was not given", () => {
    const result = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer: { fullName: " 홍길동 ", email: "  ", phoneNumber: "" } }, ctx("mobile"));
    expect(result.ok && result.request.customer).toStrictEqual({ fullName: "홍길동" });
    const separated = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer: { firstName: " 길동", lastName: "홍 ", customerId: "c-1" } }, ctx("mobile"));
    expect(separated.ok && separated.request.customer).toStrictEqual({ firstName: "길동", lastName: "홍", customerId: "c-1" });
  });

  it("a mobile payment with nothing for Inicis has no bypass key at all (no empty P_RESERVED)", () => {
    const input = { payMethod: "TRANSFER" as const, orderName: "x", totalAmount: 3000, customer: { fullName: "홍길동" } };
    for (const extra of [{}, { inicis: { hideEasyPay: false, partialInterestFree: [] } }, { bypass: { inicis_v2: { P_RESERVED: [] } } }, { bypass: { inicis_v2: { acceptmethod: [] } } }]) {
      const result = buildPaymentRequest({ ...input, ...extra }, ctx("mobile"));
      expect(result, JSON.stringify(extra)).toStrictEqual({
        ok: true,
        issues: [],
        request: { storeId: "store-1", channelKey: "channel-key-inicis", paymentId: "pay-fixed", orderName: "x", totalAmount: 3000, currency: "KRW", payMethod: "TRANSFER", customer: { fullName: "홍길동" }, redirectUrl: "https://shop.example/checkout?step=2" },
      });
    }
  });

  it("below1000 follows the currency: CURRENCY_KRW under 1,000 gets it, a USD card under 1,000 (cents) does not", () => {
    const krw = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 999, currency: "CURRENCY_KRW", customer }, ctx("pc"));
    expect(krw.ok && krw.request.bypass).toStrictEqual({ inicis_v2: { acceptmethod: ["below1000"], P_RESERVED: ["below1000=Y"] } });
    expect(krw.ok && krw.request.currency).toBe("CURRENCY_KRW");
    const usd = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 999, currency: "USD", customer }, ctx("pc"));
    expect(usd.ok && "bypass" in usd.request).toBe(false);
    const usdMobile = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 500, currency: "CURRENCY_USD", customer }, ctx("mobile"));
    expect(usdMobile.ok && "bypass" in usdMobile.request).toBe(false);
    const krwMobile = buildPaymentRequest({ payMethod: "EASY_PAY", orderName: "x", totalAmount: 999, customer }, ctx("mobile"));
    expect(krwMobile.ok && krwMobile.request.bypass).toStrictEqual({ inicis_v2: { acceptmethod: ["below1000"], P_RESERVED: ["below1000=Y"] } });
  });

  it("the provider's channel key is used when the input names none; the ids come from the given factory or createPaymentId", () => {
    const given = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, customer }, { ...ctx("pc"), createId: undefined });
    expect(given.ok && given.request.paymentId).toMatch(/^pay-[0-9a-z]{24}$/);
    const bk = buildIssueBillingKeyRequest({ issueName: "x", customer }, { ...ctx("pc"), createId: undefined });
    expect(bk.ok && bk.request.issueId).toMatch(/^bk-[0-9a-z]{24}$/);
    const phone = buildIssueBillingKeyAndPayRequest({ orderName: "x", totalAmount: 9900, productType: "DIGITAL", customer }, { ...ctx("pc"), createId: undefined });
    expect(phone.ok && phone.request.paymentId).toMatch(/^pay-[0-9a-z]{24}$/);
  });

  it("a warning travels with the built request", () => {
    const result = buildPaymentRequest({ payMethod: "CARD", orderName: "x", totalAmount: 3000, vatAmount: 0, customer }, ctx("pc"));
    expect(result).toMatchObject({ ok: true, issues: [{ field: "vatAmount", code: "contract.required", severity: "warning", params: {} }] });
    expect(result.ok && result.request.vatAmount).toBe(0);
  });
});
