import { describe, expect, it } from "vitest";
import { fieldLabel, formatIssue, localizeIssues } from "./format";
import { en } from "./locales/en";
import { euro, josa } from "./locales/josa";
import { ko } from "./locales/ko";
import type { IssueCode, IssueParams, ValidationIssue } from "./types";

const issue = (field: string, code: IssueCode, params: IssueParams = {}): ValidationIssue => ({ field, code, severity: "error", params });

// issue 10, item 17: the particle follows the sound of the word before it, through the real ko pack
describe("Korean particles in the ko pack", () => {
  it.each([
    // 을/를
    { i: issue("customer.phoneNumber", "required"), text: "구매자 연락처를 입력해 주세요." },
    { i: issue("customer.fullName", "required"), text: "구매자 이름을 입력해 주세요." },
    { i: issue("customer.email", "required"), text: "구매자 이메일을 입력해 주세요." },
    { i: issue("orderName", "required"), text: "주문명(orderName)을 입력해 주세요." },
    { i: issue("offerPeriod", "required"), text: "제공 기간(offerPeriod)을 입력해 주세요." },
    { i: issue("productType", "required"), text: "상품 유형(productType)을 입력해 주세요." },
    { i: issue("redirectUrl", "required"), text: "리디렉션 URL(redirectUrl)을 입력해 주세요." },
    { i: issue("inicis.merchantName", "required"), text: "가맹점 이름 (P_MNAME)을 입력해 주세요." },
    { i: issue("issueName", "required"), text: "발급명(issueName)을 입력해 주세요." },
    // 은/는, on labels
    { i: issue("currency", "type.string"), text: "통화(currency)는 문자열이어야 합니다." },
    { i: issue("totalAmount", "amount.invalid"), text: "결제 금액(totalAmount)은 0보다 큰 정수여야 합니다." },
    { i: issue("paymentId", "id.tooLong", { max: 40, actual: 41 }), text: "결제 ID(paymentId)는 KG이니시스에서 최대 40자입니다(현재 41자)." },
    { i: issue("inicis.logoUrl", "url.https"), text: "메인 로고 URL (logo_url)은 https: 로 시작하는 절대 URL이어야 합니다." },
    { i: issue("inicis.hideEasyPay", "type.boolean"), text: "간편결제 숨김 (noeasypay)은 true 또는 false여야 합니다." },
    { i: issue("customer.fullName", "name.tooLong", { max: 30 }), text: "구매자 이름은 최대 30바이트입니다(한글 한 글자는 3바이트)." },
    // issue 19: no particle after a code or a value; it stands after a colon or in brackets
    { i: issue("currency", "currency.unsupported", { value: "USD", allowed: "KRW" }), text: "통화(currency): 이 결제에서 쓸 수 없는 통화입니다(요청: USD, 가능: KRW)." },
    { i: issue("currency", "currency.unsupported", { value: "EUR", allowed: "KRW, USD" }), text: "통화(currency): 이 결제에서 쓸 수 없는 통화입니다(요청: EUR, 가능: KRW, USD)." },
    { i: issue("payMethod", "payMethod.unsupported", { value: "PAYPAL" }), text: "결제수단(payMethod): KG이니시스에서 지원하지 않는 결제수단입니다(요청: PAYPAL)." },
    { i: issue("card.cardCompany", "card.company.unsupported", { value: "TOSS_BANK" }), text: "카드사 다이렉트 호출(cardCompany): KG이니시스에서 지원하지 않는 카드사입니다(요청: TOSS_BANK)." },
    { i: issue("easyPay.easyPayProvider", "easyPay.provider.unsupported", { value: "KAKAO_PAY", allowed: "KAKAOPAY, NAVERPAY" }), text: "간편결제 다이렉트 호출(easyPayProvider): KG이니시스에서 지원하지 않는 간편결제입니다(요청: KAKAO_PAY, 가능: KAKAOPAY, NAVERPAY)." },
    { i: issue("locale", "locale.unsupported", { value: "ZH_CN" }), text: "결제창 언어(locale): 이 기기의 결제창이 지원하지 않는 언어라 무시됩니다(요청: ZH_CN)." },
    { i: issue("paymentId", "cancel.notPaid", { status: "PAY_PENDING" }), text: "결제 ID(paymentId): 취소할 수 없는 결제 상태입니다(현재: PAY_PENDING). PAID 또는 PARTIAL_CANCELLED 상태만 취소할 수 있습니다." },
    { i: issue("inicis.fooBar", "inicis.unknownOption"), text: "inicis.fooBar: 알 수 없는 이니시스 옵션입니다." },
    // issue 19: a list too long is counted in items, not characters
    { i: issue("inicis.mallPointCards", "inicis.cardCodes.tooMany", { max: 50, actual: 60 }), text: "몰포인트 카드 (mallpoint): 카드사 코드는 최대 50개까지 넣을 수 있습니다(현재 60개)." },
    { i: issue("inicis.partialInterestFree", "inicis.plans.tooMany", { max: 50, actual: 60 }), text: "부분 무이자 (slimquota): 카드사별 무이자 조건은 최대 50개까지 넣을 수 있습니다(현재 60개)." },
    // 이/가
    { i: issue("storeId", "storeId.missing"), text: "상점 아이디(storeId)가 없습니다. PortOneProvider에 storeId를 지정해 주세요." },
    { i: issue("channelKey", "channelKey.missing"), text: "채널 키(channelKey)가 없습니다. PortOneProvider의 channelKeys 또는 channelKey를 지정해 주세요." },
    { i: issue("card.number", "card.number"), text: "카드 번호가 올바르지 않습니다. 숫자를 다시 확인해 주세요." },
    { i: issue("card.expiry", "card.expired"), text: "유효기간이 지난 카드입니다." },
    { i: issue("orderName", "orderName.tooLong", { max: 40 }), text: "주문명(orderName)이 40바이트를 넘어 결제창에서 잘려 보입니다." },
    // 이/가 and 과/와 after numbers read aloud (…0: 영, …2: 이, …3: 삼)
    { i: issue("items[0]", "receipt.sum", { supply: 10000, vat: 900, taxFree: 0, sum: 10900, total: 11000 }), text: "items[0]: 공급가액(10000) + 부가세(900) + 면세금액(0) = 10900이 총액 11000과 다릅니다." },
    { i: issue("items[0]", "receipt.sum", { supply: 1, vat: 1, taxFree: 0, sum: 2, total: 12 }), text: "items[0]: 공급가액(1) + 부가세(1) + 면세금액(0) = 2가 총액 12와 다릅니다." },
    { i: issue("items[0]", "receipt.sum", { supply: 1, vat: 2, taxFree: 0, sum: 3, total: 13 }), text: "items[0]: 공급가액(1) + 부가세(2) + 면세금액(0) = 3이 총액 13과 다릅니다." },
  ])("$text", ({ i, text }) => {
    expect(formatIssue(i, ko)).toBe(text);
  });

  it("no sentence of the ko pack falls back to a double particle like 을(를)", () => {
    const labels = ["구매자 연락처", "주문명(orderName)", "통화(currency)", "메인 로고 URL (logo_url)", "결제 ID(paymentId)", "x"];
    const params = { max: 40, actual: 41, min: 2, value: "USD", allowed: "KRW", options: "a, b", supply: 1, vat: 1, taxFree: 1, sum: 3, total: 4 };
    for (const code of Object.keys(ko.issues) as IssueCode[]) {
      for (const label of labels) expect(ko.issues[code]({ ...params, label })).not.toMatch(/[을은이과]\([를는가와]\)|\((?:을|를|은|는|이|가)\)/);
    }
  });

  it("no sentence puts a particle right after an interpolated code or value", () => {
    const values = ["PAY_PENDING", "USD", "PAYPAL", "TOSS_BANK", "ZH_CN", "SMART_MUNSANG"];
    const particle = /^(?:은|는|이|가|을|를|과|와|으로|로|이어서|여서|이라|라)(?:[\s.,(]|$)/;
    for (const code of Object.keys(ko.issues) as IssueCode[]) {
      for (const value of values) {
        const text = ko.issues[code]({ label: "필드", value, status: value, allowed: value, options: value, max: 1, min: 1, actual: 1, supply: 1, vat: 1, taxFree: 1, sum: 1, total: 1, amount: 1, cancellable: 1 });
        for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) expect(text.slice(at + value.length), `${code}: ${text}`).not.toMatch(particle);
      }
    }
  });

  // issue 19: a Latin word takes the particle of how Koreans say it (PENDING is 펜딩), letters spelled out of an acronym
  it.each([
    { word: "PAY_PENDING", text: "PAY_PENDING이어서" },
    { word: "SMART_MUNSANG", text: "SMART_MUNSANG이어서" },
    { word: "READY", text: "READY여서" },
    { word: "CANCELLED", text: "CANCELLED여서" },
    { word: "PAYPAL", text: "PAYPAL이어서" },
    { word: "MOBILE", text: "MOBILE이어서" },
    { word: "TOSS_BANK", text: "TOSS_BANK여서" },
    { word: "P_CARD_OPTION", text: "P_CARD_OPTION이어서" },
    { word: "JSON", text: "JSON이어서" },
    { word: "click", text: "click이어서" },
    { word: "check", text: "check여서" },
    { word: "orderName", text: "orderName이어서" },
    { word: "inicis.fooBar", text: "inicis.fooBar여서" },
    { word: "bypass", text: "bypass여서" },
    // acronyms, letter by letter: 유알엘, 에이치티엠엘, 씨엔, 유에스디, 케이알더블유, 아이디
    { word: "URL", text: "URL이어서" },
    { word: "HTML", text: "HTML이어서" },
    { word: "ZH_CN", text: "ZH_CN이어서" },
    { word: "USD", text: "USD여서" },
    { word: "KRW", text: "KRW여서" },
    { word: "paymentId", text: "paymentId여서" },
  ])("$text", ({ word, text }) => {
    expect(josa(word, "이어서", "여서")).toBe(text);
  });

  it("josa and euro pick by the last syllable, skipping a trailing (annotation)", () => {
    expect(josa("USD", "은", "는")).toBe("USD는");
    expect(josa("URL", "을", "를")).toBe("URL을");
    expect(josa("주문명 (orderName)", "을", "를")).toBe("주문명 (orderName)을");
    expect(josa("사과", "이", "가")).toBe("사과가");
    expect(josa(undefined, "이", "가")).toBe("가");
    expect(euro("부산")).toBe("부산으로");
    expect(euro("서울")).toBe("서울로");
    expect(euro("제주도")).toBe("제주도로");
    expect(euro("3")).toBe("3으로");
    expect(euro("1")).toBe("1로");
  });
});

