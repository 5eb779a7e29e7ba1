// @vitest-environment node
// cancelPayment over real HTTP, against a stand-in that keeps the payment's state the way PortOne
// does (GET shows it, POST /cancel refunds it and refuses a stale currentCancellableAmount).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, InicisServerError, type CancelPaymentInput, type InicisServer, type ValidationIssue } from "../../src/server/index";
import { LeakWatch } from "./secrecy";
import { CALL_CAP_MS, emulateRefunds, PortOneStandIn, timeOut, type EmulatedPayment } from "./standin";

const SECRET = "cancel-secret-5d0b9e";
const ACCOUNT = "110-123-456789";
const ACCOUNT_DIGITS = "110123456789";
const standIn = new PortOneStandIn();
const watch = new LeakWatch();
let baseUrl = "";
let server: InicisServer;
let warned: ValidationIssue[] = [];

beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(async () => {
  await standIn.stop();
});
beforeEach(() => {
  standIn.requests.length = 0;
  warned = [];
  watch.watchConsole();
  server = createInicisServer({ secret: SECRET, storeId: "store-1", baseUrl, timeoutMs: CALL_CAP_MS, onWarning: (i) => warned.push(i) });
});

function paidPayment(method = "PaymentMethodCard", total = 39000): EmulatedPayment {
  return { id: "pay-1", storeId: "store-1", status: "PAID", amount: { total, cancelled: 0, taxFree: 0, discount: 0, paid: total, cancelledTaxFree: 0 }, currency: "KRW", method: { type: method }, channel: { type: "LIVE" } };
}
const refund = (extra: Partial<CancelPaymentInput> = {}): CancelPaymentInput => ({ paymentId: "pay-1", reason: "고객 요청", requester: "CUSTOMER", ...extra });
const calls = () => standIn.requests.map((r) => `${r.method} ${r.path}`);
const cancelBodies = () => standIn.requests.filter((r) => r.method === "POST").map((r) => r.body as Record<string, unknown>);
async function refused(p: Promise<unknown>): Promise<InicisServerError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  watch.keep(e);
  expect(e).toBeInstanceOf(InicisServerError);
  return e as InicisServerError;
}

