import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PortOneLoadError } from "./errors";
import { cancelledOutcome, invalidOutcome, parseRedirectResult, readRedirectQuery, toOutcome } from "./outcome";
import { validateBillingKeyInput, validatePaymentInput, validatePhoneBillingInput } from "./request-rules";
import { validateBuyer } from "./buyer-rules";

describe("toOutcome", () => {
  it("a resolved response without code is a success with the SDK's ids", () => {
    expect(toOutcome("payment", { transactionType: "PAYMENT", paymentId: "p1", txId: "t1" })).toEqual({ status: "success", flow: "payment", paymentId: "p1", txId: "t1" });
    expect(toOutcome("phoneBilling", { billingKey: "bk", paymentId: "p2", txId: "t2" })).toEqual({ status: "success", flow: "phoneBilling", billingKey: "bk", paymentId: "p2", txId: "t2" });
    expect(toOutcome("billingKey", { billingKey: "bk" }, { issueId: "i1" })).toEqual({ status: "success", flow: "billingKey", billingKey: "bk", issueId: "i1" });
  });
  it("a resolved response with code is a failure keeping pgCode and pgMessage", () => {
    expect(toOutcome("payment", { paymentId: "p1", txId: "t1", code: "FAILURE_TYPE_PG", message: "거절", pgCode: "V013", pgMessage: "한도초과" })).toEqual({
      status: "failure",
      flow: "payment",
      code: "FAILURE_TYPE_PG",
      message: "거절",
      pgCode: "V013",
      pgMessage: "한도초과",
      paymentId: "p1",
      txId: "t1",
    });
  });
  it("a rejected SDK error is a failure with its code", () => {
    const error = Object.assign(new Error("already"), { code: "PaymentAlreadyPaid", __portOneErrorType: "PaymentError" });
    expect(toOutcome("payment", error, { paymentId: "p9" })).toMatchObject({ status: "failure", code: "PaymentAlreadyPaid", message: "already", paymentId: "p9" });
  });
  it("our load error and anything else thrown become failures", () => {
    expect(toOutcome("billingKey", new PortOneLoadError("SDK_LOAD_TIMEOUT", "slow"))).toMatchObject({ status: "failure", code: "SDK_LOAD_TIMEOUT", message: "slow" });
    expect(toOutcome("payment", new TypeError("boom"))).toMatchObject({ status: "failure", code: "UNKNOWN_ERROR", message: "boom" });
    expect(toOutcome("payment", undefined)).toMatchObject({ status: "failure", code: "NO_RESPONSE" });
  });

  // issue 11: an answer that is not a result is never a success
  it.each([
    { answer: null, code: "NO_RESPONSE" },
    { answer: undefined, code: "NO_RESPONSE" },
    { answer: "OK", code: "MALFORMED_RESPONSE" },
    { answer: {}, code: "MALFORMED_RESPONSE" },
    { answer: "결제 완료", code: "MALFORMED_RESPONSE" },
    { answer: 200, code: "MALFORMED_RESPONSE" },
    { answer: true, code: "MALFORMED_RESPONSE" },
    { answer: { transactionType: "PAYMENT" }, code: "MALFORMED_RESPONSE" },
    { answer: Object.create({ paymentId: "inherited", billingKey: "inherited" }) as object, code: "MALFORMED_RESPONSE" },
  ])("the SDK answering $answer is a failure $code for every flow, keeping the attempt's ids", ({ answer, code }) => {
    expect(toOutcome("payment", answer, { paymentId: "pay-7" })).toMatchObject({ status: "failure", flow: "payment", code, paymentId: "pay-7" });
    expect(toOutcome("billingKey", answer, { issueId: "bk-7" })).toMatchObject({ status: "failure", flow: "billingKey", code, issueId: "bk-7" });
    expect(toOutcome("phoneBilling", answer, { paymentId: "pay-8" })).toMatchObject({ status: "failure", flow: "phoneBilling", code, paymentId: "pay-8" });
  });

  it("a phone billing answer needs both the billing key and the payment id to be a success", () => {
    expect(toOutcome("phoneBilling", { billingKey: "bk" })).toMatchObject({ status: "failure", code: "MALFORMED_RESPONSE" });
    expect(toOutcome("phoneBilling", { paymentId: "p" })).toMatchObject({ status: "failure", code: "MALFORMED_RESPONSE" });
    expect(toOutcome("billingKey", { paymentId: "p" })).toMatchObject({ status: "failure", code: "MALFORMED_RESPONSE" });
  });
});

