// @vitest-environment node
// The guide's fields reaching the wire, the Inicis rules of the REST flows, and the warnings of
// contract-only features; each over real HTTP to the stand-in on 127.0.0.1.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createInicisServer, InicisServerError, type InicisServer, type ValidationIssue } from "../../src/server/index";
import { LeakWatch } from "./secrecy";
import { CALL_CAP_MS, PortOneStandIn } from "./standin";

const SECRET = "fields-secret-71c2e0";
const CARD = "5555555555554444";
const credential = { number: CARD, expiryYear: "30", expiryMonth: "12" };
const customer = { name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const NOW = new Date("2026-11-28T00:00:00Z");
const OK = { payment: { pgTxId: "tx", paidAt: "2026-11-28T00:00:01Z" } };
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
  standIn.reply = () => ({ status: 200, body: OK });
  warned = [];
  watch.watchConsole();
  server = createInicisServer({ secret: SECRET, channelKey: "ck", baseUrl, timeoutMs: CALL_CAP_MS, now: () => NOW, onWarning: (i) => warned.push(i) });
});

const base = { paymentId: "pay-1", orderName: "운동화", amount: 39000, currency: "KRW" as const, customer };
const va = { bank: "SHINHAN" as const, expiry: { validHours: 24 }, option: { type: "NORMAL" as const } };
const bodyOf = (n = 0) => standIn.requests[n]?.body as Record<string, unknown> & { method: Record<string, Record<string, unknown>>; payment: Record<string, unknown> };
const refused = async (p: Promise<unknown>): Promise<InicisServerError> => {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  watch.keep(e);
  expect(e).toBeInstanceOf(InicisServerError);
  return e as InicisServerError;
};
const pairs = (issues: readonly ValidationIssue[]) => issues.map((i) => [i.field, i.code]);

describe("productCount reaches the wire", () => {
  it("on a keyed-in payment, a billing-key payment and a scheduled one", async () => {
    await server.payInstantly({ ...base, productCount: 2, card: { credential } });
    await server.payWithBillingKey({ ...base, billingKey: "bk", productCount: 3 });
    await server.schedulePayment({ paymentId: "pay-2", timeToPay: "2026-12-28T09:00:00+09:00", payment: { ...base, billingKey: "bk", productCount: 4 } });
    expect(bodyOf(0).productCount).toBe(2);
    expect(bodyOf(1).productCount).toBe(3);
    expect(bodyOf(2).payment.productCount).toBe(4);
  });

  it.each([0, -1, 1.5, 2 ** 31])("refuses %s before any request", async (productCount) => {
    const e = await refused(server.payWithBillingKey({ ...base, billingKey: "bk", productCount }));
    expect(pairs(e.issues)).toContainEqual(["productCount", "amount.invalid"]);
    expect(standIn.requests).toHaveLength(0);
  });
});

describe("cash receipt identity numbers as people write them", () => {
  it.each([
    ["the guide's dashed phone number", "PERSONAL", "010-1234-0000", "01012340000"],
    ["a dashed business number", "CORPORATE", "123-45-67890", "1234567890"],
    ["a resident registration number with a dash", "PERSONAL", "900101-1234567", "9001011234567"],
    ["spaces and a Unicode hyphen", "PERSONAL", "010 1234\u20100000", "01012340000"],
  ] as const)("%s is accepted and sent as digits", async (_n, type, typed, sent) => {
    await server.payInstantly({ ...base, virtualAccount: { ...va, cashReceipt: { type, customerIdentityNumber: typed } } });
    expect(bodyOf().method.virtualAccount!.cashReceipt).toEqual({ type, customerIdentityNumber: sent });
    await server.payWithBillingKey({ ...base, billingKey: "bk", cashReceipt: { type, customerIdentityNumber: typed } });
    expect(bodyOf(1).cashReceipt).toEqual({ type, customerIdentityNumber: sent });
  });

  it.each([
    ["letters", "010-ABCD-0000"],
    ["too few digits", "123-45"],
    ["too many digits", "1234-5678-9012-3456"],
  ])("%s are refused naming the field", async (_n, typed) => {
    const e = await refused(server.payInstantly({ ...base, virtualAccount: { ...va, cashReceipt: { type: "PERSONAL", customerIdentityNumber: typed } } }));
    expect(pairs(e.issues)).toContainEqual(["virtualAccount.cashReceipt.customerIdentityNumber", "cashReceipt.identity"]);
    expect(e.message).not.toContain(typed);
    expect(standIn.requests).toHaveLength(0);
  });
});

