// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, InicisServerError, toServerCustomer, type InicisServer, type ValidationIssue } from "../../src/server/index";
import { CALL_CAP_MS, PortOneStandIn, timeOut, type Recorded, type Reply } from "./standin";

const SECRET = "portone-test-secret-8f3a9c";
const CARD = "4111111111111111";
const credential = { number: CARD, expiryYear: "30", expiryMonth: "12", birthOrBusinessRegistrationNumber: "900101", passwordTwoDigits: "12" };
const customer = { name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const NOW = new Date("2026-11-28T00:00:00Z");
const standIn = new PortOneStandIn();
let baseUrl = "";
let server: InicisServer;
const thrown: unknown[] = [];
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
  server = createInicisServer({ secret: SECRET, storeId: "store-1", channelKey: "channel-key-inicis", baseUrl, timeoutMs: CALL_CAP_MS, now: () => NOW, onWarning: (i) => warned.push(i) });
});

async function failure(promise: Promise<unknown>): Promise<InicisServerError> {
  const error = await promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
  thrown.push(error);
  expect(error).toBeInstanceOf(InicisServerError);
  return error as InicisServerError;
}

interface Flow {
  name: string;
  run: (s: InicisServer) => Promise<unknown>;
  method: "POST" | "GET";
  path: string;
  body?: unknown;
  ok: unknown;
  /** Fields of the contract.required warnings the call must carry. */
  warnings: string[];
  alreadyPaid: boolean;
  invalid: (s: InicisServer) => Promise<unknown>;
}