describe("parseRedirectResult", () => {
  it("parses a success and a failure query, decoding it", () => {
    expect(parseRedirectResult("?paymentId=pay-1&txId=tx-1&transactionType=PAYMENT")).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
    expect(parseRedirectResult("?paymentId=pay-1&transactionType=PAYMENT&code=FAILURE_TYPE_PG&message=%EA%B1%B0%EC%A0%88&pgCode=V013&pgMessage=%ED%95%9C%EB%8F%84")).toEqual({
      status: "failure",
      flow: "payment",
      code: "FAILURE_TYPE_PG",
      message: "거절",
      pgCode: "V013",
      pgMessage: "한도",
      paymentId: "pay-1",
    });
  });
  it("tells the billing-key flows apart by transactionType", () => {
    expect(parseRedirectResult("transactionType=ISSUE_BILLING_KEY&billingKey=bk-1")).toMatchObject({ status: "success", flow: "billingKey", billingKey: "bk-1" });
    expect(parseRedirectResult("transactionType=ISSUE_BILLING_KEY_AND_PAY&paymentId=p&billingKey=b")).toMatchObject({ flow: "phoneBilling", billingKey: "b", paymentId: "p" });
  });
  // issue 16: only PortOne's landings, which always carry transactionType, are read
  it("a query without transactionType is no landing: an OAuth callback, a promo code, a bare id", () => {
    for (const q of ["?code=abc&state=xyz", "?code=SUMMER10", "?paymentId=pay-1", "?billingKey=bk-1", "?paymentId=p&code=FAILURE_TYPE_PG"]) expect(parseRedirectResult(q), q).toBeNull();
  });
  it("an empty code= on a landing is a failure, as PortOne's own parser reads it", () => {
    expect(parseRedirectResult("?transactionType=PAYMENT&paymentId=p&txId=t&code=")).toMatchObject({ status: "failure", paymentId: "p", code: "UNKNOWN_ERROR" });
  });
  it("keeps the manual-confirm tokens", () => {
    expect(parseRedirectResult("?transactionType=PAYMENT&paymentId=p&txId=t&paymentToken=ptok")).toStrictEqual({ status: "success", flow: "payment", paymentId: "p", txId: "t", paymentToken: "ptok" });
    expect(parseRedirectResult("?transactionType=ISSUE_BILLING_KEY&billingKey=b&billingIssueToken=btok")).toStrictEqual({ status: "success", flow: "billingKey", billingKey: "b", billingIssueToken: "btok" });
  });
  // issue 11: transactionType is looked up as an own key only
  it.each(["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"])("transactionType=%s names no flow: no landing", (type) => {
    expect(parseRedirectResult(`?transactionType=${type}&paymentId=pay-1&txId=tx-1`)).toBeNull();
    expect(parseRedirectResult(`?transactionType=${type}&billingKey=bk-1`)).toBeNull();
  });

  it("returns null when the query holds no PortOne result", () => {
    expect(parseRedirectResult("")).toBeNull();
    expect(parseRedirectResult("?utm_source=x")).toBeNull();
    expect(parseRedirectResult(null)).toBeNull();
  });
  it("never throws on arbitrary input", () => {
    fc.assert(fc.property(fc.string(), (s) => void parseRedirectResult(s)), { numRuns: 2000 });
    fc.assert(fc.property(fc.anything(), (s) => void parseRedirectResult(s as string)), { numRuns: 500 });
    expect(parseRedirectResult("%E0%A4%A")).toBeNull();
  });
});

describe("validators never throw on arbitrary input", () => {
  it("validateBuyer, validatePaymentInput, validateBillingKeyInput, validatePhoneBillingInput", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom("pc" as const, "mobile" as const), (x, device) => {
        validateBuyer(x as never, { flow: "payment", device });
        validatePaymentInput(x as never, { device });
        validateBillingKeyInput(x as never, { device });
        validatePhoneBillingInput(x as never, { device });
      }),
      { numRuns: 1500 },
    );
  });
  it("with arbitrary objects in every field", () => {
    const anyRecord = fc.dictionary(fc.constantFrom("payMethod", "orderName", "totalAmount", "paymentId", "customer", "card", "easyPay", "offerPeriod", "inicis", "currency", "redirectUrl", "issueName", "productType"), fc.anything());
    fc.assert(
      fc.property(anyRecord, (x) => {
        validatePaymentInput(x as never, { device: "pc" });
        validateBillingKeyInput(x as never, { device: "mobile" });
        validatePhoneBillingInput(x as never, { device: "mobile" });
      }),
      { numRuns: 1500 },
    );
  });
});