describe("cancelPayment", () => {
  it("a full refund reads the payment, then sends its refundable amount as currentCancellableAmount", async () => {
    const payment = paidPayment();
    standIn.reply = emulateRefunds(payment);
    const result = watch.keep(await server.cancelPayment(refund()));
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1", "POST /payments/pay-1/cancel"]);
    expect(cancelBodies()[0]).toEqual({ storeId: "store-1", reason: "고객 요청", requester: "CUSTOMER", currentCancellableAmount: 39000 });
    expect(result).toMatchObject({ cancellation: { status: "SUCCEEDED", totalAmount: 39000 }, warnings: [] });
    expect(payment).toMatchObject({ status: "CANCELLED", amount: { cancelled: 39000 } });
  });

  it("partial refunds: each sends the amount and what was refundable just before it", async () => {
    const payment = paidPayment();
    standIn.reply = emulateRefunds(payment);
    await server.cancelPayment(refund({ amount: 10000, requester: "ADMIN" }));
    await server.cancelPayment(refund({ amount: 5000 }));
    expect(cancelBodies().map((b) => [b.amount, b.currentCancellableAmount, b.requester])).toEqual([
      [10000, 39000, "ADMIN"],
      [5000, 29000, "CUSTOMER"],
    ]);
    expect(payment).toMatchObject({ status: "PARTIAL_CANCELLED", amount: { cancelled: 15000 } });
  });

  it("a refund above what is left is refused after the read, and nothing is sent", async () => {
    const payment = paidPayment();
    payment.status = "PARTIAL_CANCELLED";
    payment.amount.cancelled = 30000;
    standIn.reply = emulateRefunds(payment);
    const e = await refused(server.cancelPayment(refund({ amount: 10000 })));
    expect(e).toMatchObject({ kind: "invalid", code: "INVALID_INPUT" });
    expect(e.issues).toMatchObject([{ field: "amount", code: "cancel.exceeds", params: { amount: 10000, cancellable: 9000 } }]);
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1"]);
  });

  it("two concurrent refunds of the same payment: exactly one succeeds, PortOne refuses the other", async () => {
    const payment = paidPayment();
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((r) => (release = r));
    // hold the reads until both refunds have read the same refundable amount
    standIn.reply = emulateRefunds(payment, {
      beforeGet: async () => {
        if (++arrived === 2) release();
        await bothRead;
      },
    });
    const outcomes = await Promise.allSettled([server.cancelPayment(refund({ amount: 30000 })), server.cancelPayment(refund({ amount: 30000 }))]);
    watch.keep(outcomes);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected")!.reason as InicisServerError;
    expect(rejected).toMatchObject({ kind: "api", code: "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN", operation: "cancelPayment" });
    expect(cancelBodies().map((b) => b.currentCancellableAmount)).toEqual([39000, 39000]);
    expect(payment.amount.cancelled).toBe(30000);
  });

  it("two concurrent full refunds: one refund, not two", async () => {
    const payment = paidPayment();
    let arrived = 0;
    let release!: () => void;
    const bothRead = new Promise<void>((r) => (release = r));
    standIn.reply = emulateRefunds(payment, {
      beforeGet: async () => {
        if (++arrived === 2) release();
        await bothRead;
      },
    });
    const outcomes = await Promise.allSettled([server.cancelPayment(refund()), server.cancelPayment(refund())]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(payment).toMatchObject({ status: "CANCELLED", amount: { cancelled: 39000 } });
  });

  it("a currentCancellableAmount from your ledger is sent instead, and checked before any request", async () => {
    standIn.reply = emulateRefunds(paidPayment());
    const stale = await refused(server.cancelPayment(refund({ amount: 1000, currentCancellableAmount: 20000 })));
    expect(stale).toMatchObject({ kind: "api", code: "CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN" });
    expect(cancelBodies()[0]).toMatchObject({ amount: 1000, currentCancellableAmount: 20000 });
    standIn.requests.length = 0;
    const over = await refused(server.cancelPayment(refund({ amount: 25000, currentCancellableAmount: 20000 })));
    expect(over.issues).toMatchObject([{ field: "amount", code: "cancel.exceeds" }]);
    expect(standIn.requests).toHaveLength(0);
  });

  it("a paid virtual account needs the refund account; dashes in its number are dropped", async () => {
    standIn.reply = emulateRefunds(paidPayment("PaymentMethodVirtualAccount"));
    const missing = await refused(server.cancelPayment(refund()));
    expect(missing.issues.map((i) => [i.field, i.code])).toEqual([["refundAccount", "required"]]);
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1"]);
    const result = await server.cancelPayment(refund({ refundAccount: { bank: "SHINHAN", number: ACCOUNT, holderName: "홍길동", holderPhoneNumber: "010-1234-5678" } }));
    expect(cancelBodies()[0]!.refundAccount).toEqual({ bank: "SHINHAN", number: ACCOUNT_DIGITS, holderName: "홍길동", holderPhoneNumber: "010-1234-5678" });
    expect(result.warnings).toEqual([]);
  });

  it("a phone payment refunded to an account is a next-month refund: warned as contract-only, and sent", async () => {
    standIn.reply = emulateRefunds(paidPayment("PaymentMethodMobile"));
    const result = await server.cancelPayment(refund({ refundAccount: { bank: "KOOKMIN", number: "123456-01-234567", holderName: "홍길동" } }));
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([["refundAccount", "contract.required"]]);
    expect(warned).toEqual(result.warnings);
    expect(cancelBodies()).toHaveLength(1);
  });

  it("a refund account on a card payment is said to be ignored", async () => {
    standIn.reply = emulateRefunds(paidPayment());
    const result = await server.cancelPayment(refund({ refundAccount: { bank: "KOOKMIN", number: "12345601234567", holderName: "홍길동" } }));
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([["refundAccount", "field.ignored"]]);
  });

  it("tax-free and VAT parts of a refund are contract-only: warned, and sent", async () => {
    standIn.reply = emulateRefunds(paidPayment());
    const result = await server.cancelPayment(refund({ amount: 11000, taxFreeAmount: 0, vatAmount: 1000 }));
    expect(result.warnings.map((w) => [w.field, w.code])).toEqual([
      ["taxFreeAmount", "contract.required"],
      ["vatAmount", "contract.required"],
    ]);
    expect(cancelBodies()[0]).toMatchObject({ amount: 11000, taxFreeAmount: 0, vatAmount: 1000 });
  });

  it.each(["CANCELLED", "VIRTUAL_ACCOUNT_ISSUED", "FAILED", "READY"])("a %s payment is not refunded (only a read is made)", async (status) => {
    const payment = paidPayment();
    payment.status = status;
    standIn.reply = emulateRefunds(payment);
    const e = await refused(server.cancelPayment(refund()));
    expect(e.issues).toMatchObject([{ field: "paymentId", code: "cancel.notPaid", params: { status } }]);
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1"]);
  });

  it("PG_PROVIDER on the refund keeps pgCode and pgMessage", async () => {
    const emulate = emulateRefunds(paidPayment());
    standIn.reply = (r) => (r.method === "POST" ? { status: 400, body: { type: "PG_PROVIDER", message: "PG사에서 오류가 발생했습니다.", pgCode: "R201", pgMessage: "취소 불가 거래" } } : emulate(r));
    const e = await refused(server.cancelPayment(refund()));
    expect(e).toMatchObject({ kind: "api", code: "PG_PROVIDER", pgCode: "R201", pgMessage: "취소 불가 거래", operation: "cancelPayment" });
  });

  it("UNAUTHORIZED on the read stops before any refund", async () => {
    standIn.reply = () => ({ status: 401, body: { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다." } });
    expect(await refused(server.cancelPayment(refund()))).toMatchObject({ kind: "api", code: "UNAUTHORIZED" });
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1"]);
  });

  it("a closed connection, on the read or on the refund, is a clear network error", async () => {
    standIn.reply = () => "close";
    expect(await refused(server.cancelPayment(refund()))).toMatchObject({ kind: "network", code: "NETWORK_ERROR" });
    const emulate = emulateRefunds(paidPayment());
    standIn.reply = (r) => (r.method === "POST" ? "close" : emulate(r));
    const e = await refused(server.cancelPayment(refund()));
    expect(e).toMatchObject({ kind: "network", code: "NETWORK_ERROR" });
    expect(e.message).toContain("Could not reach PortOne");
  });

  it("a timeout on the refund says the outcome is unknown", async () => {
    const emulate = emulateRefunds(paidPayment());
    standIn.reply = (r) => (r.method === "POST" ? "hang" : emulate(r));
    // the clock moves only once the refund (the second request) is on the wire and unanswered
    const e = await refused(timeOut(standIn, () => server.cancelPayment(refund()), { requests: 2 }));
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1", "POST /payments/pay-1/cancel"]);
    expect(e).toMatchObject({ kind: "timeout", code: "TIMEOUT" });
    expect(e.message).toContain(`did not answer within ${CALL_CAP_MS} ms`);
    expect(e.message).toContain("may still be carried out");
  });

  it("a read that answers after the timeout never turns into a refund", async () => {
    const payment = paidPayment();
    // the read is held until the call has timed out, then answered: no race with a clock
    let answerRead!: () => void;
    const held = new Promise<void>((r) => (answerRead = r));
    standIn.reply = emulateRefunds(payment, { beforeGet: () => held });
    // every fetch the flow makes, counted when made; `bodyRead` is the flow receiving the read's answer
    const realFetch = globalThis.fetch;
    let readDone!: () => void;
    const bodyRead = new Promise<void>((r) => (readDone = r));
    const fetches = vi.spyOn(globalThis, "fetch").mockImplementation(async (...args: Parameters<typeof fetch>) => {
      const response = await realFetch(...args);
      const json = response.json.bind(response);
      response.json = () => json().finally(readDone);
      return response;
    });
    expect(await refused(timeOut(standIn, () => server.cancelPayment(refund())))).toMatchObject({ kind: "timeout" });
    answerRead();
    await bodyRead;
    // from the answer to a refund's fetch is promise continuations only: once they have all run
    // (setImmediate comes after them), a refund would have been fetched
    await new Promise((r) => setImmediate(r));
    expect(fetches).toHaveBeenCalledOnce();
    expect(calls()).toEqual(["GET /payments/pay-1?storeId=store-1"]);
    expect(payment.amount.cancelled).toBe(0);
  });

  it.each([
    ["an empty reason", refund({ reason: "" }), "reason", "required"],
    ["a blank reason", refund({ reason: "   " }), "reason", "required"],
    ["an amount of 0", refund({ amount: 0 }), "amount", "amount.invalid"],
    ["a negative amount", refund({ amount: -100 }), "amount", "amount.invalid"],
    ["a fractional amount", refund({ amount: 99.5 }), "amount", "amount.invalid"],
    ["an unknown requester", refund({ requester: "Customer" as "CUSTOMER" }), "requester", "oneOf"],
    ["the browser bank spelling", refund({ refundAccount: { bank: "SHINHAN_BANK" as "SHINHAN", number: ACCOUNT, holderName: "홍길동" } }), "refundAccount.bank", "bank.spelling"],
    ["letters in the account number", refund({ refundAccount: { bank: "SHINHAN", number: "110-ABC-456789", holderName: "홍길동" } }), "refundAccount.number", "account.number"],
    ["no holder name", refund({ refundAccount: { bank: "SHINHAN", number: ACCOUNT, holderName: "" } }), "refundAccount.holderName", "required"],
    ["a negative VAT", refund({ amount: 1000, vatAmount: -1 }), "vatAmount", "amount.invalid"],
  ] as const)("%s is refused before any request", async (_n, input, field, code) => {
    standIn.reply = emulateRefunds(paidPayment());
    const e = await refused(server.cancelPayment(input));
    expect(e.issues.map((i) => [i.field, i.code])).toContainEqual([field, code]);
    expect(standIn.requests).toHaveLength(0);
  });

  it("nothing thrown, returned or logged holds the secret or the refund account number", async () => {
    const emulate = emulateRefunds(paidPayment("PaymentMethodVirtualAccount"));
    standIn.reply = (r) => (r.method === "POST" ? { status: 400, body: { type: "INVALID_REQUEST", message: `account ${ACCOUNT_DIGITS} refused for ${SECRET}` } } : emulate(r));
    await refused(server.cancelPayment(refund({ refundAccount: { bank: "SHINHAN", number: ACCOUNT, holderName: "홍길동" } })));
    vi.restoreAllMocks();
    watch.expectClean([SECRET, ACCOUNT, ACCOUNT_DIGITS], 20);
  });
});
