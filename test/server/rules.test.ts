// @vitest-environment node
// The pieces of /server one by one, without a network: the REST rules (exact issues, limits on
// both sides), PortOne's errors translated, the error type, the wire shapes and toServerCustomer.
import { describe, expect, it, vi } from "vitest";
import { ko } from "../../src/core/locales/ko";
import { createCaller, issueText } from "../../src/server/call";
import { InicisServerError, isInicisServerError } from "../../src/server/errors";
import { toServerCustomer } from "../../src/server/index";
import { ServerRules } from "../../src/server/rules";
import { amountOf, cashReceiptOf, customDataOf, instantMethodOf } from "../../src/server/wire";

const NOW = new Date("2026-11-28T00:00:00Z");
type Params = Record<string, string | number>;
const err = (field: string, code: string, params: Params = {}) => ({ field, code, severity: "error", params });
const warn = (field: string, code: string, params: Params = {}) => ({ field, code, severity: "warning", params });
const rules = (check: (r: ServerRules) => unknown) => {
  const r = new ServerRules();
  check(r);
  return r.issues;
};

describe("ServerRules", () => {
  it("id: required, at most 40 printable ASCII characters", () => {
    expect(rules((r) => r.id("paymentId", undefined))).toStrictEqual([err("paymentId", "required")]);
    expect(rules((r) => r.id("paymentId", "p".repeat(40)))).toStrictEqual([]);
    expect(rules((r) => r.id("paymentId", "p".repeat(41)))).toStrictEqual([err("paymentId", "id.tooLong", { max: 40, actual: 41 })]);
  });

  it("amount: a number, or the object form { total, taxFree?, vat? } with each part named", () => {
    expect(rules((r) => r.amount("amount", 1000))).toStrictEqual([]);
    for (const v of ["1000", null, undefined, 0, true]) expect(rules((r) => r.amount("amount", v)), String(v)).toStrictEqual([err("amount", "amount.invalid")]);
    expect(rules((r) => r.amount("amount", { total: 11000 }))).toStrictEqual([]);
    expect(rules((r) => r.amount("amount", { total: 11000, taxFree: 0, vat: 1000 }))).toStrictEqual([warn("amount.taxFree", "contract.required"), warn("amount.vat", "contract.required")]);
    expect(rules((r) => r.amount("expected.amount", { total: 0, vat: -1 }))).toStrictEqual([err("expected.amount.total", "amount.invalid"), err("expected.amount.vat", "amount.invalid")]);
    expect(rules((r) => r.amount("amount", { taxFree: 1.5 }))).toStrictEqual([err("amount.total", "amount.invalid"), err("amount.taxFree", "amount.invalid")]);
  });

  it("currency: KRW or USD by default, the server SDK's spelling only", () => {
    expect(rules((r) => r.currency("USD"))).toStrictEqual([]);
    expect(rules((r) => r.currency("CURRENCY_KRW"))).toStrictEqual([err("currency", "currency.unsupported", { value: "CURRENCY_KRW", allowed: "KRW, USD" })]);
    expect(rules((r) => r.currency("USD", ["KRW"], "payment.currency"))).toStrictEqual([err("payment.currency", "currency.unsupported", { value: "USD", allowed: "KRW" })]);
  });

  it("flag: optional boolean; a contract warning only where asked and only when on", () => {
    expect(rules((r) => r.flag("skipWebhook", true))).toStrictEqual([]);
    expect(rules((r) => r.flag("skipWebhook", undefined, true))).toStrictEqual([]);
    expect(rules((r) => r.flag("isEscrow", false, true))).toStrictEqual([]);
    expect(rules((r) => r.flag("isEscrow", true, true))).toStrictEqual([warn("isEscrow", "contract.required")]);
    expect(rules((r) => r.flag("isEscrow", "true", true))).toStrictEqual([err("isEscrow", "type.boolean")]);
  });

  it("count: a positive int32", () => {
    expect(rules((r) => r.count("productCount", 2 ** 31 - 1))).toStrictEqual([]);
    expect(rules((r) => r.count("productCount", 2 ** 31))).toStrictEqual([err("productCount", "amount.invalid")]);
    expect(rules((r) => r.count("productCount", 0))).toStrictEqual([err("productCount", "amount.invalid")]);
    expect(rules((r) => r.count("productCount", undefined))).toStrictEqual([]);
  });

  describe("cash receipts", () => {
    it("PERSONAL or CORPORATE need an identity number of 10 to 13 digits (dashes allowed), returned as digits", () => {
      let digits: string | undefined;
      expect(rules((r) => (digits = r.cashReceipt("cashReceipt", { type: "PERSONAL", customerIdentityNumber: "010-1234-0000" })))).toStrictEqual([]);
      expect(digits).toBe("01012340000");
      expect(rules((r) => (digits = r.cashReceipt("cashReceipt", { type: "CORPORATE", customerIdentityNumber: "123-45-67890" })))).toStrictEqual([]);
      expect(digits).toBe("1234567890");
      expect(rules((r) => (digits = r.cashReceipt("cashReceipt", { type: "PERSONAL" })))).toStrictEqual([err("cashReceipt.customerIdentityNumber", "required")]);
      expect(digits).toBeUndefined();
      expect(rules((r) => r.cashReceipt("cashReceipt", { type: "PERSONAL", customerIdentityNumber: " " }))).toStrictEqual([err("cashReceipt.customerIdentityNumber", "required")]);
      expect(rules((r) => r.cashReceipt("cashReceipt", { type: "PERSONAL", customerIdentityNumber: "123456789" }))).toStrictEqual([err("cashReceipt.customerIdentityNumber", "cashReceipt.identity")]);
      expect(rules((r) => r.cashReceipt("cashReceipt", { type: "PERSONAL", customerIdentityNumber: "12345678901234" }))).toStrictEqual([err("cashReceipt.customerIdentityNumber", "cashReceipt.identity")]);
    });
    it("NO_RECEIPT needs nothing more; any other type is named with the three allowed", () => {
      let digits: string | undefined = "x";
      expect(rules((r) => (digits = r.cashReceipt("cashReceipt", { type: "NO_RECEIPT" })))).toStrictEqual([]);
      expect(digits).toBeUndefined();
      expect(rules((r) => r.cashReceipt("cashReceipt", { type: "NO_RECEIPT", customerIdentityNumber: "x" }))).toStrictEqual([]);
      for (const type of ["INCOME", "personal", undefined]) {
        expect(rules((r) => r.cashReceipt("va.cashReceipt", { type, customerIdentityNumber: "01012345678" })), String(type)).toStrictEqual([err("va.cashReceipt.type", "oneOf", { options: "PERSONAL, CORPORATE, NO_RECEIPT" })]);
      }
      expect(rules((r) => r.cashReceipt("cashReceipt", null))).toStrictEqual([err("cashReceipt.type", "oneOf", { options: "PERSONAL, CORPORATE, NO_RECEIPT" })]);
    });
  });

  it("customer: a name, a phone and an e-mail, all required", () => {
    expect(rules((r) => r.customer({ name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "a@b.co" }))).toStrictEqual([]);
    expect(rules((r) => r.customer(undefined, "payment.customer"))).toStrictEqual([err("payment.customer.name", "required"), err("payment.customer.phoneNumber", "required"), err("payment.customer.email", "required")]);
    expect(rules((r) => r.customer({ name: { separated: { first: "길동" } }, phoneNumber: "010-1234-5678", email: "a@b.co" }))).toStrictEqual([err("customer.name.separated.last", "name.incomplete")]);
  });

  it("cardOptions: named with the prefix given, none by default", () => {
    expect(rules((r) => r.cardOptions({ installmentMonth: 0, useCardPoint: true, useFreeInterestFromMerchant: true }))).toStrictEqual([
      err("installmentMonth", "amount.invalid"),
      warn("useFreeInterestFromMerchant", "contract.required"),
      warn("useCardPoint", "contract.required"),
    ]);
    expect(rules((r) => r.cardOptions({ installmentMonth: 3 }, "card."))).toStrictEqual([]);
  });

  describe("futureTime", () => {
    it("an RFC 3339 time with its offset, strictly after now; what is sent is the string as given, or a Date as ISO", () => {
      let sent: string | null = null;
      expect(rules((r) => (sent = r.futureTime("timeToPay", "2026-11-28T09:00:00.000+09:00", NOW)))).toStrictEqual([err("timeToPay", "date.future")]);
      expect(sent).toBeNull();
      expect(rules((r) => (sent = r.futureTime("timeToPay", "2026-11-28T09:00:00.001+09:00", NOW)))).toStrictEqual([]);
      expect(sent).toBe("2026-11-28T09:00:00.001+09:00");
      expect(rules((r) => (sent = r.futureTime("timeToPay", new Date("2026-12-28T00:00:00Z"), NOW)))).toStrictEqual([]);
      expect(sent).toBe("2026-12-28T00:00:00.000Z");
      expect(rules((r) => r.futureTime("timeToPay", new Date(NOW.getTime()), NOW))).toStrictEqual([err("timeToPay", "date.future")]);
      expect(rules((r) => r.futureTime("timeToPay", "2026-11-28T00:00:00Z", NOW))).toStrictEqual([err("timeToPay", "date.future")]);
      expect(rules((r) => r.futureTime("timeToPay", "2026-12-28T00:00:00.123456789Z", NOW))).toStrictEqual([]);
    });
    it.each([
      "2026-12-28T00:00:00",
      "x2026-12-28T00:00:00Z",
      "2026-12-28T00:00:00Zx",
      "2026-12-28T00:00:00+09:00 ",
      "2026-12-28T00:00:00.1234567890Z",
      "2026-12-28T00:00:00.Z",
      "2026-12-28 00:00:00Z",
      "next month",
    ])("%j is no RFC 3339 time with an offset", (v) => {
      expect(rules((r) => r.futureTime("timeToPay", v, NOW))).toStrictEqual([err("timeToPay", "date.invalid")]);
    });
    it("only a string or a Date is read", () => {
      for (const v of [["2026-12-28T00:00:00Z"], 1_900_000_000_000, null, undefined, new Date(Number.NaN)]) {
        expect(rules((r) => r.futureTime("timeToPay", v, NOW)), String(v)).toStrictEqual([err("timeToPay", "date.invalid")]);
      }
    });
  });

  it("bank: one of the server API's banks; anything else is a spelling to fix; no text is required", () => {
    for (const v of ["SHINHAN", "K_BANK"]) expect(rules((r) => r.bank("bank", v)), v).toStrictEqual([]);
    for (const v of ["SHINHAN_BANK", "shinhan", "SHIN HAN", "__proto__", "constructor", "toString"]) expect(rules((r) => r.bank("bank", v)), v).toStrictEqual([err("bank", "bank.spelling")]);
    for (const v of ["", 1, undefined, null]) expect(rules((r) => r.bank("bank", v)), String(v)).toStrictEqual([err("bank", "required")]);
  });

  describe("virtualAccount", () => {
    const va = { bank: "SHINHAN", expiry: { validHours: 24 }, option: { type: "NORMAL" } };
    it("named virtualAccount.* by default", () => {
      expect(rules((r) => r.virtualAccount({}, NOW))).toStrictEqual([
        err("virtualAccount.bank", "required"),
        err("virtualAccount.expiry", "oneOf", { options: "validHours, dueDate" }),
        err("virtualAccount.option.type", "oneOf", { options: "NORMAL, FIXED" }),
      ]);
    });
    it("exactly one of validHours (a positive whole number) and dueDate (a future RFC 3339 time)", () => {
      expect(rules((r) => r.virtualAccount(va, NOW, "m.va"))).toStrictEqual([]);
      expect(rules((r) => r.virtualAccount({ ...va, expiry: { validHours: 24, dueDate: "2026-12-01T00:00:00Z" } }, NOW, "m.va"))).toStrictEqual([err("m.va.expiry", "oneOf", { options: "validHours, dueDate" })]);
      expect(rules((r) => r.virtualAccount({ ...va, expiry: { validHours: 0 } }, NOW, "m.va"))).toStrictEqual([err("m.va.expiry.validHours", "amount.invalid")]);
      expect(rules((r) => r.virtualAccount({ ...va, expiry: { dueDate: "2026-12-01T00:00:00+09:00" } }, NOW, "m.va"))).toStrictEqual([]);
      expect(rules((r) => r.virtualAccount({ ...va, expiry: { dueDate: "2026-11-27T00:00:00+09:00" } }, NOW, "m.va"))).toStrictEqual([err("m.va.expiry.dueDate", "date.future")]);
    });
    it("a FIXED account names its number of 6 to 20 digits", () => {
      const fixed = (accountNumber: unknown) => rules((r) => r.virtualAccount({ ...va, option: { type: "FIXED", fixed: { accountNumber } } }, NOW));
      for (const n of ["123456", "1".repeat(20)]) expect(fixed(n), n).toStrictEqual([]);
      for (const n of ["12345", "1".repeat(21), 12345678, "x123456", "123456x", "123-456", undefined]) expect(fixed(n), String(n)).toStrictEqual([err("virtualAccount.option.fixed.accountNumber", "required")]);
      expect(rules((r) => r.virtualAccount({ ...va, option: { type: "FIXED" } }, NOW))).toStrictEqual([err("virtualAccount.option.fixed.accountNumber", "required")]);
    });
    it("a cash receipt is checked when given", () => {
      expect(rules((r) => r.virtualAccount({ ...va, cashReceipt: { type: "PERSONAL", customerIdentityNumber: "12" } }, NOW))).toStrictEqual([err("virtualAccount.cashReceipt.customerIdentityNumber", "cashReceipt.identity")]);
      expect(rules((r) => r.virtualAccount({ ...va, cashReceipt: { type: "NO_RECEIPT" } }, NOW))).toStrictEqual([]);
    });
  });

  it("refundAccount: bank, 6 to 20 digits (returned as digits), a holder of at most 100 characters, and a holder phone when given", () => {
    let digits: string | undefined;
    const account = { bank: "SHINHAN", number: "110-123-456789", holderName: "홍길동" };
    expect(rules((r) => (digits = r.refundAccount(account)))).toStrictEqual([]);
    expect(digits).toBe("110123456789");
    expect(rules((r) => r.refundAccount({ ...account, number: undefined }))).toStrictEqual([err("refundAccount.number", "required")]);
    expect(rules((r) => r.refundAccount({ ...account, holderName: "가".repeat(101) }))).toStrictEqual([err("refundAccount.holderName", "text.tooLong", { max: 100 })]);
    expect(rules((r) => r.refundAccount({ ...account, holderName: "가".repeat(100) }))).toStrictEqual([]);
    expect(rules((r) => r.refundAccount({ ...account, holderPhoneNumber: "" }, "x"))).toStrictEqual([err("x.holderPhoneNumber", "required")]);
    expect(rules((r) => r.refundAccount({ ...account, holderPhoneNumber: "010-1234-5678" }))).toStrictEqual([]);
  });

  describe("cancel", () => {
    const cancel = { paymentId: "pay-1", reason: "고객 요청" };
    it("requester: CUSTOMER or ADMIN when given", () => {
      for (const requester of [undefined, "CUSTOMER", "ADMIN"]) expect(rules((r) => r.cancel({ ...cancel, requester })), String(requester)).toStrictEqual([]);
      expect(rules((r) => r.cancel({ ...cancel, requester: "SYSTEM" }))).toStrictEqual([err("requester", "oneOf", { options: "CUSTOMER, ADMIN" })]);
    });
    it("currentCancellableAmount: a whole number of 0 or more, then the refund must fit in it", () => {
      for (const v of ["1000", 1.5, -1, Number.NaN, null]) expect(rules((r) => r.cancel({ ...cancel, currentCancellableAmount: v })), String(v)).toStrictEqual([err("currentCancellableAmount", "amount.invalid")]);
      expect(rules((r) => r.cancel({ ...cancel, amount: 1000, currentCancellableAmount: 1000 }))).toStrictEqual([]);
      expect(rules((r) => r.cancel({ ...cancel, amount: 1001, currentCancellableAmount: 1000 }))).toStrictEqual([err("amount", "cancel.exceeds", { amount: 1001, cancellable: 1000 })]);
      expect(rules((r) => r.cancel({ ...cancel, currentCancellableAmount: 0 }))).toStrictEqual([err("amount", "cancel.exceeds", { amount: 0, cancellable: 0 })]);
      expect(rules((r) => r.cancel({ ...cancel, amount: 500, currentCancellableAmount: 0 }))).toStrictEqual([err("amount", "cancel.exceeds", { amount: 500, cancellable: 0 })]);
    });
    it("a refund account is named refundAccount.*; skipWebhook is a boolean", () => {
      expect(rules((r) => r.cancel({ ...cancel, refundAccount: { bank: "SHINHAN_BANK", number: "110123456789", holderName: "홍길동" } }))).toStrictEqual([err("refundAccount.bank", "bank.spelling")]);
      expect(rules((r) => r.cancel({ ...cancel, skipWebhook: "yes" }))).toStrictEqual([err("skipWebhook", "type.boolean")]);
    });
  });

  describe("receiptItems", () => {
    const item = { storeBusinessRegistrationNumber: "123-45-67890", storeName: "가게", totalAmount: 11500, supplyAmount: 10000, vatAmount: 1000, taxFreeAmount: 500, currency: "KRW" };
    it("at least one item", () => {
      for (const items of [undefined, [], "x", {}]) expect(rules((r) => r.receiptItems(items)), JSON.stringify(items)).toStrictEqual([err("items", "required")]);
    });
    it("supply + VAT + tax-free must add up to the total, every part a whole number, the total above 0", () => {
      expect(rules((r) => r.receiptItems([item, { ...item, totalAmount: 1, supplyAmount: 0, vatAmount: 0, taxFreeAmount: 1 }]))).toStrictEqual([]);
      expect(rules((r) => r.receiptItems([item, { ...item, taxFreeAmount: 0 }]))).toStrictEqual([err("items[1]", "receipt.sum", { supply: 10000, vat: 1000, taxFree: 0, sum: 11000, total: 11500 })]);
      expect(rules((r) => r.receiptItems([{ ...item, totalAmount: 0, supplyAmount: 0, vatAmount: 0, taxFreeAmount: 0 }]))).toStrictEqual([err("items[0].totalAmount", "amount.invalid")]);
      expect(rules((r) => r.receiptItems([{ ...item, vatAmount: undefined, supplyAmount: "10000", taxFreeAmount: -1, totalAmount: 1.5 }]))).toStrictEqual([
        err("items[0].totalAmount", "amount.invalid"),
        err("items[0].supplyAmount", "amount.invalid"),
        err("items[0].vatAmount", "required"),
        err("items[0].taxFreeAmount", "amount.invalid"),
      ]);
    });
    it("a 10-digit business number (dashes allowed), a store name of at most 200 characters, KRW or USD", () => {
      expect(rules((r) => r.receiptItems([{ ...item, storeBusinessRegistrationNumber: "123-45-6789", storeName: "가".repeat(201), currency: "EUR" }]))).toStrictEqual([
        err("items[0].storeBusinessRegistrationNumber", "inicis.digits", { min: 10, max: 10 }),
        err("items[0].storeName", "text.tooLong", { max: 200 }),
        err("items[0].currency", "currency.unsupported", { value: "EUR", allowed: "KRW, USD" }),
      ].map((i) => (i.field === "items[0].currency" ? { ...i, field: "currency" } : i)));
      expect(rules((r) => r.receiptItems([{ ...item, storeName: "가".repeat(200) }]))).toStrictEqual([]);
    });
  });

  describe("escrow", () => {
    const party = { name: "보내는이", phoneNumber: "02-1234-5678", zipcode: "04524", address: { addressLine1: "서울", addressLine2: "" } };
    const shipment = { paymentId: "pay-4", sender: party, receiver: party, logistics: { company: "CJ", invoiceNumber: "1", sentAt: "2026-11-28T09:00:00+09:00" }, products: [{ id: "p" }] };
    it("a whole shipment passes", () => expect(rules((r) => r.escrow(shipment))).toStrictEqual([]));
    it("each party: a name, a phone, a 5-digit zipcode and an address of two lines", () => {
      for (const zipcode of ["0452", "045241", "x04524", "04524x", 4524, 12345]) {
        expect(rules((r) => r.escrow({ ...shipment, receiver: { ...party, zipcode } })), String(zipcode)).toStrictEqual([err("receiver.zipcode", "inicis.digits", { min: 5, max: 5 })]);
      }
      expect(rules((r) => r.escrow({ ...shipment, sender: { zipcode: "04524" } }))).toStrictEqual([
        err("sender.name", "required"),
        err("sender.phoneNumber", "required"),
        err("sender.address.addressLine1", "required"),
        err("sender.address.addressLine2", "type.string"),
      ]);
      expect(rules((r) => r.escrow({ ...shipment, sender: { ...party, name: "가".repeat(101), address: { addressLine1: "가".repeat(301), addressLine2: "" } } }))).toStrictEqual([
        err("sender.name", "text.tooLong", { max: 100 }),
        err("sender.address.addressLine1", "text.tooLong", { max: 300 }),
      ]);
    });
    it("logistics: company (40), invoice number (100), a readable sentAt; and at least one product", () => {
      expect(rules((r) => r.escrow({ ...shipment, logistics: { company: "가".repeat(41), invoiceNumber: "1".repeat(101), sentAt: "어제" }, products: [] }))).toStrictEqual([
        err("logistics.company", "text.tooLong", { max: 40 }),
        err("logistics.invoiceNumber", "text.tooLong", { max: 100 }),
        err("logistics.sentAt", "date.invalid"),
        err("products", "required"),
      ]);
      expect(rules((r) => r.escrow({ ...shipment, logistics: { company: "가".repeat(40), invoiceNumber: "1".repeat(100), sentAt: 1 }, products: "p" }))).toStrictEqual([err("logistics.sentAt", "date.invalid"), err("products", "required")]);
      expect(rules((r) => r.escrow({ paymentId: "p".repeat(41), ...{ sender: party, receiver: party, logistics: shipment.logistics, products: [1] } }))).toStrictEqual([err("paymentId", "id.tooLong", { max: 40, actual: 41 })]);
    });
  });
});

