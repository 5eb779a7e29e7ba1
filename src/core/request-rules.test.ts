import { describe, expect, it } from "vitest";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "./inputs";
import { validateBillingKeyInput, validatePaymentInput, validatePhoneBillingInput } from "./request-rules";
import type { Device, ValidationIssue } from "./types";

const customer = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const card: PaymentInput = { payMethod: "CARD", orderName: "운동화", totalAmount: 1000, customer };
const codes = (issues: ValidationIssue[], severity: "error" | "warning") =>
  issues.filter((i) => i.severity === severity).map((i) => `${i.field}:${i.code}`);

type Row = { rule: string; device?: Device; ok: Partial<PaymentInput>; bad: Partial<PaymentInput>; expected: string };

describe("rules section 4: payment request fields (errors block the call)", () => {
  const rows: Row[] = [
    { rule: "paymentId printable ASCII", ok: { paymentId: "order-2026_11-28" }, bad: { paymentId: "주문-1" }, expected: "paymentId:id.format" },
    { rule: "paymentId no symbols like ♤", ok: { paymentId: "A~B" }, bad: { paymentId: "order♤1" }, expected: "paymentId:id.format" },
    { rule: "paymentId at most 40 characters", ok: { paymentId: "x".repeat(40) }, bad: { paymentId: "x".repeat(41) }, expected: "paymentId:id.tooLong" },
    { rule: "the seed's payment${uuid} example is too long", ok: { paymentId: "pay-0123456789abcdef" }, bad: { paymentId: `payment${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}` }, expected: "paymentId:id.tooLong" },
    { rule: "orderName required", ok: { orderName: "a" }, bad: { orderName: "  " }, expected: "orderName:required" },
    { rule: "totalAmount positive", ok: { totalAmount: 1 }, bad: { totalAmount: 0 }, expected: "totalAmount:amount.invalid" },
    { rule: "totalAmount integer", ok: { totalAmount: 1500 }, bad: { totalAmount: 10.5 }, expected: "totalAmount:amount.invalid" },
    { rule: "totalAmount safe integer", ok: { totalAmount: Number.MAX_SAFE_INTEGER }, bad: { totalAmount: 2 ** 53 }, expected: "totalAmount:amount.invalid" },
    { rule: "totalAmount a number", ok: { totalAmount: 5000 }, bad: { totalAmount: "5000" as unknown as number }, expected: "totalAmount:amount.invalid" },
    { rule: "USD for card only", ok: { currency: "USD" }, bad: { payMethod: "TRANSFER", currency: "USD" }, expected: "currency:currency.unsupported" },
    { rule: "no other currency", ok: { currency: "CURRENCY_KRW" }, bad: { currency: "EUR" }, expected: "currency:currency.unsupported" },
    { rule: "six pay methods only", ok: { payMethod: "EASY_PAY" }, bad: { payMethod: "PAYPAL" as PaymentInput["payMethod"] }, expected: "payMethod:payMethod.unsupported" },
    { rule: "card: no TOSS_BANK", ok: { card: { cardCompany: "SHINHAN_CARD" } }, bad: { card: { cardCompany: "TOSS_BANK" } }, expected: "card.cardCompany:card.company.unsupported" },
    {
      rule: "card: direct call takes fixedMonth only",
      ok: { card: { cardCompany: "BC_CARD", installment: { monthOption: { fixedMonth: 3 } } } },
      bad: { card: { cardCompany: "BC_CARD", installment: { monthOption: { availableMonthList: [2, 3] } } } },
      expected: "card.installment.monthOption.availableMonthList:card.availableMonthList",
    },
    { rule: "easy pay: Inicis providers only", ok: { payMethod: "EASY_PAY", easyPay: { easyPayProvider: "KAKAOPAY" } }, bad: { payMethod: "EASY_PAY", easyPay: { easyPayProvider: "CHAI" } }, expected: "easyPay.easyPayProvider:easyPay.provider.unsupported" },
    { rule: "gift certificate type required on mobile", device: "mobile", ok: { payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: "CULTURELAND" } }, bad: { payMethod: "GIFT_CERTIFICATE" }, expected: "giftCertificate.giftCertificateType:required" },
    { rule: "gift certificate: Inicis types only", ok: { payMethod: "GIFT_CERTIFICATE" }, bad: { payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: "CULTURE_GIFT" } }, expected: "giftCertificate.giftCertificateType:giftCertificate.type.unsupported" },
    { rule: "MOBILE needs productType", ok: { payMethod: "MOBILE", productType: "PRODUCT_TYPE_REAL" }, bad: { payMethod: "MOBILE" }, expected: "productType:required" },
    { rule: "productType spelling", ok: { payMethod: "MOBILE", productType: "DIGITAL" }, bad: { payMethod: "MOBILE", productType: "PHYSICAL" as PaymentInput["productType"] }, expected: "productType:productType.invalid" },
    { rule: "redirectUrl is an http(s) URL", ok: { redirectUrl: "https://shop.example/return" }, bad: { redirectUrl: "javascript:alert(1)" }, expected: "redirectUrl:url.invalid" },
    { rule: "vatAmount a non-negative integer", ok: { vatAmount: 90 }, bad: { vatAmount: -1 }, expected: "vatAmount:amount.invalid" },
  ];
  it.each(rows)("$rule", ({ device = "pc", ok, bad, expected }) => {
    expect(codes(validatePaymentInput({ ...card, ...ok } as PaymentInput, { device }), "error")).toEqual([]);
    expect(codes(validatePaymentInput({ ...card, ...bad } as PaymentInput, { device }), "error")).toContain(expected);
  });
});

