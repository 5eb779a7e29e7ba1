import { describe, expect, it } from "vitest";
import type { PaymentInput } from "./inputs";
import { currenciesFor, INICIS_PAY_METHOD_RULES, INICIS_PAY_METHODS, payMethodRule } from "./pay-methods";
import { validatePaymentInput } from "./request-rules";
import type { Device } from "./types";

// The pay-method table, row by row, as a merchant meets it: every field Inicis ignores or needs a
// contract for is named, on the device where it matters, and nothing else is.

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const base = { orderName: "주문", totalAmount: 5000, customer };
const issuesOf = (input: Record<string, unknown>, device: Device = "pc") =>
  validatePaymentInput({ ...base, ...input } as PaymentInput, { device }).map((i) => `${i.field}:${i.code}:${i.severity}${Object.keys(i.params).length ? JSON.stringify(i.params) : ""}`);

describe("the pay-method table", () => {
  it("has the six methods of the Inicis window", () => {
    expect(INICIS_PAY_METHODS).toEqual(["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "GIFT_CERTIFICATE", "MOBILE", "EASY_PAY"]);
    for (const m of INICIS_PAY_METHODS) expect(payMethodRule(m)).toBe(INICIS_PAY_METHOD_RULES[m]);
  });

  it("payMethodRule: own names only, as strings only", () => {
    for (const m of ["PAYPAL", "toString", "__proto__", "constructor", "", "card"]) expect(payMethodRule(m), m).toBeUndefined();
    expect(payMethodRule(["CARD"])).toBeUndefined();
    expect(payMethodRule(undefined)).toBeUndefined();
    expect(issuesOf({ payMethod: ["CARD"] })).toEqual(['payMethod:payMethod.unsupported:error{"value":"[object Array]"}']);
  });

  it("currenciesFor: USD for cards only, KRW for everything else and for unknown methods", () => {
    expect(currenciesFor("CARD")).toEqual(["KRW", "USD"]);
    for (const m of ["TRANSFER", "VIRTUAL_ACCOUNT", "GIFT_CERTIFICATE", "MOBILE", "EASY_PAY", "PAYPAL", undefined]) expect(currenciesFor(m), String(m)).toEqual(["KRW"]);
  });

  it.each([
    { method: "CARD", field: "card", ignored: ["useAppCardOnly", "useInstallment", "useFreeInterestFromMall"], contract: ["cardCompany", "useCardPoint"], extra: {} },
    { method: "TRANSFER", field: "transfer", ignored: ["bankCode", "customerIdentifier"], contract: [], extra: {} },
    { method: "VIRTUAL_ACCOUNT", field: "virtualAccount", ignored: ["bankCode", "customerIdentifier"], contract: [], extra: {} },
    { method: "GIFT_CERTIFICATE", field: "giftCertificate", ignored: [], contract: [], extra: {} },
    { method: "MOBILE", field: "mobile", ignored: ["carrier"], contract: [], extra: { productType: "DIGITAL" } },
    { method: "EASY_PAY", field: "easyPay", ignored: ["useCardPoint", "customerIdentifier", "availablePayMethods", "availableCards", "useInstallment", "useFreeInterestFromMall"], contract: ["easyPayProvider"], extra: {} },
  ])("$method: KRW accepted; the fields Inicis ignores and the ones that need a contract are named", ({ method, field, ignored, contract, extra }) => {
    expect(issuesOf({ payMethod: method, currency: "KRW", ...extra })).toEqual([]);
    expect(issuesOf({ payMethod: method, currency: "CURRENCY_KRW", ...extra })).toEqual([]);
    const sub: Record<string, unknown> = {};
    for (const key of [...contract, ...ignored]) sub[key] = key === "cardCompany" ? "BC_CARD" : key === "easyPayProvider" ? "KAKAOPAY" : true;
    expect(issuesOf({ payMethod: method, ...extra, [field]: sub })).toEqual([...contract.map((k) => `${field}.${k}:contract.required:warning`), ...ignored.map((k) => `${field}.${k}:field.ignored:warning`)]);
  });

  it("MOBILE: the carrier list works on mobile only", () => {
    const input = { payMethod: "MOBILE", productType: "REAL", mobile: { avaliableCarriers: ["SKT"] } };
    expect(issuesOf(input, "pc")).toEqual(["mobile.avaliableCarriers:field.ignored:warning"]);
    expect(issuesOf(input, "mobile")).toEqual([]);
  });

  it.each(["TRANSFER", "VIRTUAL_ACCOUNT", "EASY_PAY"])("%s: a PERSONAL or CORPORATE cash receipt is ignored by Inicis (a warning); ANONYMOUS is not", (method) => {
    const field = INICIS_PAY_METHOD_RULES[method as "TRANSFER"].field;
    for (const type of ["PERSONAL", "CORPORATE"]) expect(issuesOf({ payMethod: method, [field]: { cashReceiptType: type } }), type).toEqual([`${field}.cashReceiptType:field.ignored:warning`]);
    expect(issuesOf({ payMethod: method, [field]: { cashReceiptType: "ANONYMOUS" } })).toEqual([]);
  });

  it.each(["CARD", "GIFT_CERTIFICATE", "MOBILE"])("%s: cash receipts are not this method's business (no warning)", (method) => {
    expect(issuesOf({ payMethod: method, productType: "REAL", card: { cashReceiptType: "PERSONAL" }, giftCertificate: { cashReceiptType: "PERSONAL" }, mobile: { cashReceiptType: "PERSONAL" } })).toEqual([]);
  });

  it("CARD: TOSS_BANK is refused in both spellings; availableMonthList only matters with a direct card call", () => {
    for (const company of ["TOSS_BANK", "CARD_COMPANY_TOSS_BANK"]) {
      expect(issuesOf({ payMethod: "CARD", card: { cardCompany: company } })).toEqual(['card.cardCompany:card.company.unsupported:error{"value":"TOSS_BANK"}', "card.cardCompany:contract.required:warning"]);
    }
    expect(issuesOf({ payMethod: "CARD", card: { cardCompany: "TOSS_BANK_CARD" } })).toEqual(["card.cardCompany:contract.required:warning"]);
    expect(issuesOf({ payMethod: "CARD", card: { installment: { monthOption: { availableMonthList: [2, 3] } } } })).toEqual([]);
    expect(issuesOf({ payMethod: "CARD", card: { cardCompany: "BC_CARD", installment: { monthOption: { availableMonthList: [2, 3] } } } })).toEqual([
      "card.installment.monthOption.availableMonthList:card.availableMonthList:error",
      "card.cardCompany:contract.required:warning",
    ]);
  });

  it("EASY_PAY: the eight providers, in both spellings; anything else is named with the list", () => {
    for (const p of ["KAKAOPAY", "NAVERPAY", "SAMSUNGPAY", "SSGPAY", "APPLEPAY", "LPAY", "TOSSPAY", "PAYCO"]) {
      for (const spelled of [p, `EASY_PAY_PROVIDER_${p}`]) expect(issuesOf({ payMethod: "EASY_PAY", easyPay: { easyPayProvider: spelled } }), spelled).toEqual(["easyPay.easyPayProvider:contract.required:warning"]);
    }
    expect(issuesOf({ payMethod: "EASY_PAY", easyPay: { easyPayProvider: "CHAI" } })).toEqual([
      'easyPay.easyPayProvider:easyPay.provider.unsupported:error{"value":"CHAI","allowed":"KAKAOPAY, NAVERPAY, SAMSUNGPAY, SSGPAY, APPLEPAY, LPAY, TOSSPAY, PAYCO"}',
      "easyPay.easyPayProvider:contract.required:warning",
    ]);
    expect(issuesOf({ payMethod: "EASY_PAY", easyPay: { easyPayProvider: "KAKAOPAY_EASY_PAY_PROVIDER_" } })[0]).toMatch(/^easyPay.easyPayProvider:easyPay.provider.unsupported:error/);
  });

  it("GIFT_CERTIFICATE: the three types, in both spellings; the type is required on mobile only", () => {
    for (const t of ["BOOKNLIFE", "SMART_MUNSANG", "CULTURELAND"]) {
      for (const spelled of [t, `GIFT_CERTIFICATE_TYPE_${t}`]) expect(issuesOf({ payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: spelled } }, "mobile"), spelled).toEqual([]);
    }
    expect(issuesOf({ payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: "CULTURE_GIFT" } })).toEqual([
      'giftCertificate.giftCertificateType:giftCertificate.type.unsupported:error{"value":"CULTURE_GIFT","allowed":"BOOKNLIFE, SMART_MUNSANG, CULTURELAND"}',
    ]);
    expect(issuesOf({ payMethod: "GIFT_CERTIFICATE" }, "mobile")).toEqual(["giftCertificate.giftCertificateType:required:error"]);
    expect(issuesOf({ payMethod: "GIFT_CERTIFICATE" }, "pc")).toEqual([]);
  });

  it("USD is for cards only, and says what is allowed", () => {
    expect(issuesOf({ payMethod: "CARD", currency: "USD" })).toEqual([]);
    expect(issuesOf({ payMethod: "CARD", currency: "CURRENCY_USD" })).toEqual([]);
    expect(issuesOf({ payMethod: "TRANSFER", currency: "USD" })).toEqual(['currency:currency.unsupported:error{"value":"USD","allowed":"KRW"}']);
    expect(issuesOf({ payMethod: "CARD", currency: "EUR" })).toEqual(['currency:currency.unsupported:error{"value":"EUR","allowed":"KRW, USD"}']);
  });
});
