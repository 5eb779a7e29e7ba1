// From this library's inputs to the server SDK's request shapes. Only known fields are copied, so
// nothing a caller adds by accident (or on purpose) reaches PortOne.
import type { Common, Payment } from "@portone/server-sdk";
import { digitsOf } from "./rules";
import type { AmountInput, CashReceiptInput, KeyedInCard, KeyedInVirtualAccount, PayWithBillingKeyInput } from "./types";

/** `39000` or `{ total, taxFree?, vat? }` as the API's amount. */
export function amountOf(a: AmountInput): Common.PaymentAmountInput {
  return typeof a === "number" ? { total: a } : a;
}

/** Any JSON-serialisable value as the API's `customData` string. */
export function customDataOf(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** A cash receipt with its identity number as digits (the guide writes `010-1234-0000`). */
export function cashReceiptOf(cr: CashReceiptInput | undefined): Common.CashReceiptInput | undefined {
  if (!cr) return undefined;
  return cr.type === "NO_RECEIPT" ? { type: cr.type } : { type: cr.type, customerIdentityNumber: digitsOf(cr.customerIdentityNumber, 10, 13) ?? "" };
}

/** The five fields of a keyed-in card. */
export function credentialOf(card: { credential: KeyedInCard["credential"] }): Common.CardCredential {
  const c = card.credential;
  return { number: c.number, expiryYear: c.expiryYear, expiryMonth: c.expiryMonth, birthOrBusinessRegistrationNumber: c.birthOrBusinessRegistrationNumber, passwordTwoDigits: c.passwordTwoDigits };
}

/** The `method` of a keyed-in payment; a due date given as a string is sent as given. */
export function instantMethodOf(card: KeyedInCard | undefined, va: KeyedInVirtualAccount | undefined): Payment.InstantPaymentMethodInput {
  if (card) {
    return { card: { credential: credentialOf(card), installmentMonth: card.installmentMonth, useFreeInterestFromMerchant: card.useFreeInterestFromMerchant, useCardPoint: card.useCardPoint } };
  }
  const v = va!;
  const due = v.expiry.dueDate;
  return {
    virtualAccount: {
      bank: v.bank,
      expiry: v.expiry.validHours !== undefined ? { validHours: v.expiry.validHours } : { dueDate: typeof due === "string" ? due : due!.toISOString() },
      option: v.option.type === "FIXED" ? { type: "FIXED", fixed: { accountNumber: v.option.fixed.accountNumber } } : { type: "NORMAL" },
      cashReceipt: v.cashReceipt ? { type: v.cashReceipt.type, customerIdentityNumber: cashReceiptOf(v.cashReceipt)?.customerIdentityNumber ?? "" } : undefined,
      remitteeName: v.remitteeName,
    },
  };
}

/** A billing-key payment (charged now, or by PortOne's schedule). */
export function billingKeyPaymentOf(p: Omit<PayWithBillingKeyInput, "paymentId">, channelKey: string | undefined): Common.BillingKeyPaymentInput {
  return {
    billingKey: p.billingKey,
    channelKey,
    orderName: p.orderName,
    customer: p.customer,
    customData: customDataOf(p.customData),
    amount: amountOf(p.amount),
    currency: p.currency,
    installmentMonth: p.installmentMonth,
    useFreeInterestFromMerchant: p.useFreeInterestFromMerchant,
    useCardPoint: p.useCardPoint,
    cashReceipt: cashReceiptOf(p.cashReceipt),
    products: p.products,
    productCount: p.productCount,
    noticeUrls: p.noticeUrls,
  };
}