describe("keyed-in card owner check is optional (guide and SDK)", () => {
  it("a card without birth date and password digits goes out as given", async () => {
    await server.payInstantly({ ...base, card: { credential } });
    await server.issueBillingKey({ customer, card: { credential } });
    expect(bodyOf(0).method.card).toEqual({ credential });
    expect((bodyOf(1).method.card as Record<string, unknown>).credential).toEqual(credential);
  });

  it("but a malformed one is still refused", async () => {
    const e = await refused(server.payInstantly({ ...base, card: { credential: { ...credential, birthOrBusinessRegistrationNumber: "9001", passwordTwoDigits: "1" } } }));
    expect(pairs(e.issues)).toEqual([
      ["card.credential.birthOrBusinessRegistrationNumber", "card.owner"],
      ["card.credential.passwordTwoDigits", "card.password"],
    ]);
  });

  it("card expiry is judged by the server's clock option", async () => {
    const later = createInicisServer({ secret: SECRET, channelKey: "ck", baseUrl, now: () => new Date("2031-01-15T00:00:00Z"), onWarning: () => undefined });
    const e = await refused(later.payInstantly({ ...base, card: { credential } }));
    expect(pairs(e.issues)).toContainEqual(["card.credential.expiry", "card.expired"]);
  });
});

describe("USD is for cards only", () => {
  it("a keyed-in virtual account in USD is refused before any request", async () => {
    const e = await refused(server.payInstantly({ ...base, currency: "USD", amount: 30, virtualAccount: va }));
    expect(e.issues.find((i) => i.field === "currency")).toMatchObject({ code: "currency.unsupported", params: { value: "USD", allowed: "KRW" } });
    expect(standIn.requests).toHaveLength(0);
  });

  it("a keyed-in card and a billing-key payment may be USD", async () => {
    await server.payInstantly({ ...base, currency: "USD", amount: 30, card: { credential } });
    await server.payWithBillingKey({ ...base, currency: "USD", amount: 30, billingKey: "bk" });
    expect(standIn.requests.map((r) => (r.body as { currency: string }).currency)).toEqual(["USD", "USD"]);
  });
});

