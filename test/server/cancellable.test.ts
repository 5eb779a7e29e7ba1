// @vitest-environment node
// Issue 18, finding 6: `currentCancellableAmount` is sent only when PortOne's record makes it
// unambiguous. PortOne's PaymentAmount documents `discount` (card-company, PortOne promotion and
// easy-pay discounts) but no formula for the refundable rest, so with a discount it is left out
// (PortOne allows that) rather than guessed; a merchant's own value is always sent as given.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createInicisServer, type InicisServer } from "../../src/server/index";
import { amountOf, paidRecord, PortOneStandIn, type Recorded, type Reply } from "./standin";

const standIn = new PortOneStandIn();
let server: InicisServer;
beforeAll(async () => {
  server = createInicisServer({ secret: "s", storeId: "store-1", baseUrl: await standIn.start() });
});
afterAll(() => standIn.stop());
beforeEach(() => {
  standIn.requests.length = 0;
});

/** PortOne holding one payment of 39,000 with the given amount details; a refund succeeds. */
function portone(amount: Record<string, number>) {
  standIn.reply = (req: Recorded): Reply =>
    req.method === "GET"
      ? { status: 200, body: paidRecord({ id: "pay-1" }, { amount: amount as never }) }
      : { status: 200, body: { cancellation: { status: "SUCCEEDED", id: "c-1", totalAmount: 1000, taxFreeAmount: 0, vatAmount: 0, reason: "r", requestedAt: "2026-11-28T00:00:00Z", cancelledAt: "2026-11-28T00:00:00Z" } } };
}
const sent = () => standIn.requests.find((r) => r.method === "POST")!.body as Record<string, unknown>;

describe("currentCancellableAmount (issue 18, finding 6)", () => {
  it("a payment with a card-company discount: left out, full or partial, unless the merchant gives it", async () => {
    portone(amountOf(39000, { discount: 3000, paid: 36000 }));
    await server.cancelPayment({ paymentId: "pay-1", reason: "고객 요청" });
    expect(sent()).toStrictEqual({ storeId: "store-1", reason: "고객 요청" });
    standIn.requests.length = 0;
    await server.cancelPayment({ paymentId: "pay-1", reason: "부분 환불", amount: 10000 });
    expect(sent()).toStrictEqual({ storeId: "store-1", reason: "부분 환불", amount: 10000 });
    standIn.requests.length = 0;
    await server.cancelPayment({ paymentId: "pay-1", reason: "부분 환불", amount: 10000, currentCancellableAmount: 36000 });
    expect(sent()).toMatchObject({ amount: 10000, currentCancellableAmount: 36000 });
  });

  it("a partly refunded payment with a promotion discount: left out; without any discount: total minus cancelled", async () => {
    portone(amountOf(39000, { discount: 5000, paid: 34000, cancelled: 9000 }));
    await server.cancelPayment({ paymentId: "pay-1", reason: "r", amount: 1000 });
    expect(sent()).not.toHaveProperty("currentCancellableAmount");
    standIn.requests.length = 0;
    portone(amountOf(39000, { cancelled: 9000 }));
    await server.cancelPayment({ paymentId: "pay-1", reason: "r", amount: 1000 });
    expect(sent()).toMatchObject({ amount: 1000, currentCancellableAmount: 30000 });
  });

  it("a record without the documented discount field is not guessed at either; the refundable rest still bounds a refund", async () => {
    const { discount: _d, ...withoutDiscount } = amountOf(39000);
    portone(withoutDiscount);
    await server.cancelPayment({ paymentId: "pay-1", reason: "r" });
    expect(sent()).not.toHaveProperty("currentCancellableAmount");
    // the total minus cancelled still bounds a refund before anything is sent, discount or not
    standIn.requests.length = 0;
    portone(amountOf(39000, { discount: 3000, paid: 36000, cancelled: 30000 }));
    await expect(server.cancelPayment({ paymentId: "pay-1", reason: "r", amount: 10000 })).rejects.toMatchObject({ code: "INVALID_INPUT", issues: [expect.objectContaining({ field: "amount", code: "cancel.exceeds" })] });
    expect(standIn.requests.map((r) => r.method)).toEqual(["GET"]);
  });
});
