// @vitest-environment node
// Issue 18, finding 3: the accepted banks are the server SDK's own `Bank` list, read here from the
// SDK's type file itself (not from this library), so `K_BANK`, `SAVINGS_BANK` and
// `WOORI_INVESTMENT_BANK` can be refunded to and a bank nobody has is still refused.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createInicisServer, InicisServerError, type CancelPaymentInput } from "../../src/server/index";
import { emulateRefunds, PortOneStandIn } from "./standin";

const bankTypes = new URL("../../node_modules/@portone/server-sdk/dist/generated/common/Bank.d.ts", import.meta.url);
const SDK_BANKS = [...readFileSync(bankTypes, "utf8").matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]!);

const standIn = new PortOneStandIn();
let baseUrl = "";
beforeAll(async () => {
  baseUrl = await standIn.start();
});
afterAll(() => standIn.stop());

const account = (bank: string) => ({ bank: bank as "SHINHAN", number: "100-123-456789", holderName: "홍길동" });
/** The issues a refund's input gets before any request (an empty reason makes sure nothing is sent). */
async function issuesOf(input: CancelPaymentInput): Promise<string[]> {
  const error = await createInicisServer({ secret: "s", baseUrl: "http://127.0.0.1:9" })
    .cancelPayment(input)
    .then(
      () => null,
      (e: unknown) => e,
    );
  expect(error).toBeInstanceOf(InicisServerError);
  return (error as InicisServerError).issues.map((i) => `${i.field}:${i.code}`);
}

describe("banks (issue 18, finding 3)", () => {
  it("every bank of the server SDK is accepted for a refund account", async () => {
    // the list read is the SDK's: 79 banks, the three that end in _BANK among them
    expect(SDK_BANKS).toHaveLength(79);
    expect(SDK_BANKS).toEqual(expect.arrayContaining(["K_BANK", "SAVINGS_BANK", "WOORI_INVESTMENT_BANK", "SHINHAN"]));
    for (const bank of SDK_BANKS) expect(await issuesOf({ paymentId: "pay-1", reason: "", refundAccount: account(bank) }), bank).toEqual(["reason:required"]);
  });

  it("every bank of the server SDK is accepted for a keyed-in virtual account", async () => {
    const server = createInicisServer({ secret: "s", baseUrl: "http://127.0.0.1:9" });
    for (const bank of SDK_BANKS) {
      const error = await server
        .payInstantly({ paymentId: "", orderName: "운동화", amount: 39000, currency: "KRW", customer: { name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "a@b.co" }, virtualAccount: { bank: bank as "SHINHAN", expiry: { validHours: 24 }, option: { type: "NORMAL" } } })
        .then(
          () => null,
          (e: unknown) => e as InicisServerError,
        );
      expect(error?.issues.map((i) => i.field), bank).toEqual(["paymentId"]);
    }
  });

  it("a virtual-account refund to a 케이뱅크 account reaches PortOne", async () => {
    standIn.reply = emulateRefunds({ id: "pay-1", storeId: "store-1", status: "PAID", amount: { total: 39000, cancelled: 0, taxFree: 0, discount: 0, paid: 39000, cancelledTaxFree: 0 }, currency: "KRW", method: { type: "PaymentMethodVirtualAccount" }, channel: { type: "LIVE" } });
    const server = createInicisServer({ secret: "s", storeId: "store-1", baseUrl });
    await server.cancelPayment({ paymentId: "pay-1", reason: "고객 요청", refundAccount: account("K_BANK") });
    expect(standIn.requests.at(-1)).toMatchObject({ method: "POST", path: "/payments/pay-1/cancel", body: { refundAccount: { bank: "K_BANK", number: "100123456789", holderName: "홍길동" } } });
  });

  it("a bank the SDK does not name is refused before any request, with the spelling hint", async () => {
    for (const bank of ["SHINHAN_BANK", "KAKAO_BANK", "MARS", "shinhan"]) expect(await issuesOf({ paymentId: "pay-1", reason: "r", refundAccount: account(bank) }), bank).toEqual(["refundAccount.bank:bank.spelling"]);
  });
});