describe("contract-only features are never silent", () => {
  const cases: [string, (s: InicisServer) => Promise<{ warnings: ValidationIssue[] }>, string[]][] = [
    ["keyed-in card", (s) => s.payInstantly({ ...base, card: { credential } }), ["card"]],
    ["keyed-in virtual account", (s) => s.payInstantly({ ...base, virtualAccount: va }), ["virtualAccount"]],
    ["keyed-in, REST spelling", (s) => s.payInstantly({ ...base, method: { virtualAccount: va } }), ["method.virtualAccount"]],
    ["escrow on a keyed-in payment", (s) => s.payInstantly({ ...base, isEscrow: true, virtualAccount: va }), ["virtualAccount", "isEscrow"]],
    ["card points and merchant-funded interest-free on a keyed-in card", (s) => s.payInstantly({ ...base, card: { credential, installmentMonth: 3, useCardPoint: true, useFreeInterestFromMerchant: true } }), ["card.useFreeInterestFromMerchant", "card.useCardPoint", "card"]],
    ["API billing key", (s) => s.issueBillingKey({ customer, card: { credential } }), ["card"]],
    ["tax-free and VAT amounts", (s) => s.payWithBillingKey({ ...base, billingKey: "bk", amount: { total: 39000, taxFree: 9000, vat: 2727 } }), ["amount.taxFree", "amount.vat"]],
    ["billing-key card points and merchant-funded interest-free", (s) => s.payWithBillingKey({ ...base, billingKey: "bk", useFreeInterestFromMerchant: true, useCardPoint: true }), ["useFreeInterestFromMerchant", "useCardPoint"]],
    ["scheduled card points", (s) => s.schedulePayment({ paymentId: "p", timeToPay: "2026-12-28T00:00:00Z", payment: { ...base, billingKey: "bk", useCardPoint: true } }), ["payment.useCardPoint"]],
  ];

  it.each(cases)("%s: on the result and through onWarning, and the request still goes out", async (_n, run, fields) => {
    const result = await run(server);
    expect(result.warnings.map((w) => [w.field, w.code, w.severity])).toEqual(fields.map((f) => [f, "contract.required", "warning"]));
    expect(warned).toEqual(result.warnings);
    expect(standIn.requests).toHaveLength(1);
  });

  it("the features reach the wire as given", async () => {
    await server.payInstantly({ ...base, isEscrow: true, card: { credential, installmentMonth: 3, useCardPoint: true, useFreeInterestFromMerchant: true } });
    expect(bodyOf().isEscrow).toBe(true);
    expect(bodyOf().method.card).toEqual({ credential, installmentMonth: 3, useCardPoint: true, useFreeInterestFromMerchant: true });
    await server.payWithBillingKey({ ...base, billingKey: "bk", installmentMonth: 2, useCardPoint: false, useFreeInterestFromMerchant: true });
    expect(bodyOf(1)).toMatchObject({ installmentMonth: 2, useCardPoint: false, useFreeInterestFromMerchant: true });
  });

  it("false flags warn of nothing; non-boolean flags are refused", async () => {
    expect((await server.payWithBillingKey({ ...base, billingKey: "bk", useCardPoint: false })).warnings).toEqual([]);
    const e = await refused(server.payWithBillingKey({ ...base, billingKey: "bk", useCardPoint: "Y" as unknown as boolean }));
    expect(pairs(e.issues)).toEqual([["useCardPoint", "type.boolean"]]);
  });

  it("without onWarning each distinct warning is printed once, naming the field and the contract", async () => {
    const plain = createInicisServer({ secret: SECRET, channelKey: "ck", baseUrl, now: () => NOW, locale: "en" });
    await plain.issueBillingKey({ customer, card: { credential } });
    await plain.issueBillingKey({ customer, card: { credential } });
    const printed = watch.logged.filter((args) => String(args[0]).includes("[react-portone-inicis/server]"));
    expect(printed).toHaveLength(1);
    expect(String(printed[0]![0])).toContain("card needs a separate contract with KG Inicis");
  });

  it("warnings are reported before the request, so a refused request still explains itself", async () => {
    standIn.reply = () => ({ status: 400, body: { type: "PG_PROVIDER", message: "계약되지 않은 결제수단", pgCode: "V801", pgMessage: "미계약" } });
    await refused(server.payInstantly({ ...base, card: { credential } }));
    expect(pairs(warned)).toEqual([["card", "contract.required"]]);
  });
});

describe("the REST spelling of the method (method.card / method.virtualAccount)", () => {
  it("sends the same request as card / virtualAccount", async () => {
    await server.payInstantly({ ...base, card: { credential } });
    await server.payInstantly({ ...base, method: { card: { credential } } });
    await server.issueBillingKey({ customer, method: { card: { credential } } });
    expect(bodyOf(1)).toEqual(bodyOf(0));
    expect(bodyOf(2).method).toEqual({ card: { credential } });
  });

  it("names the fields under method. and refuses both spellings at once", async () => {
    const e = await refused(server.payInstantly({ ...base, method: { virtualAccount: { ...va, bank: "SHINHAN_BANK" as "SHINHAN" } } }));
    expect(pairs(e.issues)).toEqual([["method.virtualAccount.bank", "bank.spelling"]]);
    const both = await refused(server.payInstantly({ ...base, method: { card: { credential } }, card: { credential } } as never));
    expect(pairs(both.issues)).toContainEqual(["method", "oneOf"]);
  });
});

