import { utf8Length } from "../core/bytes";
import { emailIssue, isAsciiId, isValidAmount, MAX_ID_LENGTH, MAX_NAME_BYTES, normalizePhoneNumber } from "../core/checks";
import { validateCardCredential } from "../core/card-rules";
import { IssueCollector, isPresent, shortText } from "../core/collect";
import type { ValidationIssue } from "../core/types";
import type { AmountInput, EscrowParty, EscrowShipmentInput, KeyedInVirtualAccount, ServerCustomer, ServerPaymentBase, StoreReceiptItem } from "./types";

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});
const INICIS_SERVER_CURRENCIES = ["KRW", "USD"];
const MAX_TEXT = 1000;

/** Validates the parts of a REST request this library knows; every function adds to one collector. */
export class ServerRules {
  readonly out = new IssueCollector();
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

  currency(v: unknown): void {
    if (typeof v !== "string" || !INICIS_SERVER_CURRENCIES.includes(v)) {
      this.out.error("currency", "currency.unsupported", { value: shortText(v, 20), allowed: INICIS_SERVER_CURRENCIES.join(", ") });
    }
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

  paymentBase(p: ServerPaymentBase | unknown): void {
    const i = asObj(p);
    this.id("paymentId", i.paymentId);
    this.text("orderName", i.orderName);
    this.amount("amount", i.amount);
    this.currency(i.currency);
    this.customer(i.customer);
  }

  card(v: unknown, field = "card"): void {
    this.out.addAll(validateCardCredential(asObj(v).credential as never, { fieldPrefix: `${field}.credential` }));
  }

  futureTime(field: string, v: unknown, now: Date): string | null {
    const ms = v instanceof Date ? v.getTime() : typeof v === "string" && v.length < 64 && /^\d{4}-\d{2}-\d{2}T/.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(ms)) {
      this.out.error(field, "date.invalid");
      return null;
    }
    if (ms <= now.getTime()) {
      this.out.error(field, "date.future");
      return null;
    }
    return new Date(ms).toISOString();
  }

  virtualAccount(v: KeyedInVirtualAccount | unknown, now: Date): void {
    const va = asObj(v);
    const f = "virtualAccount";
    if (typeof va.bank !== "string" || !/^[A-Z_]+$/.test(va.bank)) this.out.error(`${f}.bank`, "required");
    else if (/_BANK$/.test(va.bank)) this.out.error(`${f}.bank`, "bank.spelling");
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
    if (va.cashReceipt !== undefined) {
      const cr = asObj(va.cashReceipt);
      if (cr.type !== "PERSONAL" && cr.type !== "CORPORATE" && cr.type !== "NO_RECEIPT") this.out.error(`${f}.cashReceipt.type`, "oneOf", { options: "PERSONAL, CORPORATE, NO_RECEIPT" });
      else if (cr.type !== "NO_RECEIPT" && (typeof cr.customerIdentityNumber !== "string" || !/^\d{10,13}$/.test(cr.customerIdentityNumber))) {
        this.out.error(`${f}.cashReceipt.customerIdentityNumber`, "required");
      }
    }
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