// What the merchant's onSuccess / onFailure receives: exact objects, with no key whose value is
// undefined (a key that is there means something was said).
describe("outcomes, exactly", () => {
  it("a success carries only the ids it was given", () => {
    expect(toOutcome("payment", { paymentId: "p1" })).toStrictEqual({ status: "success", flow: "payment", paymentId: "p1" });
    expect(toOutcome("payment", { paymentId: "p1", txId: "t1", paymentToken: "tok" })).toStrictEqual({ status: "success", flow: "payment", paymentId: "p1", txId: "t1", paymentToken: "tok" });
    expect(toOutcome("billingKey", { billingKey: "bk" })).toStrictEqual({ status: "success", flow: "billingKey", billingKey: "bk" });
    expect(toOutcome("phoneBilling", { billingKey: "bk", paymentId: "p2" })).toStrictEqual({ status: "success", flow: "phoneBilling", billingKey: "bk", paymentId: "p2" });
  });

  it("a failed billing-key attempt names the attempt's issueId (not a payment id)", () => {
    expect(toOutcome("billingKey", { code: "FAILURE_TYPE_PG", message: "거절", pgCode: "F1", pgMessage: "카드 오류" }, { issueId: "bk-issue-1", paymentId: "ignored" })).toStrictEqual({
      status: "failure",
      flow: "billingKey",
      code: "FAILURE_TYPE_PG",
      message: "거절",
      pgCode: "F1",
      pgMessage: "카드 오류",
      issueId: "bk-issue-1",
    });
    expect(toOutcome("billingKey", undefined, { issueId: "bk-issue-2" })).toStrictEqual({
      status: "failure",
      flow: "billingKey",
      code: "NO_RESPONSE",
      message: "The payment window closed without a response.",
      issueId: "bk-issue-2",
    });
  });

  it("no response, null included, is NO_RESPONSE with its sentence", () => {
    for (const answer of [null, undefined]) {
      expect(toOutcome("payment", answer)).toStrictEqual({ status: "failure", flow: "payment", code: "NO_RESPONSE", message: "The payment window closed without a response." });
    }
    expect(toOutcome("payment", null, { paymentId: "pay-1" })).toStrictEqual({ status: "failure", flow: "payment", code: "NO_RESPONSE", message: "The payment window closed without a response.", paymentId: "pay-1" });
  });

  it("a malformed answer says so, and keeps what it had", () => {
    expect(toOutcome("payment", { txId: "t" })).toStrictEqual({
      status: "failure",
      flow: "payment",
      code: "MALFORMED_RESPONSE",
      message: "The SDK answered with neither a result code nor the ids of a success.",
      txId: "t",
    });
  });

  it("an empty id is no id: never a success", () => {
    expect(toOutcome("payment", { paymentId: "", txId: "" })).toMatchObject({ status: "failure", code: "MALFORMED_RESPONSE" });
    expect(toOutcome("billingKey", { billingKey: "" })).toMatchObject({ status: "failure", code: "MALFORMED_RESPONSE" });
    expect(Object.keys(toOutcome("payment", { paymentId: "", txId: "" }, { paymentId: "p" }))).toEqual(["status", "flow", "code", "message", "paymentId"]);
  });

  it("a failure without a message says Unknown error; numbers are read as text; NaN and objects are not", () => {
    expect(toOutcome("payment", { code: "X" })).toStrictEqual({ status: "failure", flow: "payment", code: "X", message: "Unknown error" });
    expect(toOutcome("payment", { code: 500, message: 12, pgCode: 7, paymentId: 9 })).toStrictEqual({ status: "failure", flow: "payment", code: "500", message: "12", pgCode: "7", paymentId: "9" });
    expect(toOutcome("payment", { code: Number.NaN, message: {} })).toStrictEqual({ status: "failure", flow: "payment", code: "UNKNOWN_ERROR", message: "Unknown error" });
    expect(toOutcome("payment", { code: Number.POSITIVE_INFINITY, pgCode: true })).toStrictEqual({ status: "failure", flow: "payment", code: "UNKNOWN_ERROR", message: "Unknown error" });
  });

  it("every text is cut to 500 characters", () => {
    const long = "가".repeat(600);
    const out = toOutcome("payment", { code: "FAILURE_TYPE_PG", message: long, pgMessage: long, paymentId: "p".repeat(501) });
    expect(out).toStrictEqual({ status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "가".repeat(500), pgMessage: "가".repeat(500), paymentId: "p".repeat(500) });
    expect((toOutcome("payment", { code: "X", message: "m".repeat(500) }) as { message: string }).message).toHaveLength(500);
  });

  it("invalidOutcome and cancelledOutcome", () => {
    const issues = [{ field: "orderName", code: "required" as const, severity: "error" as const, params: {}, message: "주문명을 입력해 주세요." }];
    expect(invalidOutcome("payment", issues)).toStrictEqual({ status: "invalid", flow: "payment", issues });
    expect(cancelledOutcome("payment")).toStrictEqual({ status: "cancelled", flow: "payment", code: "BUYER_CANCELLED" });
    expect(cancelledOutcome("billingKey", { issueId: "i", paymentId: undefined })).toStrictEqual({ status: "cancelled", flow: "billingKey", code: "BUYER_CANCELLED", issueId: "i" });
  });
});