describe("times are RFC 3339 with an offset, sent as given", () => {
  it("a due date and a time to pay pass through unchanged; a Date becomes ISO 8601 UTC", async () => {
    await server.payInstantly({ ...base, virtualAccount: { ...va, expiry: { dueDate: "2026-12-01T23:59:59+09:00" } } });
    await server.schedulePayment({ paymentId: "p", timeToPay: new Date("2026-12-28T00:00:00Z"), payment: { ...base, billingKey: "bk" } });
    expect(bodyOf(0).method.virtualAccount!.expiry).toEqual({ dueDate: "2026-12-01T23:59:59+09:00" });
    expect(bodyOf(1).timeToPay).toBe("2026-12-28T00:00:00.000Z");
  });

  it.each(["2026-12-28 00:00:00", "2026-12-28T00:00:00", "2026-12-28T00:00:00+09+00", "2026-12-28"])("%s (no or a malformed offset) is refused", async (timeToPay) => {
    const e = await refused(server.schedulePayment({ paymentId: "p", timeToPay, payment: { ...base, billingKey: "bk" } }));
    expect(pairs(e.issues)).toEqual([["timeToPay", "date.invalid"]]);
  });
});

describe("verifyPayment refuses a TEST-channel payment", () => {
  const paid = (type: string) => ({ status: 200, body: { status: "PAID", id: "pay-1", amount: { total: 39000 }, currency: "KRW", channel: { type, pgProvider: "INICIS_V2", pgMerchantId: "INIpayTest" } } });

  it("a paid payment on a TEST channel is test-channel, never paid", async () => {
    standIn.reply = () => paid("TEST");
    await expect(server.verifyPayment({ paymentId: "pay-1", expected: { amount: 39000, currency: "KRW" } })).resolves.toMatchObject({ verdict: "test-channel" });
    standIn.reply = () => paid("LIVE");
    await expect(server.verifyPayment({ paymentId: "pay-1", expected: { amount: 39000, currency: "KRW" } })).resolves.toMatchObject({ verdict: "paid" });
  });

  it("unless allowTestChannel is set on the server or on the call (the call wins)", async () => {
    standIn.reply = () => paid("TEST");
    const dev = createInicisServer({ secret: SECRET, baseUrl, allowTestChannel: true });
    await expect(dev.verifyPayment({ paymentId: "pay-1", expected: { amount: 39000, currency: "KRW" } })).resolves.toMatchObject({ verdict: "paid" });
    await expect(dev.verifyPayment({ paymentId: "pay-1", expected: { amount: 39000, currency: "KRW" }, allowTestChannel: false })).resolves.toMatchObject({ verdict: "test-channel" });
    await expect(server.verifyPayment({ paymentId: "pay-1", expected: { amount: 39000, currency: "KRW" }, allowTestChannel: true })).resolves.toMatchObject({ verdict: "paid" });
  });
});

describe("secrecy in these flows", () => {
  it("no card number or secret in anything thrown, returned or logged", async () => {
    standIn.reply = () => ({ status: 400, body: { type: "INVALID_REQUEST", message: `card ${CARD} refused for ${SECRET}` } });
    await refused(server.payInstantly({ ...base, card: { credential } }));
    watch.keep(await createInicisServer({ secret: SECRET, baseUrl, now: () => NOW }).payWithBillingKey({ ...base, billingKey: "bk", useCardPoint: true }).catch((e: unknown) => e));
    watch.keep(warned);
    vi.restoreAllMocks();
    watch.expectClean([CARD, SECRET], 10);
  });
});