describe("a call: PortOne's failures translated", () => {
  const caller = (report = vi.fn()) => createCaller({ secret: "call-secret-77", timeoutMs: 200, report, pack: ko });
  const failed = async (error: unknown, mutates = true) => {
    const { run } = caller();
    return run("payWithBillingKey", new ServerRules(), () => Promise.reject(error), mutates).then(
      () => null,
      (e: unknown) => e as InicisServerError,
    );
  };

  it("an answer that is not JSON is INVALID_RESPONSE", async () => {
    expect(await failed(new SyntaxError("Unexpected token < in JSON"))).toMatchObject({ kind: "api", code: "INVALID_RESPONSE", operation: "payWithBillingKey", message: "[react-portone-inicis/server] payWithBillingKey: PortOne answered with something that is not JSON." });
  });
  it("a failed fetch is NETWORK_ERROR; anything else is UNKNOWN_ERROR", async () => {
    expect(await failed(new TypeError("fetch failed"))).toMatchObject({ kind: "network", code: "NETWORK_ERROR", message: "[react-portone-inicis/server] payWithBillingKey: Could not reach PortOne (the connection failed or was closed)." });
    for (const e of [new Error("boom"), "boom", null, undefined, { data: null }, { data: { type: 7 } }]) {
      expect(await failed(e), String(e)).toMatchObject({ kind: "api", code: "UNKNOWN_ERROR", message: "[react-portone-inicis/server] payWithBillingKey: PortOne's call failed for an unknown reason." });
    }
  });
  it("PortOne's typed error keeps its type, and its texts with the secret and card numbers scrubbed", async () => {
    const e = await failed({ data: { type: "PG_PROVIDER", message: "call-secret-77 card 4111 1111 1111 1111", pgCode: "V013", pgMessage: "4111111111111111 한도초과 call-secret-77" } });
    expect(e).toBeInstanceOf(InicisServerError);
    expect({ kind: e!.kind, code: e!.code, message: e!.message, pgCode: e!.pgCode, pgMessage: e!.pgMessage }).toStrictEqual({
      kind: "api",
      code: "PG_PROVIDER",
      message: "[react-portone-inicis/server] payWithBillingKey: [secret] card ****",
      pgCode: "V013",
      pgMessage: "**** 한도초과 [secret]",
    });
    const bare = await failed({ data: { type: "ALREADY_PAID", message: "", pgCode: 1, pgMessage: 2 } });
    expect(bare!.message).toBe("[react-portone-inicis/server] payWithBillingKey: ALREADY_PAID");
    expect(bare!.pgCode).toBeUndefined();
    expect(bare!.pgMessage).toBeUndefined();
  });
  it("our own error passes through as it is", async () => {
    const own = new InicisServerError({ kind: "timeout", code: "TIMEOUT", operation: "x", message: "y" });
    expect(await failed(own)).toBe(own);
  });
  it("a timeout says the outcome is unknown only for a call that changes something", async () => {
    const { run } = caller();
    const hang = () => new Promise<never>(() => undefined);
    await expect(run("verifyPayment", new ServerRules(), hang, false)).rejects.toMatchObject({ kind: "timeout", code: "TIMEOUT", message: "[react-portone-inicis/server] verifyPayment: PortOne did not answer within 200 ms." });
    await expect(run("cancelPayment", new ServerRules(), hang, true)).rejects.toMatchObject({
      message: "[react-portone-inicis/server] cancelPayment: PortOne did not answer within 200 ms. The request may still be carried out: check the payment before retrying.",
    });
  });
  it("invalid input: every error in one sentence each, joined by a space; warnings reported once", async () => {
    const report = vi.fn();
    const { call } = caller(report);
    const r = new ServerRules();
    r.id("paymentId", undefined);
    r.text("orderName", "");
    r.contract("card");
    const e = await call("payInstantly", r, () => Promise.resolve({})).then(
      () => null,
      (x: unknown) => x as InicisServerError,
    );
    expect(e!.message).toBe(`[react-portone-inicis/server] payInstantly: ${e!.issues.map((i) => (i as unknown as { message: string }).message).join(" ")}`);
    expect(e!.issues.map((i) => i.field)).toEqual(["paymentId", "orderName"]);
    expect(report).not.toHaveBeenCalled();
    const ok = new ServerRules();
    ok.contract("card");
    await expect(call("payInstantly", ok, () => Promise.resolve({ done: true }))).resolves.toStrictEqual({ done: true, warnings: [expect.objectContaining({ field: "card", code: "contract.required", severity: "warning" })] });
    expect(report).toHaveBeenCalledOnce();
  });
  it("issueText: the issue's sentence, or its field and code when it has none", () => {
    expect(issueText({ field: "orderName", code: "required", severity: "error", params: {}, message: "주문명을 입력해 주세요." } as never)).toBe("주문명을 입력해 주세요.");
    for (const message of [undefined, "", 12]) expect(issueText({ field: "orderName", code: "required", severity: "error", params: {}, message } as never)).toBe("orderName: required");
  });
});

