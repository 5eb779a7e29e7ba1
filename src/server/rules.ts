import { validateCardCredential } from "../core/card-rules";
import { checkAmount, checkCurrency, checkEmail, checkId, checkName, checkPhone, checkTaxPart, checkText, digitsOf, isValidAmount, MAX_TEXT } from "../core/checks";
import { asObj, IssueCollector, isPresent } from "../core/collect";
import { currenciesFor } from "../core/pay-methods";
import type { ValidationIssue } from "../core/types";
import { isServerBank } from "./banks";
import type { AmountInput, EscrowParty, EscrowShipmentInput, KeyedInVirtualAccount, ServerCustomer, ServerPaymentBase, StoreReceiptItem } from "./types";

type Obj = Record<string, unknown>;
/** The currencies KG Inicis takes for a card (USD is for cards only), from the core's pay-method table. */
const INICIS_SERVER_CURRENCIES = currenciesFor("CARD");
const MAX_INT32 = 2 ** 31 - 1;
/** RFC 3339 with its offset: a time without one would be read in the server's own zone. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export { digitsOf };

/**
 * Validates the parts of a REST request this library knows; every function adds to one collector.
 * The Inicis rules themselves (ids, names and bytes, phone, e-mail, amounts, currencies) are the
 * core's, shared with the browser.
 */
export class ServerRules {
  readonly out = new IssueCollector();
  get issues(): ValidationIssue[] {
    return this.out.issues;
  }

  id(field: string, v: unknown): void {
    checkId(this.out, field, v, true);
  }

  text(field: string, v: unknown, max = MAX_TEXT): void {
    checkText(this.out, field, v, max);
  }

  amount(field: string, v: AmountInput | unknown): void {
    if (typeof v === "number" || typeof v !== "object" || v === null) return checkAmount(this.out, field, v);
    const a = v as Obj;
    checkAmount(this.out, `${field}.total`, a.total);
    checkTaxPart(this.out, `${field}.taxFree`, a.taxFree);
    checkTaxPart(this.out, `${field}.vat`, a.vat);
  }

  currency(v: unknown, allowed: readonly string[] = INICIS_SERVER_CURRENCIES, field = "currency"): void {
    checkCurrency(this.out, field, v, allowed, false);
  }

  /** An optional flag; `true` on a contract-only feature adds the `contract.required` warning. */
  flag(field: string, v: unknown, contract = false): void {
    if (v === undefined) return;
    if (typeof v !== "boolean") return this.out.error(field, "type.boolean");
    if (v && contract) this.out.warn(field, "contract.required");
  }

  /** An optional positive int32 (`productCount`, `installmentMonth`). */
  count(field: string, v: unknown): void {
    if (v !== undefined && (!isValidAmount(v) || v > MAX_INT32)) this.out.error(field, "amount.invalid");
  }

  /** A contract-only feature in use (rules section 7). */
  contract(field: string): void {
    this.out.warn(field, "contract.required");
  }

  /** A cash receipt; returns the identity number as digits (dashes and spaces dropped), or undefined. */
  cashReceipt(field: string, v: unknown): string | undefined {
    const cr = asObj(v);
    if (cr.type !== "PERSONAL" && cr.type !== "CORPORATE" && cr.type !== "NO_RECEIPT") {
      this.out.error(`${field}.type`, "oneOf", { options: "PERSONAL, CORPORATE, NO_RECEIPT" });
      return undefined;
    }
    if (cr.type === "NO_RECEIPT") return undefined;
    if (!isPresent(cr.customerIdentityNumber)) {
      this.out.error(`${field}.customerIdentityNumber`, "required");
      return undefined;
    }
    const digits = digitsOf(cr.customerIdentityNumber, 10, 13);
    if (digits === null) this.out.error(`${field}.customerIdentityNumber`, "cashReceipt.identity");
    return digits ?? undefined;
  }

  /** Rules section 3, REST row: `name.full` or `name.separated`, `phoneNumber` and `email`, all required. */
  customer(v: ServerCustomer | unknown, field = "customer"): void {
    const c = asObj(v);
    const name = asObj(c.name);
    const sep = asObj(name.separated);
    const missing = !isPresent(name.full) && !isPresent(sep.first) && !isPresent(sep.last);
    checkName(this.out, { full: missing ? `${field}.name` : `${field}.name.full`, first: `${field}.name.separated.first`, last: `${field}.name.separated.last` }, { full: name.full, first: sep.first, last: sep.last }, true);
    checkPhone(this.out, `${field}.phoneNumber`, c.phoneNumber, true);
    checkEmail(this.out, `${field}.email`, c.email, true);
  }