describe("reading a redirect's query, exactly", () => {
  it("the transactionType names the flow over what the ids imply", () => {
    expect(parseRedirectResult("transactionType=PAYMENT&paymentId=p&billingKey=b")).toStrictEqual({ status: "success", flow: "payment", paymentId: "p" });
    expect(parseRedirectResult("transactionType=ISSUE_BILLING_KEY&paymentId=p&billingKey=b")).toStrictEqual({ status: "success", flow: "billingKey", billingKey: "b" });
    expect(parseRedirectResult("transactionType=ISSUE_BILLING_KEY_AND_PAY&paymentId=p&billingKey=b&txId=t")).toStrictEqual({ status: "success", flow: "phoneBilling", billingKey: "b", paymentId: "p", txId: "t" });
  });

  it("takes URLSearchParams as well as a string", () => {
    expect(parseRedirectResult(new URLSearchParams("transactionType=PAYMENT&paymentId=p&txId=t"))).toStrictEqual({ status: "success", flow: "payment", paymentId: "p", txId: "t" });
    expect(parseRedirectResult(undefined)).toBeNull();
  });

  it("a query of up to 100,000 characters is read; a longer one is not", () => {
    const at = (n: number) => `transactionType=PAYMENT&paymentId=p&pad=${"a".repeat(n - "transactionType=PAYMENT&paymentId=p&pad=".length)}`;
    expect(parseRedirectResult(at(100_000))).toStrictEqual({ status: "success", flow: "payment", paymentId: "p" });
    expect(parseRedirectResult(at(100_001))).toBeNull();
  });

  it("never throws, whatever it is handed", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("no");
        },
      },
    );
    expect(parseRedirectResult(hostile as URLSearchParams)).toBeNull();
    expect(parseRedirectResult({} as URLSearchParams)).toBeNull();
  });

  it("readRedirectQuery: the SDK-shaped response has a code only on failure, and the issueId is kept", () => {
    const q = (s: string) => readRedirectQuery(new URLSearchParams(s));
    const ok = q("transactionType=ISSUE_BILLING_KEY&billingKey=b&issueId=i");
    expect(ok).toStrictEqual({
      flow: "billingKey",
      response: { paymentId: undefined, billingKey: "b", txId: undefined, message: undefined, pgCode: undefined, pgMessage: undefined, paymentToken: undefined, billingIssueToken: undefined },
      paymentId: undefined,
      billingKey: "b",
      issueId: "i",
    });
    expect("code" in ok!.response).toBe(false);
    expect(q("transactionType=PAYMENT&paymentId=p&code=FAILURE_TYPE_PG")!.response.code).toBe("FAILURE_TYPE_PG");
    expect(q("transactionType=PAYMENT&code=X")).toBeNull();
    expect(q("code=X&paymentId=p")).toBeNull();
  });
});