describe("InicisServerError", () => {
  it("has exactly its own fields, pg ones only when PortOne sent them", () => {
    const e = new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "op", message: "m" });
    expect(e.name).toBe("InicisServerError");
    expect(e.message).toBe("[react-portone-inicis/server] op: m");
    expect({ ...e }).toStrictEqual({ name: "InicisServerError", kind: "invalid", code: "INVALID_INPUT", operation: "op", pgCode: undefined, pgMessage: undefined, issues: [] });
    expect(e.issues).toStrictEqual([]);
    const pg = new InicisServerError({ kind: "api", code: "PG_PROVIDER", operation: "op", message: "m", pgCode: "", pgMessage: "x" });
    expect([pg.pgCode, pg.pgMessage]).toEqual(["", "x"]);
  });
  it("isInicisServerError: an instance, or a copy from another bundle by name", () => {
    expect(isInicisServerError(new InicisServerError({ kind: "api", code: "X", operation: "o", message: "m" }))).toBe(true);
    expect(isInicisServerError({ name: "InicisServerError" })).toBe(true);
    const fn = Object.defineProperty(() => undefined, "name", { value: "InicisServerError" });
    for (const v of [null, undefined, "InicisServerError", { name: "Error" }, new Error("x"), fn]) expect(isInicisServerError(v), String(v)).toBe(false);
  });
});