describe("rules section 4: warnings (reported, never blocking)", () => {
  const rows: Row[] = [
    { rule: "orderName over 40 bytes is cut", ok: { orderName: "가".repeat(13) }, bad: { orderName: "가".repeat(14) }, expected: "orderName:orderName.tooLong" },
    { rule: "VAT needs a contract", ok: {}, bad: { vatAmount: 100 }, expected: "vatAmount:contract.required" },
    { rule: "tax-free needs a contract", ok: {}, bad: { taxFreeAmount: 100 }, expected: "taxFreeAmount:contract.required" },
    { rule: "card: useAppCardOnly ignored", ok: {}, bad: { card: { useAppCardOnly: true } }, expected: "card.useAppCardOnly:field.ignored" },
    { rule: "easy pay: availableCards ignored", ok: { payMethod: "EASY_PAY" }, bad: { payMethod: "EASY_PAY", easyPay: { availableCards: ["BC_CARD"] } }, expected: "easyPay.availableCards:field.ignored" },
    { rule: "transfer: bankCode ignored", ok: { payMethod: "TRANSFER" }, bad: { payMethod: "TRANSFER", transfer: { bankCode: "SHINHAN_BANK" } }, expected: "transfer.bankCode:field.ignored" },
    { rule: "virtual account: customerIdentifier ignored", ok: { payMethod: "VIRTUAL_ACCOUNT" }, bad: { payMethod: "VIRTUAL_ACCOUNT", virtualAccount: { customerIdentifier: "x" } }, expected: "virtualAccount.customerIdentifier:field.ignored" },
    { rule: "cash receipt: only ANONYMOUS has an effect", ok: { payMethod: "TRANSFER", transfer: { cashReceiptType: "ANONYMOUS" } }, bad: { payMethod: "TRANSFER", transfer: { cashReceiptType: "PERSONAL" } }, expected: "transfer.cashReceiptType:field.ignored" },
    { rule: "MOBILE: carrier ignored", ok: { payMethod: "MOBILE", productType: "REAL" }, bad: { payMethod: "MOBILE", productType: "REAL", mobile: { carrier: "SKT" } }, expected: "mobile.carrier:field.ignored" },
    { rule: "locale: ZH_CN on PC only", device: "mobile", ok: { locale: "EN_US" }, bad: { locale: "ZH_CN" }, expected: "locale:locale.unsupported" },
    { rule: "escrow needs a contract", ok: {}, bad: { isEscrow: true }, expected: "isEscrow:contract.required" },
  ];
  it.each(rows)("$rule", ({ device = "pc", ok, bad, expected }) => {
    const okIssues = validatePaymentInput({ ...card, ...ok } as PaymentInput, { device });
    const badIssues = validatePaymentInput({ ...card, ...bad } as PaymentInput, { device });
    expect(codes(okIssues, "warning")).not.toContain(expected);
    expect(codes(badIssues, "warning")).toContain(expected);
    expect(codes(badIssues, "error")).toEqual([]);
  });
});