const FLOWS: Flow[] = [
  {
    name: "payInstantly (card)",
    run: (s) => s.payInstantly({ paymentId: "pay-1", orderName: "운동화", amount: 39000, currency: "KRW", customer, card: { credential, installmentMonth: 3 } }),
    method: "POST",
    path: "/payments/pay-1/instant",
    body: { storeId: "store-1", channelKey: "channel-key-inicis", method: { card: { credential, installmentMonth: 3 } }, orderName: "운동화", customer, amount: { total: 39000 }, currency: "KRW" },
    ok: { payment: { pgTxId: "StdpayCARDINIpayTest20261128", paidAt: "2026-11-28T00:00:01Z" } },
    warnings: ["card"],
    alreadyPaid: true,
    invalid: (s) => s.payInstantly({ paymentId: "pay-1", orderName: "x", amount: 1000, currency: "KRW", customer, card: { credential: { ...credential, number: "4111111111111112" } } }),
  },
  {
    name: "payInstantly (virtual account)",
    run: (s) =>
      s.payInstantly({
        paymentId: "pay-va",
        orderName: "운동화",
        amount: 39000,
        currency: "KRW",
        customer,
        virtualAccount: { bank: "SHINHAN", expiry: { dueDate: "2026-12-01T00:00:00+09:00" }, option: { type: "FIXED", fixed: { accountNumber: "56211234567890" } }, cashReceipt: { type: "PERSONAL", customerIdentityNumber: "01012345678" } },
      }),
    method: "POST",
    path: "/payments/pay-va/instant",
    body: {
      storeId: "store-1",
      channelKey: "channel-key-inicis",
      method: { virtualAccount: { bank: "SHINHAN", expiry: { dueDate: "2026-12-01T00:00:00+09:00" }, option: { type: "FIXED", fixed: { accountNumber: "56211234567890" } }, cashReceipt: { type: "PERSONAL", customerIdentityNumber: "01012345678" } } },
      orderName: "운동화",
      customer,
      amount: { total: 39000 },
      currency: "KRW",
    },
    ok: { payment: { pgTxId: "tx", paidAt: "2026-11-28T00:00:01Z" } },
    warnings: ["virtualAccount"],
    alreadyPaid: true,
    invalid: (s) => s.payInstantly({ paymentId: "pay-va", orderName: "x", amount: 1000, currency: "KRW", customer, virtualAccount: { bank: "SHINHAN_BANK", expiry: { validHours: 24 }, option: { type: "NORMAL" } } }),
  },
  {
    name: "issueBillingKey",
    run: (s) => s.issueBillingKey({ customer, card: { credential } }),
    method: "POST",
    path: "/billing-keys",
    body: { storeId: "store-1", channelKey: "channel-key-inicis", method: { card: { credential } }, customer },
    ok: { billingKeyInfo: { billingKey: "billing-key-0190", issuedAt: "2026-11-28T00:00:01Z" } },
    warnings: ["card"],
    alreadyPaid: false,
    invalid: (s) => s.issueBillingKey({ customer: { ...customer, email: "a+b@x.com" }, card: { credential } }),
  },
  {
    name: "payWithBillingKey",
    run: (s) => s.payWithBillingKey({ paymentId: "pay-2", billingKey: "billing-key-0190", orderName: "월 구독", amount: 9900, currency: "KRW", customer }),
    method: "POST",
    path: "/payments/pay-2/billing-key",
    body: { storeId: "store-1", billingKey: "billing-key-0190", channelKey: "channel-key-inicis", orderName: "월 구독", customer, amount: { total: 9900 }, currency: "KRW" },
    ok: { payment: { pgTxId: "tx", paidAt: "2026-11-28T00:00:01Z" } },
    warnings: [],
    alreadyPaid: true,
    invalid: (s) => s.payWithBillingKey({ paymentId: "결제-2", billingKey: "b", orderName: "x", amount: 9900, currency: "KRW", customer }),
  },
  {
    name: "schedulePayment",
    run: (s) => s.schedulePayment({ paymentId: "pay-3", timeToPay: new Date("2026-12-28T00:00:00Z"), payment: { billingKey: "billing-key-0190", orderName: "월 구독", amount: 9900, currency: "KRW", customer } }),
    method: "POST",
    path: "/payments/pay-3/schedule",
    body: { payment: { billingKey: "billing-key-0190", channelKey: "channel-key-inicis", orderName: "월 구독", customer, amount: { total: 9900 }, currency: "KRW" }, timeToPay: "2026-12-28T00:00:00.000Z" },
    ok: { schedule: { id: "schedule-1" } },
    warnings: [],
    alreadyPaid: true,
    invalid: (s) => s.schedulePayment({ paymentId: "pay-3", timeToPay: "2026-11-01T00:00:00Z", payment: { billingKey: "b", orderName: "x", amount: 9900, currency: "KRW", customer } }),
  },
  {
    name: "registerStoreReceipt",
    run: (s) => s.registerStoreReceipt({ paymentId: "pay-4", items: [{ storeBusinessRegistrationNumber: "123-45-67890", storeName: "가게", totalAmount: 11000, supplyAmount: 10000, vatAmount: 1000, taxFreeAmount: 0, currency: "KRW" }] }),
    method: "POST",
    path: "/payments/pay-4/register-store-receipt",
    body: { items: [{ storeBusinessRegistrationNumber: "1234567890", storeName: "가게", totalAmount: 11000, supplyAmount: 10000, vatAmount: 1000, taxFreeAmount: 0, currency: "KRW" }], storeId: "store-1" },
    ok: { receiptUrl: "https://receipt.example/1" },
    warnings: [],
    alreadyPaid: false,
    invalid: (s) => s.registerStoreReceipt({ paymentId: "pay-4", items: [{ storeBusinessRegistrationNumber: "1234567890", storeName: "가게", totalAmount: 11000, supplyAmount: 10000, vatAmount: 900, taxFreeAmount: 0, currency: "KRW" }] }),
  },
  {
    name: "applyEscrowShipment",
    run: (s) =>
      s.applyEscrowShipment({
        paymentId: "pay-5",
        sender: { name: "보내는이", phoneNumber: "02-123-4567", zipcode: "04524", address: { addressLine1: "서울시 중구", addressLine2: "1층" } },
        receiver: { name: "받는이", phoneNumber: "010-1234-5678", zipcode: "06236", address: { addressLine1: "서울시 강남구", addressLine2: "2층" } },
        logistics: { company: "CJ", invoiceNumber: "123456789012", sentAt: "2026-11-28T09:00:00+09:00" },
        products: [{ id: "p1", name: "운동화", amount: 39000, quantity: 1 }],
      }),
    method: "POST",
    path: "/payments/pay-5/escrow/logistics",
    body: {
      storeId: "store-1",
      sender: { name: "보내는이", phoneNumber: "02-123-4567", zipcode: "04524", address: { addressLine1: "서울시 중구", addressLine2: "1층" } },
      receiver: { name: "받는이", phoneNumber: "010-1234-5678", zipcode: "06236", address: { addressLine1: "서울시 강남구", addressLine2: "2층" } },
      logistics: { company: "CJ", invoiceNumber: "123456789012", sentAt: "2026-11-28T09:00:00+09:00" },
      products: [{ id: "p1", name: "운동화", amount: 39000, quantity: 1 }],
    },
    ok: { invoiceNumber: "123456789012", sentAt: "2026-11-28T00:00:00Z", appliedAt: "2026-11-28T00:00:01Z" },
    warnings: [],
    alreadyPaid: false,
    invalid: (s) =>
      s.applyEscrowShipment({
        paymentId: "pay-5",
        sender: { name: "", phoneNumber: "02-123-4567", zipcode: "04524", address: { addressLine1: "서울", addressLine2: "" } },
        receiver: { name: "받는이", phoneNumber: "010-1234-5678", zipcode: "0623", address: { addressLine1: "서울", addressLine2: "" } },
        logistics: { company: "CJ", invoiceNumber: "1", sentAt: "2026-11-28T09:00:00+09:00" },
        products: [],
      }),
  },
  {
    name: "verifyPayment",
    run: (s) => s.verifyPayment({ paymentId: "pay-6", expected: { amount: 39000, currency: "KRW" } }),
    method: "GET",
    path: "/payments/pay-6?storeId=store-1",
    ok: { status: "PAID", id: "pay-6", storeId: "store-1", transactionId: "tx", channel: { type: "LIVE", pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" }, amount: { total: 39000, taxFree: 0, discount: 0, paid: 39000, cancelled: 0, cancelledTaxFree: 0 }, currency: "KRW", orderName: "운동화" },
    warnings: [],
    alreadyPaid: false,
    invalid: (s) => s.verifyPayment({ paymentId: "pay-6", expected: { amount: -1, currency: "KRW" } }),
  },
];

const PG = { type: "PG_PROVIDER", message: "PG사에서 오류가 발생했습니다.", pgCode: "V013", pgMessage: "한도초과" };

describe.each(FLOWS)("$name over real HTTP", (flow) => {
  const expectRequest = (r: Recorded | undefined) => {
    expect(r).toBeDefined();
    expect(r!.method).toBe(flow.method);
    expect(r!.path).toBe(flow.path);
    expect(r!.authorization).toBe(`PortOne ${SECRET}`);
    if (flow.body !== undefined) expect(r!.body).toEqual(flow.body);
  };

  it("success: the documented request, the documented answer", async () => {
    standIn.reply = () => ({ status: 200, body: flow.ok });
    const result = await flow.run(server);
    expect(standIn.requests).toHaveLength(1);
    expectRequest(standIn.requests[0]);
    if (flow.name === "verifyPayment") expect(result).toMatchObject({ verdict: "paid" });
    else {
      const { warnings, ...response } = result as { warnings: ValidationIssue[] };
      expect(response).toEqual(flow.ok);
      // contract-only features are said on the result and through onWarning, never dropped
      expect(warnings.map((w) => [w.field, w.code, w.severity])).toEqual(flow.warnings.map((f) => [f, "contract.required", "warning"]));
      expect(warned).toEqual(warnings);
    }
  });

  it("a PG refusal keeps PG_PROVIDER with pgCode and pgMessage", async () => {
    standIn.reply = () => ({ status: 400, body: PG });
    const error = await failure(flow.run(server));
    expect(error).toMatchObject({ kind: "api", code: "PG_PROVIDER", pgCode: "V013", pgMessage: "한도초과", operation: expect.any(String) });
    expectRequest(standIn.requests[0]);
  });

  if (flow.alreadyPaid) {
    it("ALREADY_PAID is kept", async () => {
      standIn.reply = () => ({ status: 409, body: { type: "ALREADY_PAID", message: "이미 결제가 완료되었습니다." } });
      expect(await failure(flow.run(server))).toMatchObject({ kind: "api", code: "ALREADY_PAID" });
    });
  }

  it("UNAUTHORIZED is kept", async () => {
    standIn.reply = () => ({ status: 401, body: { type: "UNAUTHORIZED", message: "인증 정보가 올바르지 않습니다." } });
    expect(await failure(flow.run(server))).toMatchObject({ kind: "api", code: "UNAUTHORIZED" });
  });

  it("the server closing the connection is a clear network error", async () => {
    standIn.reply = () => "close";
    const error = await failure(flow.run(server));
    expect(error).toMatchObject({ kind: "network", code: "NETWORK_ERROR" });
    expect(error.message).toContain("Could not reach PortOne");
  });

  it("a server that never answers is a clear timeout", async () => {
    standIn.reply = () => "hang";
    const error = await failure(timeOut(standIn, () => flow.run(server)));
    expect(error).toMatchObject({ kind: "timeout", code: "TIMEOUT" });
    expect(error.message).toContain(`did not answer within ${CALL_CAP_MS} ms`);
  });

  it("invalid input is refused before any request reaches the server", async () => {
    standIn.reply = () => ({ status: 200, body: flow.ok });
    const error = await failure(flow.invalid(server));
    expect(error).toMatchObject({ kind: "invalid", code: "INVALID_INPUT" });
    expect(error.issues.length).toBeGreaterThan(0);
    expect(standIn.requests).toHaveLength(0);
  });
});

describe("rules of the REST flows", () => {
  it.each([
    ["customer without a name", { ...customer, name: {} }, "customer.name"],
    ["customer without phone", { name: { full: "홍길동" }, email: "a@b.co" }, "customer.phoneNumber"],
    ["customer without e-mail", { name: { separated: { first: "길동", last: "홍" } }, phoneNumber: "01012345678" }, "customer.email"],
  ])("%s is refused naming the field", async (_n, c, field) => {
    const error = await failure(server.payWithBillingKey({ paymentId: "p", billingKey: "b", orderName: "x", amount: 1000, currency: "KRW", customer: c as never }));
    expect(error.issues.map((i) => i.field)).toContain(field);
  });

  it("store receipt: says clearly when supply + VAT + tax-free is not the total", async () => {
    const error = await failure(
      server.registerStoreReceipt({ paymentId: "p", items: [{ storeBusinessRegistrationNumber: "1234567890", storeName: "가게", totalAmount: 11000, supplyAmount: 10000, vatAmount: 900, taxFreeAmount: 0, currency: "KRW" }] }),
    );
    expect(error.message).toContain("공급가액(10000) + 부가세(900) + 면세금액(0) = 10900이 총액 11000과 다릅니다.");
  });

  it("verifyPayment: amount mismatch, virtual account, failure, cancellation and not-found verdicts", async () => {
    const paid = FLOWS.find((f) => f.name === "verifyPayment")!.ok as Record<string, unknown>;
    const cases: [Reply, unknown][] = [
      [{ status: 200, body: { ...paid, amount: { total: 100 } } }, { verdict: "amount-mismatch", actual: { amount: 100, currency: "KRW" } }],
      [{ status: 200, body: { ...paid, status: "VIRTUAL_ACCOUNT_ISSUED" } }, { verdict: "virtual-account-issued" }],
      [{ status: 200, body: { ...paid, status: "FAILED" } }, { verdict: "failed" }],
      [{ status: 200, body: { ...paid, status: "CANCELLED" } }, { verdict: "cancelled" }],
      [{ status: 200, body: { ...paid, status: "READY" } }, { verdict: "pending" }],
      [{ status: 404, body: { type: "PAYMENT_NOT_FOUND", message: "결제 건이 존재하지 않습니다." } }, { verdict: "not-found" }],
    ];
    for (const [reply, verdict] of cases) {
      standIn.reply = () => reply;
      await expect(server.verifyPayment({ paymentId: "pay-6", expected: { amount: 39000, currency: "KRW" } })).resolves.toMatchObject(verdict as object);
    }
  });

  it("toServerCustomer turns the browser buyer into the REST customer", () => {
    expect(toServerCustomer({ fullName: " 홍길동 ", phoneNumber: "01012345678", email: "a@b.co" })).toEqual({ name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "a@b.co" });
    expect(toServerCustomer({ firstName: "길동", lastName: "홍" })).toEqual({ name: { separated: { first: "길동", last: "홍" } } });
  });

  it("createInicisServer without a secret says so", () => {
    expect(() => createInicisServer({ secret: "" })).toThrow("needs the API secret");
  });
});

describe("no card number or secret in anything thrown or logged", () => {
  it("across every failure case above, and through the console", async () => {
    const spies = (["log", "info", "warn", "error", "debug", "trace"] as const).map((m) => vi.spyOn(console, m));
    // one more of each failure, with PortOne echoing the card number back in its message
    standIn.reply = () => ({ status: 400, body: { type: "INVALID_REQUEST", message: `bad card ${CARD} for ${SECRET}` } });
    await failure(server.payInstantly({ paymentId: "p-echo", orderName: "x", amount: 1000, currency: "KRW", customer, card: { credential } }));
    expect(thrown.length).toBeGreaterThan(40);
    const seen = new Set<unknown>();
    const dump = (value: unknown): string => {
      if (typeof value !== "object" || value === null || seen.has(value)) return String(value);
      seen.add(value);
      const parts = [String(value), JSON.stringify(value, Object.getOwnPropertyNames(value))];
      for (const key of Object.getOwnPropertyNames(value)) parts.push(dump((value as Record<string, unknown>)[key]));
      return parts.join("\n");
    };
    for (const error of thrown) {
      const text = dump(error);
      expect(text).not.toContain(CARD);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(credential.birthOrBusinessRegistrationNumber);
    }
    const logged = JSON.stringify(spies.flatMap((s) => s.mock.calls));
    expect(logged).not.toContain(CARD);
    expect(logged).not.toContain(SECRET);
  });
});