describe("the wire", () => {
  it("amountOf: a number becomes { total }, the object form goes as given", () => {
    expect(amountOf(1000)).toStrictEqual({ total: 1000 });
    const parts = { total: 11000, taxFree: 0, vat: 1000 };
    expect(amountOf(parts)).toBe(parts);
  });
  it("customDataOf: a string as is, anything else as JSON, nothing when absent", () => {
    expect(customDataOf("order-7")).toBe("order-7");
    expect(customDataOf({ orderId: 7 })).toBe('{"orderId":7}');
    expect(customDataOf(7)).toBe("7");
    expect(customDataOf(undefined)).toBeUndefined();
  });
  it("cashReceiptOf: NO_RECEIPT alone, the others with the number as digits", () => {
    expect(cashReceiptOf(undefined)).toBeUndefined();
    expect(cashReceiptOf({ type: "NO_RECEIPT" })).toStrictEqual({ type: "NO_RECEIPT" });
    expect(cashReceiptOf({ type: "PERSONAL", customerIdentityNumber: "010-1234-0000" })).toStrictEqual({ type: "PERSONAL", customerIdentityNumber: "01012340000" });
  });
  it("instantMethodOf: exactly the fields of the API, a validHours or a dueDate, a FIXED account or NORMAL", () => {
    const base = { bank: "SHINHAN" as const, option: { type: "NORMAL" as const } };
    expect(instantMethodOf(undefined, { ...base, expiry: { validHours: 24 } })).toStrictEqual({ virtualAccount: { bank: "SHINHAN", expiry: { validHours: 24 }, option: { type: "NORMAL" }, cashReceipt: undefined, remitteeName: undefined } });
    expect(instantMethodOf(undefined, { ...base, expiry: { dueDate: new Date("2026-12-01T00:00:00Z") } }).virtualAccount!.expiry).toStrictEqual({ dueDate: "2026-12-01T00:00:00.000Z" });
    expect(instantMethodOf(undefined, { ...base, expiry: { dueDate: "2026-12-01T09:00:00+09:00" } }).virtualAccount!.expiry).toStrictEqual({ dueDate: "2026-12-01T09:00:00+09:00" });
    const fixed = instantMethodOf(undefined, { bank: "SHINHAN", expiry: { validHours: 1 }, option: { type: "FIXED", fixed: { accountNumber: "56211234567890", extra: 1 } as never }, cashReceipt: { type: "NO_RECEIPT" }, remitteeName: "상점" });
    expect(fixed.virtualAccount).toStrictEqual({ bank: "SHINHAN", expiry: { validHours: 1 }, option: { type: "FIXED", fixed: { accountNumber: "56211234567890" } }, cashReceipt: { type: "NO_RECEIPT", customerIdentityNumber: "" }, remitteeName: "상점" });
  });
});

