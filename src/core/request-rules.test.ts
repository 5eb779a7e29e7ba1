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

describe("rules section 3 in a payment: the name on both devices (issue 10, item 1)", () => {
  it.each(["pc", "mobile"] as const)("%s: a payment without a name is refused with customer.fullName:required", (device) => {
    const { fullName: _name, ...nameless } = customer;
    expect(codes(validatePaymentInput({ ...card, customer: nameless }, { device }), "error")).toEqual(["customer.fullName:required"]);
    expect(codes(validatePaymentInput({ ...card, customer: undefined }, { device }), "error")).toContain("customer.fullName:required");
  });
  it("on mobile, the name alone is enough", () => {
    expect(codes(validatePaymentInput({ ...card, customer: { fullName: "홍길동" } }, { device: "mobile" }), "error")).toEqual([]);
    expect(codes(validatePaymentInput({ ...card, customer: { fullName: "홍길동" } }, { device: "pc" }), "error")).toEqual(["customer.phoneNumber:required", "customer.email:required"]);
  });
});

describe("the guide's raw bypass on a payment (issue 10, item 2)", () => {
  const withBypass = (inicis_v2: Record<string, unknown>, extra: Partial<PaymentInput> = {}) => ({ ...card, ...extra, bypass: { inicis_v2 } }) as PaymentInput;
  it.each([
    { name: "P_NMANE, the guide's typo", raw: { P_NMANE: "포트원" }, expected: "bypass.inicis_v2.P_NMANE:inicis.unknownOption" },
    { name: "an unknown acceptmethod entry", raw: { acceptmethod: ["below1000", "cardonly"] }, expected: "bypass.inicis_v2.acceptmethod[1]:inicis.unknownOption" },
    { name: "an unknown P_RESERVED entry", raw: { P_RESERVED: ["twotrs_isp=Y"] }, expected: "bypass.inicis_v2.P_RESERVED[0]:inicis.unknownOption" },
    { name: "a javascript: logo", raw: { logo_url: "javascript:alert(1)" }, expected: "bypass.logoUrl:url.https" },
    { name: "a SKIN that is no colour", raw: { acceptmethod: ["SKIN(red)"] }, expected: "bypass.skinColor:inicis.skinColor" },
    { name: "a one-digit selcode", raw: { P_CARD_OPTION: "selcode=4" }, expected: "bypass.preselectCard:inicis.cardCode" },
    { name: "a guardian e-mail with _", raw: { parentemail: "mom_kid@example.com" }, expected: "bypass.parentEmail:email.chars" },
  ])("is checked like inicis: $name", ({ raw, expected }) => {
    for (const device of ["pc", "mobile"] as const) {
      expect(codes(validatePaymentInput(withBypass(raw), { device }), "error")).toEqual([expected]);
    }
  });
  it("a valid bypass passes, with the same contract warnings as inicis", () => {
    const issues = validatePaymentInput(withBypass({ acceptmethod: ["SKIN(#C1272C)", "ocb"], P_MNAME: "포트원", P_RESERVED: ["noeasypay=Y"] }), { device: "pc" });
    expect(codes(issues, "error")).toEqual([]);
    expect(codes(issues, "warning")).toEqual(["bypass.showOcb:contract.required"]);
  });
  it("with inicis beside it, both are read and checked", () => {
    const issues = validatePaymentInput(withBypass({ P_NMANE: "x" }, { inicis: { logoUrl: "http://x.example/l.png" } }), { device: "pc" });
    expect(codes(issues, "error")).toEqual(["bypass.inicis_v2.P_NMANE:inicis.unknownOption", "inicis.logoUrl:url.https"]);
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
    { rule: "cardUse percard or cocard", ok: { ...base, inicis: { cardUse: "cocard" } }, bad: { ...base, inicis: { cardUse: "family" as "cocard" } }, device: "pc" as Device, expected: "inicis.cardUse:inicis.choice" },
    { rule: "name required on mobile too", ok: { ...base, offerPeriod: interval, customer: { fullName: "홍길동" } }, bad: { ...base, offerPeriod: interval, customer: { phoneNumber: "010-1234-5678", email: "buyer@example.com" } }, device: "mobile" as Device, expected: "customer.fullName:required" },
    { rule: "raw bypass carduse percard or cocard", ok: { ...base, offerPeriod: interval, bypass: { inicis_v2: { carduse: "percard" } } }, bad: { ...base, offerPeriod: interval, bypass: { inicis_v2: { carduse: "all" as "percard" } } }, device: "mobile" as Device, expected: "bypass.cardUse:inicis.choice" },
    { rule: "raw bypass: nothing but carduse", ok: { ...base, bypass: { inicis_v2: { carduse: "cocard" } } }, bad: { ...base, bypass: { inicis_v2: { carduse: "cocard", acceptmethod: ["below1000"] } } }, device: "pc" as Device, expected: "bypass.inicis_v2.acceptmethod:inicis.unknownOption" },
  ])("card billing key: $rule", ({ ok, bad, device, expected }) => {
    expect(codes(validateBillingKeyInput(ok as BillingKeyInput, { device }), "error")).toEqual([]);
    expect(codes(validateBillingKeyInput(bad as BillingKeyInput, { device }), "error")).toContain(expected);
  });

  it("card billing key: cardUse reaches mobile only, and on PC it is simply not sent (no warning)", () => {
    expect(validateBillingKeyInput({ ...base, inicis: { cardUse: "percard" } }, { device: "pc" })).toEqual([]);
    expect(validateBillingKeyInput({ ...base, bypass: { inicis_v2: { carduse: "percard" } } }, { device: "pc" })).toEqual([]);
    expect(validateBillingKeyInput({ ...base, offerPeriod: interval, inicis: { cardUse: "percard" } }, { device: "mobile" })).toEqual([]);
  });

  it("card billing key: a payment-window option is ignored by the billing-key window (a warning, never sent)", () => {
    const issues = validateBillingKeyInput({ ...base, inicis: { merchantName: "포트원" } as BillingKeyInput["inicis"] }, { device: "pc" });
    expect(codes(issues, "warning")).toEqual(["inicis.merchantName:field.ignored"]);
    expect(codes(issues, "error")).toEqual([]);
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

  // issue 10, item 2: the SDK has no Inicis bypass for requestIssueBillingKeyAndPay
  it.each([
    { given: "inicis", patch: { inicis: { merchantName: "포트원" } }, field: "inicis" },
    { given: "bypass", patch: { bypass: { inicis_v2: { P_MNAME: "포트원" } } }, field: "bypass" },
    { given: "an empty bypass", patch: { bypass: {} }, field: "bypass" },
  ])("phone billing: $given is an error (bypass.unsupported), on both devices", ({ patch, field }) => {
    for (const device of ["pc", "mobile"] as const) {
      const issues = validatePhoneBillingInput({ ...phone, offerPeriod: interval, ...patch } as PhoneBillingInput, { device });
      expect(codes(issues, "error")).toEqual([`${field}:bypass.unsupported`]);
    }
  });

  it("phone billing: locale and carrier are ignored (warnings)", () => {
    const issues = validatePhoneBillingInput({ ...phone, locale: "EN_US", mobile: { carrier: "KT" } }, { device: "pc" });
    expect(codes(issues, "warning")).toEqual(["locale:field.ignored", "mobile.carrier:field.ignored"]);
  });
});

// Limits on both sides, exact issues (field, code, severity, params), and the rules no row above reaches.
describe("request fields at their limits, exactly", () => {
  const all = (issues: ValidationIssue[]) => issues.map((i) => `${i.field}:${i.code}:${i.severity}${Object.keys(i.params).length ? JSON.stringify(i.params) : ""}`);
  const pay = (patch: Record<string, unknown>, device: Device = "pc") => all(validatePaymentInput({ ...card, ...patch } as PaymentInput, { device }));

  it("orderName: 40 bytes are shown whole; 41 bytes are cut (a warning); over 1,000 characters is an error only", () => {
    expect(pay({ orderName: "a".repeat(40) })).toEqual([]);
    expect(pay({ orderName: "가".repeat(13) + "a" })).toEqual([]);
    expect(pay({ orderName: "a".repeat(41) })).toEqual(['orderName:orderName.tooLong:warning{"max":40}']);
    expect(pay({ orderName: "가".repeat(13) + "ab" })).toEqual(['orderName:orderName.tooLong:warning{"max":40}']);
    expect(pay({ orderName: "a".repeat(1000) })).toEqual(['orderName:orderName.tooLong:warning{"max":40}']);
    expect(pay({ orderName: "a".repeat(1001) })).toEqual(['orderName:text.tooLong:error{"max":1000}']);
  });

  it("vatAmount and taxFreeAmount: 0 is accepted (with the contract warning); below 0 is not", () => {
    expect(pay({ vatAmount: 0 })).toEqual(["vatAmount:contract.required:warning"]);
    expect(pay({ taxFreeAmount: 0 })).toEqual(["taxFreeAmount:contract.required:warning"]);
    expect(pay({ vatAmount: -1 })).toEqual(["vatAmount:amount.invalid:error"]);
  });

  it("locale: KO_KR, EN_US and ZH_CN on PC; KO_KR and EN_US on mobile; anything else is named", () => {
    for (const locale of ["KO_KR", "EN_US", "ZH_CN"]) expect(pay({ locale }, "pc"), locale).toEqual([]);
    for (const locale of ["KO_KR", "EN_US"]) expect(pay({ locale }, "mobile"), locale).toEqual([]);
    expect(pay({ locale: "ZH_CN" }, "mobile")).toEqual(['locale:locale.unsupported:warning{"value":"ZH_CN"}']);
    expect(pay({ locale: "JA_JP" }, "pc")).toEqual(['locale:locale.unsupported:warning{"value":"JA_JP"}']);
    expect(pay({ locale: 12 }, "pc")).toEqual(['locale:locale.unsupported:warning{"value":"12"}']);
    expect(pay({ locale: undefined }, "pc")).toEqual([]);
  });

  it("redirectUrl and every notice URL: an http(s) URL of at most 2,048 characters", () => {
    const url = (n: number) => `https://shop.example/${"a".repeat(n - "https://shop.example/".length)}`;
    expect(pay({ redirectUrl: url(2048), noticeUrls: [url(2048), "http://shop.example/hook"] })).toEqual([]);
    expect(pay({ redirectUrl: url(2049) })).toEqual(["redirectUrl:url.invalid:error"]);
    expect(pay({ noticeUrls: ["https://shop.example/hook", "javascript:alert(1)", url(2049)] })).toEqual(["noticeUrls[1]:url.invalid:error", "noticeUrls[2]:url.invalid:error"]);
    expect(pay({ noticeUrls: "https://shop.example/hook" })).toEqual([]);
  });

  it("payMethod: required, and an unknown one is named", () => {
    expect(pay({ payMethod: undefined })).toEqual(['payMethod:required:error{"value":"undefined"}']);
    expect(pay({ payMethod: "PAYPAL" })).toEqual(['payMethod:payMethod.unsupported:error{"value":"PAYPAL"}']);
  });

  it("productType: checked on any method when given, required only for MOBILE, and reported once", () => {
    expect(pay({ productType: "PHYSICAL" })).toEqual(["productType:productType.invalid:error"]);
    expect(pay({ productType: "PRODUCT_TYPE_REAL" })).toEqual([]);
    expect(pay({ payMethod: "MOBILE", productType: "PHYSICAL" })).toEqual(["productType:productType.invalid:error"]);
    expect(pay({ payMethod: "MOBILE", productType: "REALPRODUCT_TYPE_" })).toEqual(["productType:productType.invalid:error"]);
    expect(pay({ payMethod: "MOBILE", productType: 1 })).toEqual(["productType:productType.invalid:error"]);
    expect(pay({ payMethod: "MOBILE" })).toEqual(["productType:required:error"]);
  });

  it("a payment's offerPeriod is checked when given; null is none", () => {
    expect(pay({ offerPeriod: null })).toEqual([]);
    expect(pay({ offerPeriod: { interval: "2m" } })).toEqual(["offerPeriod.interval:offerPeriod.interval:error"]);
    expect(pay({ offerPeriod: { interval: "1y" } })).toEqual([]);
  });

  it("the payment's own Inicis options are named inicis.*, a raw bypass's bypass.*", () => {
    expect(pay({ inicis: { logoUrl: "http://x.example/l.png" } })).toEqual(["inicis.logoUrl:url.https:error"]);
    expect(pay({ bypass: { inicis_v2: { logo_url: "http://x.example/l.png" } } })).toEqual(["bypass.logoUrl:url.https:error"]);
  });
});

describe("offer periods, exactly", () => {
  const bk = (offerPeriod: unknown, device: Device = "pc") =>
    validateBillingKeyInput({ issueName: "정기구독", customer, offerPeriod } as BillingKeyInput, { device }).map((i) => `${i.field}:${i.code}`);
  it("null is missing: required on mobile, nothing on PC", () => {
    expect(bk(null, "mobile")).toEqual(["offerPeriod:required"]);
    expect(bk(null, "pc")).toEqual([]);
    expect(bk(undefined, "pc")).toEqual([]);
  });
  it("exactly one of range and interval", () => {
    expect(bk({})).toEqual(["offerPeriod:offerPeriod.invalid"]);
    expect(bk({ range: { from: "2026-01-01", to: "2026-02-01" }, interval: "1m" })).toEqual(["offerPeriod:offerPeriod.invalid"]);
    expect(bk("1m")).toEqual(["offerPeriod:offerPeriod.invalid"]);
  });
  it("a range runs forward from a date to a later date, both written as text of under 64 characters", () => {
    const at = (n: number) => `Thu, 01 Jan 2026 00:00:00 GMT${" ".repeat(n - 29)}`;
    expect(bk({ range: { from: at(63), to: "2026-12-31T00:00:00Z" } })).toEqual([]);
    expect(bk({ range: { from: at(64), to: "2026-12-31T00:00:00Z" } })).toEqual(["offerPeriod.range:offerPeriod.range"]);
    expect(bk({ range: { from: "2026-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } })).toEqual(["offerPeriod.range:offerPeriod.range"]);
    expect(bk({ range: { from: 0, to: 1 } })).toEqual(["offerPeriod.range:offerPeriod.range"]);
  });
});

describe("card billing key and phone billing, exactly", () => {
  const base: BillingKeyInput = { issueName: "정기구독", customer };
  const bk = (patch: Record<string, unknown>, device: Device) =>
    validateBillingKeyInput({ ...base, offerPeriod: { interval: "1m" }, ...patch } as BillingKeyInput, { device }).map((i) => `${i.field}:${i.code}:${i.severity}${Object.keys(i.params).length ? JSON.stringify(i.params) : ""}`);
  it("display currency: KRW or USD on PC in either spelling, KRW only on mobile", () => {
    expect(bk({ currency: "CURRENCY_USD" }, "pc")).toEqual([]);
    expect(bk({ currency: "CURRENCY_KRW" }, "mobile")).toEqual([]);
    expect(bk({ currency: "USD" }, "mobile")).toEqual(['currency:currency.unsupported:error{"value":"USD","allowed":"KRW"}']);
    expect(bk({ currency: "JPY" }, "pc")).toEqual(['currency:currency.unsupported:error{"value":"JPY","allowed":"KRW, USD"}']);
  });
  it("display amount: positive whole number when given", () => {
    expect(bk({ displayAmount: 1000 }, "pc")).toEqual([]);
    expect(bk({ displayAmount: 0 }, "pc")).toEqual(["displayAmount:amount.invalid:error"]);
  });
  it("locale: ignored on mobile (the mobile billing-key window has none), checked on PC", () => {
    expect(bk({ locale: "EN_US" }, "mobile")).toEqual(["locale:field.ignored:warning"]);
    expect(bk({ locale: "ZH_CN" }, "pc")).toEqual([]);
    expect(bk({ locale: "JA_JP" }, "pc")).toEqual(['locale:locale.unsupported:warning{"value":"JA_JP"}']);
  });
  it("phone and e-mail are required on PC, not on mobile", () => {
    expect(bk({ customer: { fullName: "홍길동" } }, "pc")).toEqual(["customer.phoneNumber:required:error", "customer.email:required:error"]);
    expect(bk({ customer: { fullName: "홍길동" } }, "mobile")).toEqual([]);
  });
  it("with both inicis and a raw bypass, each is named as given", () => {
    expect(bk({ inicis: { cardUse: "family" }, bypass: { inicis_v2: { carduse: "percard" } } }, "mobile")).toEqual(['inicis.cardUse:inicis.choice:error{"allowed":"percard, cocard"}']);
    expect(bk({ bypass: { inicis_v2: { carduse: "family" } } }, "mobile")).toEqual(['bypass.cardUse:inicis.choice:error{"allowed":"percard, cocard"}']);
    expect(bk({ issueId: "x".repeat(41) }, "pc")).toEqual(['issueId:id.tooLong:error{"max":40,"actual":41}']);
  });

  const phone: PhoneBillingInput = { orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer, offerPeriod: { interval: "1m" } };
  const pb = (patch: Record<string, unknown>, device: Device = "pc") => validatePhoneBillingInput({ ...phone, ...patch } as PhoneBillingInput, { device }).map((i) => `${i.field}:${i.code}:${i.severity}`);
  it("phone billing: KRW in either spelling; the carrier and the carrier list are ignored", () => {
    expect(pb({ currency: "CURRENCY_KRW" })).toEqual([]);
    expect(pb({ mobile: { carrier: "KT", avaliableCarriers: ["SKT"] } })).toEqual(["mobile.carrier:field.ignored:warning", "mobile.avaliableCarriers:field.ignored:warning"]);
    expect(pb({ noticeUrls: ["ftp://x.example/"] })).toEqual(["noticeUrls[0]:url.invalid:error"]);
  });
});

// issue 17: PortOne's script may open either window on an ambiguous device (an Android tablet, an
// iPad asking for desktop sites), so the request must meet both windows' requirements there.
describe("an ambiguous device meets both windows' requirements", () => {
  const interval = { interval: "1m" } as const;
  const errors = (issues: ValidationIssue[]) => new Set(codes(issues, "error"));
  const union = (a: Set<string>, b: Set<string>) => new Set([...a, ...b]);
  const name = { fullName: "홍길동" };

  const payments: Partial<PaymentInput>[] = [
    { customer: name },
    { customer: {} },
    { customer: { ...name, phoneNumber: "010-1234-5678" } },
    { payMethod: "GIFT_CERTIFICATE", customer: name },
    { payMethod: "GIFT_CERTIFICATE", giftCertificate: { giftCertificateType: "CULTURELAND" } },
    { payMethod: "MOBILE", customer: name },
    { currency: "USD", customer: name },
    { paymentId: "주문", customer: name },
  ];
  it.each(payments)("payment %j: the errors are those of the PC window and of the mobile window together", (patch) => {
    const input = { ...card, ...patch } as PaymentInput;
    const pc = errors(validatePaymentInput(input, { device: "pc" }));
    const mobile = errors(validatePaymentInput(input, { device: "mobile" }));
    expect(errors(validatePaymentInput(input, { device: "ambiguous" }))).toEqual(union(pc, mobile));
  });

  const billingKeys: Partial<BillingKeyInput>[] = [
    { customer: name },
    { customer: name, offerPeriod: interval },
    { offerPeriod: interval },
    { currency: "USD", offerPeriod: interval },
    { currency: "USD" },
    { locale: "ZH_CN", offerPeriod: interval },
  ];
  it.each(billingKeys)("card billing key %j: the errors of both windows together", (patch) => {
    const input = { issueName: "정기구독", customer, ...patch } as BillingKeyInput;
    const pc = errors(validateBillingKeyInput(input, { device: "pc" }));
    const mobile = errors(validateBillingKeyInput(input, { device: "mobile" }));
    expect(errors(validateBillingKeyInput(input, { device: "ambiguous" }))).toEqual(union(pc, mobile));
  });

  const phones: Partial<PhoneBillingInput>[] = [{}, { offerPeriod: interval }, { customer: name }, { customer: name, offerPeriod: interval }];
  it.each(phones)("phone billing %j: the errors of both windows together", (patch) => {
    const input = { orderName: "월 구독", totalAmount: 9900, productType: "DIGITAL", customer, ...patch } as PhoneBillingInput;
    const pc = errors(validatePhoneBillingInput(input, { device: "pc" }));
    const mobile = errors(validatePhoneBillingInput(input, { device: "mobile" }));
    expect(errors(validatePhoneBillingInput(input, { device: "ambiguous" }))).toEqual(union(pc, mobile));
  });

  it("names each field one window requires and the other does not", () => {
    expect(codes(validatePaymentInput({ ...card, customer: name }, { device: "ambiguous" }), "error")).toEqual(["customer.phoneNumber:required", "customer.email:required"]);
    expect(codes(validatePaymentInput({ ...card, payMethod: "GIFT_CERTIFICATE", customer } as PaymentInput, { device: "ambiguous" }), "error")).toEqual(["giftCertificate.giftCertificateType:required"]);
    expect(codes(validateBillingKeyInput({ issueName: "x", customer: name }, { device: "ambiguous" }), "error")).toEqual(["offerPeriod:required", "customer.phoneNumber:required", "customer.email:required"]);
    expect(codes(validateBillingKeyInput({ issueName: "x", customer, offerPeriod: interval, currency: "USD" }, { device: "ambiguous" }), "error")).toEqual(["currency:currency.unsupported"]);
    expect(codes(validatePhoneBillingInput({ orderName: "x", totalAmount: 9900, productType: "DIGITAL", customer }, { device: "ambiguous" }), "error")).toEqual(["offerPeriod:required"]);
  });

  it("warns where either window would not take a value, and calls a value ignored only where no window reads it", () => {
    expect(codes(validatePaymentInput({ ...card, locale: "ZH_CN" }, { device: "ambiguous" }), "warning")).toEqual(["locale:locale.unsupported"]);
    expect(codes(validatePaymentInput({ ...card, locale: "ZH_CN" }, { device: "pc" }), "warning")).toEqual([]);
    // the carrier list works on mobile only: ignored on PC, not on a device that may open the mobile window
    const carriers = { ...card, payMethod: "MOBILE", productType: "DIGITAL", mobile: { avaliableCarriers: ["KT"] } } as unknown as PaymentInput;
    expect(codes(validatePaymentInput(carriers, { device: "pc" }), "warning")).toEqual(["mobile.avaliableCarriers:field.ignored"]);
    expect(codes(validatePaymentInput(carriers, { device: "ambiguous" }), "warning")).toEqual([]);
    // the mobile billing-key window has no locale; a PC window may still read it
    expect(codes(validateBillingKeyInput({ issueName: "x", customer, offerPeriod: interval, locale: "ZH_CN" }, { device: "ambiguous" }), "warning")).toEqual([]);
    expect(codes(validateBillingKeyInput({ issueName: "x", customer, offerPeriod: interval, locale: "ZH_CN" }, { device: "mobile" }), "warning")).toEqual(["locale:field.ignored"]);
  });
});