  paymentBase(p: ServerPaymentBase | unknown, prefix = ""): void {
    const i = asObj(p);
    this.id("paymentId", i.paymentId);
    this.text(`${prefix}orderName`, i.orderName);
    this.amount(`${prefix}amount`, i.amount);
    this.currency(i.currency, INICIS_SERVER_CURRENCIES, `${prefix}currency`);
    this.customer(i.customer, `${prefix}customer`);
    this.count(`${prefix}productCount`, i.productCount);
  }

  /** Keyed-in card data; the owner check (birth date, password digits) is optional on the REST API. */
  card(v: unknown, field: string, now: Date): void {
    this.out.addAll(validateCardCredential(asObj(v).credential as never, { fieldPrefix: `${field}.credential`, requireOwnerCheck: false, now }));
  }

  /** The card options of a payment: installments, and the two that need a contract. */
  cardOptions(v: unknown, prefix = ""): void {
    const o = asObj(v);
    this.count(`${prefix}installmentMonth`, o.installmentMonth);
    this.flag(`${prefix}useFreeInterestFromMerchant`, o.useFreeInterestFromMerchant, true);
    this.flag(`${prefix}useCardPoint`, o.useCardPoint, true);
  }

  /** An RFC 3339 time (with offset) or a Date, in the future; returns what to send (a string as given), or null. */
  futureTime(field: string, v: unknown, now: Date): string | null {
    const ms = v instanceof Date ? v.getTime() : typeof v === "string" && v.length < 64 && RFC3339.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(ms)) {
      this.out.error(field, "date.invalid");
      return null;
    }
    if (ms <= now.getTime()) {
      this.out.error(field, "date.future");
      return null;
    }
    return typeof v === "string" ? v : new Date(ms).toISOString();
  }

  /** A bank of the server API's `Bank` list (`SHINHAN`, `K_BANK`; not the browser SDK's `SHINHAN_BANK`). */
  bank(field: string, v: unknown): void {
    if (typeof v !== "string" || v === "") this.out.error(field, "required");
    else if (!isServerBank(v)) this.out.error(field, "bank.spelling");
  }

  virtualAccount(v: KeyedInVirtualAccount | unknown, now: Date, f = "virtualAccount"): void {
    const va = asObj(v);
    this.bank(`${f}.bank`, va.bank);
    const expiry = asObj(va.expiry);
    const hasHours = expiry.validHours !== undefined;
    const hasDue = expiry.dueDate !== undefined;
    if (hasHours === hasDue) this.out.error(`${f}.expiry`, "oneOf", { options: "validHours, dueDate" });
    else if (hasHours && !isValidAmount(expiry.validHours)) this.out.error(`${f}.expiry.validHours`, "amount.invalid");
    else if (hasDue) this.futureTime(`${f}.expiry.dueDate`, expiry.dueDate, now);
    const option = asObj(va.option);
    if (option.type === "FIXED") {
      const account = asObj(option.fixed).accountNumber;
      if (typeof account !== "string" || !/^\d{6,20}$/.test(account)) this.out.error(`${f}.option.fixed.accountNumber`, "required");
    } else if (option.type !== "NORMAL") this.out.error(`${f}.option.type`, "oneOf", { options: "NORMAL, FIXED" });
    if (va.cashReceipt !== undefined) this.cashReceipt(`${f}.cashReceipt`, va.cashReceipt);
  }

  /** The buyer's account a refund goes to; returns the account number as digits. */
  refundAccount(v: unknown, f = "refundAccount"): string | undefined {
    const a = asObj(v);
    this.bank(`${f}.bank`, a.bank);
    const number = digitsOf(a.number, 6, 20);
    if (!isPresent(a.number)) this.out.error(`${f}.number`, "required");
    else if (number === null) this.out.error(`${f}.number`, "account.number");
    this.text(`${f}.holderName`, a.holderName, 100);
    if (a.holderPhoneNumber !== undefined) checkPhone(this.out, `${f}.holderPhoneNumber`, a.holderPhoneNumber, true);
    return number ?? undefined;
  }

  /** What can be checked about a refund before asking PortOne anything. */
  cancel(input: unknown): void {
    const i = asObj(input);
    this.id("paymentId", i.paymentId);
    this.text("reason", i.reason);
    if (i.requester !== undefined && i.requester !== "CUSTOMER" && i.requester !== "ADMIN") this.out.error("requester", "oneOf", { options: "CUSTOMER, ADMIN" });
    if (i.amount !== undefined) checkAmount(this.out, "amount", i.amount);
    checkTaxPart(this.out, "taxFreeAmount", i.taxFreeAmount);
    checkTaxPart(this.out, "vatAmount", i.vatAmount);
    const given = i.currentCancellableAmount;
    if (given !== undefined && (typeof given !== "number" || !Number.isSafeInteger(given) || given < 0)) this.out.error("currentCancellableAmount", "amount.invalid");
    else if (typeof given === "number") this.refundable(i.amount, given);
    if (i.refundAccount !== undefined) this.refundAccount(i.refundAccount);
    this.flag("skipWebhook", i.skipWebhook);
  }

  /** A refund of `amount` (the rest when undefined) out of `cancellable`. */
  refundable(amount: unknown, cancellable: number): void {
    if (cancellable <= 0) this.out.error("amount", "cancel.exceeds", { amount: typeof amount === "number" ? amount : 0, cancellable });
    else if (typeof amount === "number" && amount > cancellable) this.out.error("amount", "cancel.exceeds", { amount, cancellable });
  }

  receiptItems(items: StoreReceiptItem[] | unknown): void {
    if (!Array.isArray(items) || items.length === 0) return this.out.error("items", "required");
    items.forEach((raw: unknown, n) => {
      const item = asObj(raw);
      const f = `items[${n}]`;
      if (digitsOf(item.storeBusinessRegistrationNumber, 10, 10) === null) {
        this.out.error(`${f}.storeBusinessRegistrationNumber`, "inicis.digits", { min: 10, max: 10 });
      }
      this.text(`${f}.storeName`, item.storeName, 200);
      this.currency(item.currency);
      let ok = true;
      for (const key of ["totalAmount", "supplyAmount", "vatAmount", "taxFreeAmount"]) {
        const v = item[key];
        if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0 || (key === "totalAmount" && v === 0)) {
          this.out.error(`${f}.${key}`, v === undefined ? "required" : "amount.invalid");
          ok = false;
        }
      }
      if (ok) {
        const { totalAmount, supplyAmount, vatAmount, taxFreeAmount } = item as unknown as StoreReceiptItem;
        const sum = supplyAmount + vatAmount + taxFreeAmount;
        if (sum !== totalAmount) this.out.error(f, "receipt.sum", { supply: supplyAmount, vat: vatAmount, taxFree: taxFreeAmount, sum, total: totalAmount });
      }
    });
  }

  escrow(input: EscrowShipmentInput | unknown): void {
    const i = asObj(input);
    this.id("paymentId", i.paymentId);
    for (const role of ["sender", "receiver"] as const) {
      const party = asObj(i[role]) as Partial<EscrowParty> & Obj;
      this.text(`${role}.name`, party.name, 100);
      checkPhone(this.out, `${role}.phoneNumber`, party.phoneNumber, true);
      if (typeof party.zipcode !== "string" || !/^\d{5}$/.test(party.zipcode)) this.out.error(`${role}.zipcode`, "inicis.digits", { min: 5, max: 5 });
      const address = asObj(party.address);
      this.text(`${role}.address.addressLine1`, address.addressLine1, 300);
      if (typeof address.addressLine2 !== "string") this.out.error(`${role}.address.addressLine2`, "type.string");
    }
    const logistics = asObj(i.logistics);
    this.text("logistics.company", logistics.company, 40);
    this.text("logistics.invoiceNumber", logistics.invoiceNumber, 100);
    if (typeof logistics.sentAt !== "string" || Number.isNaN(Date.parse(logistics.sentAt))) this.out.error("logistics.sentAt", "date.invalid");
    if (!Array.isArray(i.products) || i.products.length === 0) this.out.error("products", "required");
  }
}