describe("locale packs and labels", () => {
  it("both packs have a sentence for every code, and every sentence names the field", () => {
    expect(Object.keys(en.issues).sort()).toEqual(Object.keys(ko.issues).sort());
    for (const code of Object.keys(ko.issues) as IssueCode[]) {
      expect(formatIssue(issue("customer.email", code, { max: 1, min: 1, actual: 1, value: "v", allowed: "a", options: "o", supply: 1, vat: 1, taxFree: 1, sum: 1, total: 1 }), ko)).toContain("구매자 이메일");
      expect(formatIssue(issue("customer.email", code, { max: 1, min: 1, actual: 1, value: "v", allowed: "a", options: "o", supply: 1, vat: 1, taxFree: 1, sum: 1, total: 1 }), en)).toContain("Buyer e-mail");
    }
  });

  it("labels option fields from the option texts, per device group and in plan rows", () => {
    expect(fieldLabel("inicis.skinColor", ko)).toBe("결제창 색상 (SKIN)");
    expect(fieldLabel("bypass.merchantName", en)).toBe("Merchant name (P_MNAME)");
    expect(fieldLabel("inicis.mobile.merchantName", ko)).toBe("가맹점 이름 (P_MNAME)");
    expect(fieldLabel("noticeUrls[1]", ko)).toBe("웹훅 URL(noticeUrls) #2");
    expect(fieldLabel("bypass.inicis_v2.P_NMANE", ko)).toBe("bypass.inicis_v2.P_NMANE");
    expect(fieldLabel("__proto__", ko)).toBe("__proto__");
    expect(fieldLabel("inicis.constructor", en)).toBe("inicis.constructor");
  });

  it("plan rows are numbered from #1, with the sub-field in parentheses", () => {
    expect(fieldLabel("inicis.partialInterestFree[0]", ko)).toBe("부분 무이자 (slimquota) #1");
    expect(fieldLabel("inicis.partialInterestFree[0].months", ko)).toBe("부분 무이자 (slimquota) #1 (months)");
    expect(fieldLabel("inicis.pc.partialInterestFree[9].cardCode", en)).toBe("Partial interest-free (slimquota) #10 (cardCode)");
    expect(fieldLabel("bypass.partialInterestFree[10]", en)).toBe("Partial interest-free (slimquota) #11");
    expect(fieldLabel("noticeUrls[10]", ko)).toBe("웹훅 URL(noticeUrls) #11");
    expect(fieldLabel("noticeUrls[0].x", ko)).toBe("웹훅 URL(noticeUrls) #1.x");
  });

  it("only a whole path is labelled: a known name inside an unknown path stays the path", () => {
    expect(fieldLabel("xinicis.skinColor", ko)).toBe("xinicis.skinColor");
    expect(fieldLabel("card.inicis.skinColor", ko)).toBe("card.inicis.skinColor");
    expect(fieldLabel("inicis.skinColor\nx", ko)).toBe("inicis.skinColor\nx");
    expect(fieldLabel("inicis.partialInterestFree.x[0]", ko)).toBe("부분 무이자 (slimquota).x[0]");
    expect(fieldLabel("inicis.partialInterestFree[0]x", ko)).toBe("부분 무이자 (slimquota)[0]x");
    expect(fieldLabel("inicis.partialInterestFree[0].", ko)).toBe("부분 무이자 (slimquota)[0].");
    expect(fieldLabel("x\nnoticeUrls[1]", ko)).toBe("x\nnoticeUrls[1]");
    expect(fieldLabel("noticeUrls[1]\nx", ko)).toBe("noticeUrls[1]\nx");
    expect(fieldLabel("noticeUrls[a]", ko)).toBe("noticeUrls[a]");
  });

  it("localizeIssues keeps the data and adds the sentence in the pack's language", () => {
    const issues = [issue("customer.email", "email.chars"), { ...issue("orderName", "orderName.tooLong", { max: 40 }), severity: "warning" as const }];
    expect(localizeIssues(issues, en)).toEqual([
      { field: "customer.email", code: "email.chars", severity: "error", params: {}, message: en.issues["email.chars"]({ label: "Buyer e-mail" }) },
      { field: "orderName", code: "orderName.tooLong", severity: "warning", params: { max: 40 }, message: "Order name (orderName) is over 40 bytes and will be cut in the payment window." },
    ]);
  });

  it("an unknown code still names the field instead of throwing", () => {
    expect(formatIssue(issue("orderName", "no.such.code" as IssueCode), ko)).toBe("주문명(orderName): no.such.code");
    expect(formatIssue(issue("orderName", "toString" as IssueCode), en)).toBe("Order name (orderName): toString");
  });
});