describe("toServerCustomer", () => {
  it("a full name, trimmed", () => {
    expect(toServerCustomer({ fullName: " 홍길동 ", phoneNumber: "+82 10-1234-5678", email: " a@b.co " })).toStrictEqual({ name: { full: "홍길동" }, phoneNumber: "010-1234-5678", email: "a@b.co" });
  });
  it("a separated name: first and last, each trimmed, the missing one empty", () => {
    expect(toServerCustomer({ firstName: " 길동 ", lastName: " 홍 " })).toStrictEqual({ name: { separated: { first: "길동", last: "홍" } } });
    expect(toServerCustomer({ firstName: "길동" })).toStrictEqual({ name: { separated: { first: "길동", last: "" } } });
    expect(toServerCustomer({ lastName: "홍" })).toStrictEqual({ name: { separated: { first: "", last: "홍" } } });
    expect(toServerCustomer({ fullName: "홍길동", firstName: "길동", lastName: "홍" })).toStrictEqual({ name: { full: "홍길동" } });
  });
  it("nothing for what is absent or empty; a phone it cannot normalise is passed on as typed", () => {
    expect(toServerCustomer({})).toStrictEqual({});
    expect(toServerCustomer({ fullName: "", firstName: "", lastName: "", phoneNumber: "", email: "" })).toStrictEqual({});
    expect(toServerCustomer({ phoneNumber: "12" })).toStrictEqual({ phoneNumber: "12" });
  });
});
