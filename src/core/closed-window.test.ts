import { describe, expect, it } from "vitest";
import { CLOSED_WINDOW_CODES, isClosedWindow } from "./closed-window";
import { parseRedirectResult, toOutcome } from "./outcome";

// issue 19, item 6: the buyer closing the Inicis window comes back as a PG failure; it must read as
// a cancel, while a genuine refusal stays a failure.
describe("isClosedWindow", () => {
  it.each([
    { what: "the PC module's V801 (as the example apps' stand-in sends it)", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다.", message: "[V801] 사용자가 결제를 취소하였습니다." },
    { what: "V801 with no message at all", pgCode: "V801", pgMessage: undefined, message: undefined },
    { what: "PortOne's PAY_PROCESS_CANCELED", pgCode: "PAY_PROCESS_CANCELED", pgMessage: "결제를 취소했습니다.", message: undefined },
    { what: "the mobile module's P_STATUS 01 with its cancel message", pgCode: "01", pgMessage: "사용자가 결제를 취소하였습니다.", message: undefined },
    { what: "a bank app's cancel in the mobile window", pgCode: "01", pgMessage: "사용자에 의한 취소입니다.(091)", message: undefined },
    { what: "no PG code, only PortOne's message", pgCode: undefined, pgMessage: undefined, message: "사용자가 결제를 취소하였습니다." },
    { what: "the sandbox's former code, by its message", pgCode: "CANCELLED", pgMessage: "사용자가 결제를 취소했습니다.", message: undefined },
  ])("a cancel: $what", ({ pgCode, pgMessage, message }) => {
    expect(isClosedWindow("FAILURE_TYPE_PG", pgCode, pgMessage, message)).toBe(true);
  });

  it.each([
    { what: "a card over its limit (V013)", code: "FAILURE_TYPE_PG", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다.", message: "[V013] 카드 한도를 초과했습니다." },
    { what: "P_STATUS 01 for a failed authentication", code: "FAILURE_TYPE_PG", pgCode: "01", pgMessage: "카드 인증에 실패했습니다.", message: undefined },
    { what: "a cancelled card (취소 without the buyer)", code: "FAILURE_TYPE_PG", pgCode: "R101", pgMessage: "거래정지(분실/취소) 카드입니다.", message: undefined },
    { what: "a PortOne error that is not the PG's", code: "PaymentAlreadyPaid", pgCode: "V801", pgMessage: undefined, message: "사용자가 결제를 취소하였습니다." },
    { what: "no code", code: undefined, pgCode: "V801", pgMessage: undefined, message: undefined },
  ])("not a cancel: $what", ({ code, pgCode, pgMessage, message }) => {
    expect(isClosedWindow(code, pgCode, pgMessage, message)).toBe(false);
  });

  it("each code of the table alone is a cancel, whatever the message", () => {
    for (const pgCode of CLOSED_WINDOW_CODES) expect(isClosedWindow("FAILURE_TYPE_PG", pgCode, "기타", undefined)).toBe(true);
  });
});

describe("a closed window as an outcome", () => {
  it("a resolved answer is cancelled (BUYER_CLOSED_WINDOW) for every flow, keeping the ids and the PG's words for logs", () => {
    const closed = { transactionType: "PAYMENT", paymentId: "p1", txId: "t1", code: "FAILURE_TYPE_PG", message: "[V801] 사용자가 결제를 취소하였습니다.", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." };
    expect(toOutcome("payment", closed)).toStrictEqual({ status: "cancelled", flow: "payment", code: "BUYER_CLOSED_WINDOW", paymentId: "p1", txId: "t1", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." });
    expect(toOutcome("billingKey", { ...closed, billingKey: "" }, { issueId: "i1" })).toStrictEqual({ status: "cancelled", flow: "billingKey", code: "BUYER_CLOSED_WINDOW", issueId: "i1", pgCode: "V801", pgMessage: "사용자가 결제를 취소하였습니다." });
    expect(toOutcome("phoneBilling", closed)).toMatchObject({ status: "cancelled", flow: "phoneBilling", code: "BUYER_CLOSED_WINDOW", paymentId: "p1" });
  });

  it("a refusal stays a failure", () => {
    expect(toOutcome("payment", { paymentId: "p1", code: "FAILURE_TYPE_PG", message: "[V013] 카드 한도를 초과했습니다.", pgCode: "V013", pgMessage: "카드 한도를 초과했습니다." })).toMatchObject({ status: "failure", code: "FAILURE_TYPE_PG", pgCode: "V013" });
  });

  it("a rejection is never read as a cancel (nothing opened)", () => {
    const error = Object.assign(new Error("사용자가 결제를 취소하였습니다."), { code: "FAILURE_TYPE_PG", pgCode: "V801" });
    expect(toOutcome("payment", error, { paymentId: "p1" })).toMatchObject({ status: "failure" });
  });

  it("a mobile landing's query says cancelled too (P_STATUS 01 with the cancel message)", () => {
    const query = new URLSearchParams({ transactionType: "PAYMENT", paymentId: "p2", txId: "t2", code: "FAILURE_TYPE_PG", message: "사용자가 결제를 취소하였습니다.", pgCode: "01", pgMessage: "사용자가 결제를 취소하였습니다." });
    expect(parseRedirectResult(`?${query}`)).toStrictEqual({ status: "cancelled", flow: "payment", code: "BUYER_CLOSED_WINDOW", paymentId: "p2", txId: "t2", pgCode: "01", pgMessage: "사용자가 결제를 취소하였습니다." });
    expect(parseRedirectResult("?transactionType=PAYMENT&paymentId=p3&code=FAILURE_TYPE_PG&pgCode=V801")).toMatchObject({ status: "cancelled", code: "BUYER_CLOSED_WINDOW" });
    expect(parseRedirectResult("?transactionType=PAYMENT&paymentId=p3&code=FAILURE_TYPE_PG&pgCode=V013&pgMessage=%ED%95%9C%EB%8F%84%EC%B4%88%EA%B3%BC")).toMatchObject({ status: "failure", pgCode: "V013" });
  });
});
