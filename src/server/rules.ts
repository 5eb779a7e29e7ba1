import { emailIssue, MAX_NAME_BYTES, normalizePhoneNumber } from "../core/buyer-rules";
import { utf8Length } from "../core/bytes";
import { validateCardCredential } from "../core/card-rules";
import { IssueCollector, isPresent, shortText } from "../core/collect";
import { isAsciiId, MAX_ID_LENGTH } from "../core/ids";
import { isValidAmount } from "../core/request-rules";
import type { MessageLocale, ValidationIssue } from "../core/types";
import type { AmountInput, EscrowParty, EscrowShipmentInput, KeyedInVirtualAccount, ServerCustomer, ServerPaymentBase, StoreReceiptItem } from "./types";

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});
const INICIS_SERVER_CURRENCIES = ["KRW", "USD"];
const MAX_TEXT = 1000;
const MAX_INT32 = 2 ** 31 - 1;
/** RFC 3339 with its offset: a time without one would be read in the server's own zone. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;
/** Separators people type inside numbers: ASCII and Unicode hyphens, spaces. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uFF0D]/g;

/** Digits of a number typed with separators (`010-1234-5678`, `123-45-67890`), or null when anything else is in it. */
export function digitsOf(v: unknown, min: number, max: number): string | null {
  if (typeof v !== "string" || v.length > 64) return null;
  const digits = v.replace(SEPARATORS, "");
  return new RegExp(`^\\d{${min},${max}}$`).test(digits) ? digits : null;
}

/** Validates the parts of a REST request this library knows; every function adds to one collector. */
export class ServerRules {
  readonly out: IssueCollector;
  constructor(locale: MessageLocale) {
    this.out = new IssueCollector(locale);
  }
  get issues(): ValidationIssue[] {
    return this.out.issues;
  }

  id(field: string, v: unknown): void {
    if (typeof v !== "string" || v === "") return this.out.error(field, "required");
    if (!isAsciiId(v)) this.out.error(field, "id.format");
    if (v.length > MAX_ID_LENGTH) this.out.error(field, "id.tooLong", { max: MAX_ID_LENGTH, actual: v.length });
  }

  text(field: string, v: unknown, max = MAX_TEXT): void {
    if (typeof v !== "string" || v.trim() === "") return this.out.error(field, "required");
    if (v.length > max) this.out.error(field, "text.tooLong", { max });
  }

  amount(field: string, v: AmountInput | unknown): void {
    if (typeof v === "number" || typeof v !== "object" || v === null) {
      if (!isValidAmount(v)) this.out.error(field, "amount.invalid");
      return;
    }
    const a = v as Obj;
    if (!isValidAmount(a.total)) this.out.error(`${field}.total`, "amount.invalid");
    for (const part of ["taxFree", "vat"]) {
      const p = a[part];
      if (p !== undefined && (typeof p !== "number" || !Number.isSafeInteger(p) || p < 0)) this.out.error(`${field}.${part}`, "amount.invalid");
      else if (p !== undefined) this.out.warn(`${field}.${part}`, "contract.required");
    }
  }

  currency(v: unknown, allowed = INICIS_SERVER_CURRENCIES, field = "currency"): void {
    if (typeof v !== "string" || !allowed.includes(v)) {
      this.out.error(field, "currency.unsupported", { value: shortText(v, 20), allowed: allowed.join(", ") });
    }
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
    const full = name.full;
    const sep = asObj(name.separated);
    const hasFull = isPresent(full);
    const hasSep = isPresent(sep.first) || isPresent(sep.last);
    if (hasFull && hasSep) this.out.error(`${field}.name`, "oneOf", { options: "name.full, name.separated" });
    else if (!hasFull && !hasSep) this.out.error(`${field}.name`, "required");
    else if (hasSep && (!isPresent(sep.first) || !isPresent(sep.last))) this.out.error(`${field}.name.separated`, "name.incomplete");
    const nameText = hasFull ? shortText(full, 200) : `${shortText(sep.last ?? "", 100)}${shortText(sep.first ?? "", 100)}`;
    if ((hasFull && typeof full !== "string") || utf8Length(nameText) > MAX_NAME_BYTES) this.out.error(`${field}.name`, "name.tooLong", { max: MAX_NAME_BYTES });
    if (!isPresent(c.phoneNumber)) this.out.error(`${field}.phoneNumber`, "required");
    else if (typeof c.phoneNumber !== "string" || normalizePhoneNumber(c.phoneNumber) === null) this.out.error(`${field}.phoneNumber`, "phone.format");
    if (!isPresent(c.email)) this.out.error(`${field}.email`, "required");
    else {
      const code = typeof c.email === "string" ? emailIssue(c.email) : "email.format";
      if (code) this.out.error(`${field}.email`, code);
    }
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
    this.out.addAll(validateCardCredential(asObj(v).credential as never, { locale: this.out.locale, fieldPrefix: `${field}.credential`, requireOwnerCheck: false, now }));
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

  /** A bank of the server API (`SHINHAN`, not the browser SDK's `SHINHAN_BANK`). */
  bank(field: string, v: unknown): void {
    if (typeof v !== "string" || !/^[A-Z_]+$/.test(v)) this.out.error(field, "required");
    else if (/_BANK$/.test(v)) this.out.error(field, "bank.spelling");
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
    if (a.holderPhoneNumber !== undefined && (typeof a.holderPhoneNumber !== "string" || normalizePhoneNumber(a.holderPhoneNumber) === null)) {
      this.out.error(`${f}.holderPhoneNumber`, "phone.format");
    }
    return number ?? undefined;
  }

  /** What can be checked about a refund before asking PortOne anything. */
  cancel(input: unknown): void {
    const i = asObj(input);
    this.id("paymentId", i.paymentId);
    this.text("reason", i.reason);
    if (i.requester !== undefined && i.requester !== "CUSTOMER" && i.requester !== "ADMIN") this.out.error("requester", "oneOf", { options: "CUSTOMER, ADMIN" });
    if (i.amount !== undefined && !isValidAmount(i.amount)) this.out.error("amount", "amount.invalid");
    for (const part of ["taxFreeAmount", "vatAmount"]) {
      const p = i[part];
      if (p === undefined) continue;
      if (typeof p !== "number" || !Number.isSafeInteger(p) || p < 0) this.out.error(part, "amount.invalid");
      else this.contract(part);
    }
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
      if (typeof item.storeBusinessRegistrationNumber !== "string" || !/^\d{10}$/.test(item.storeBusinessRegistrationNumber.replace(/-/g, ""))) {
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
      if (!isPresent(party.phoneNumber)) this.out.error(`${role}.phoneNumber`, "required");
      else if (typeof party.phoneNumber !== "string" || normalizePhoneNumber(party.phoneNumber) === null) this.out.error(`${role}.phoneNumber`, "phone.format");
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
