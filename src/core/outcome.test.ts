import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PortOneLoadError } from "./errors";
import { parseRedirectResult, toOutcome } from "./outcome";
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
});

describe("parseRedirectResult", () => {
  it("parses a success and a failure query, decoding it", () => {
    expect(parseRedirectResult("?paymentId=pay-1&txId=tx-1&transactionType=PAYMENT")).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
    expect(parseRedirectResult("?paymentId=pay-1&code=FAILURE_TYPE_PG&message=%EA%B1%B0%EC%A0%88&pgCode=V013&pgMessage=%ED%95%9C%EB%8F%84")).toEqual({
      status: "failure",
      flow: "payment",
      code: "FAILURE_TYPE_PG",
      message: "거절",
      pgCode: "V013",
      pgMessage: "한도",
      paymentId: "pay-1",
    });
  });
  it("tells the billing-key flows apart", () => {
    expect(parseRedirectResult("billingKey=bk-1")).toMatchObject({ status: "success", flow: "billingKey", billingKey: "bk-1" });
    expect(parseRedirectResult("billingKey=bk-1&paymentId=p")).toMatchObject({ flow: "phoneBilling", billingKey: "bk-1", paymentId: "p" });
    expect(parseRedirectResult("transactionType=ISSUE_BILLING_KEY_AND_PAY&paymentId=p&billingKey=b")).toMatchObject({ flow: "phoneBilling" });
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