describe("rules section 5: billing keys", () => {
  const base: BillingKeyInput = { issueName: "정기구독", customer };
  const phone: PhoneBillingInput = { orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer };
  const interval = { interval: "1m" } as const;
  it.each([
    { rule: "issueName required", ok: base, bad: { ...base, issueName: "" }, device: "pc" as Device, expected: "issueName:required" },
    { rule: "offerPeriod required on mobile", ok: { ...base, offerPeriod: interval }, bad: base, device: "mobile" as Device, expected: "offerPeriod:required" },
    { rule: "interval only 1m or 1y", ok: { ...base, offerPeriod: { interval: "1y" } }, bad: { ...base, offerPeriod: { interval: "2m" } }, device: "pc" as Device, expected: "offerPeriod.interval:offerPeriod.interval" },
    { rule: "range needs from before to", ok: { ...base, offerPeriod: { range: { from: "2026-01-01T00:00:00+09:00", to: "2026-12-31T00:00:00+09:00" } } }, bad: { ...base, offerPeriod: { range: { from: "2026-12-31T00:00:00+09:00", to: "2026-01-01T00:00:00+09:00" } } }, device: "pc" as Device, expected: "offerPeriod.range:offerPeriod.range" },
    { rule: "range needs both ends", ok: { ...base, offerPeriod: { range: { from: "2026-01-01", to: "2026-02-01" } } }, bad: { ...base, offerPeriod: { range: { from: "2026-01-01" } } }, device: "pc" as Device, expected: "offerPeriod.range:offerPeriod.range" },
    { rule: "display currency KRW or USD on PC", ok: { ...base, currency: "USD" }, bad: { ...base, currency: "JPY" }, device: "pc" as Device, expected: "currency:currency.unsupported" },
    { rule: "display currency KRW on mobile", ok: { ...base, offerPeriod: interval, currency: "KRW" }, bad: { ...base, offerPeriod: interval, currency: "USD" }, device: "mobile" as Device, expected: "currency:currency.unsupported" },
    { rule: "issueId 40 ASCII characters", ok: { ...base, issueId: "bk-1" }, bad: { ...base, issueId: "빌링-1" }, device: "pc" as Device, expected: "issueId:id.format" },
    { rule: "cardUse percard or cocard", ok: { ...base, inicis: { cardUse: "cocard" } }, bad: { ...base, inicis: { cardUse: "family" as "cocard" } }, device: "pc" as Device, expected: "inicis.cardUse:inicis.cardUse" },
  ])("card billing key: $rule", ({ ok, bad, device, expected }) => {
    expect(codes(validateBillingKeyInput(ok as BillingKeyInput, { device }), "error")).toEqual([]);
    expect(codes(validateBillingKeyInput(bad as BillingKeyInput, { device }), "error")).toContain(expected);
  });

  it("card billing key: cardUse is mobile only (a warning on PC)", () => {
    expect(codes(validateBillingKeyInput({ ...base, inicis: { cardUse: "percard" } }, { device: "pc" }), "warning")).toContain("inicis.cardUse:field.mobileOnly");
    expect(validateBillingKeyInput({ ...base, offerPeriod: interval, inicis: { cardUse: "percard" } }, { device: "mobile" })).toEqual([]);
  });

  it.each([
    { rule: "productType required", ok: phone, bad: { ...phone, productType: undefined }, device: "pc" as Device, expected: "productType:required" },
    { rule: "KRW only", ok: { ...phone, currency: "KRW" }, bad: { ...phone, currency: "USD" }, device: "pc" as Device, expected: "currency:currency.unsupported" },
    { rule: "offerPeriod required on mobile", ok: { ...phone, offerPeriod: interval }, bad: phone, device: "mobile" as Device, expected: "offerPeriod:required" },
    { rule: "buyer phone required on mobile too", ok: { ...phone, offerPeriod: interval }, bad: { ...phone, offerPeriod: interval, customer: { fullName: "홍길동", email: "a@b.co" } }, device: "mobile" as Device, expected: "customer.phoneNumber:required" },
    { rule: "amount positive integer", ok: phone, bad: { ...phone, totalAmount: -100 }, device: "pc" as Device, expected: "totalAmount:amount.invalid" },
  ])("phone billing: $rule", ({ ok, bad, device, expected }) => {
    expect(codes(validatePhoneBillingInput(ok as PhoneBillingInput, { device }), "error")).toEqual([]);
    expect(codes(validatePhoneBillingInput(bad as PhoneBillingInput, { device }), "error")).toContain(expected);
  });

  it("phone billing: locale and carrier are ignored (warnings)", () => {
    const issues = validatePhoneBillingInput({ ...phone, locale: "EN_US", mobile: { carrier: "KT" } }, { device: "pc" });
    expect(codes(issues, "warning")).toEqual(["locale:field.ignored", "mobile.carrier:field.ignored"]);
  });
});
