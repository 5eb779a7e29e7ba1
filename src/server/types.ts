import type { Common, Payment } from "@portone/server-sdk";
import type { CardCredential } from "../core/card-rules";

/** Buyer of a REST flow, in the server API's shape: `name.full` or `name.separated`, phone and e-mail. */
export type ServerCustomer = Common.CustomerInput;
/** A server-API currency (`KRW`, `USD`, ...). */
export type ServerCurrency = Common.Currency;
/** A server-API bank code (`SHINHAN`, not the browser SDK's `SHINHAN_BANK`). */
export type ServerBank = Common.Bank;
/** A product line of a payment. */
export type ServerProduct = Common.PaymentProduct;

/** An amount: the total as a number, or the server API's `{ total, taxFree?, vat? }`. */
export type AmountInput = number | Common.PaymentAmountInput;

/** Fields every payment flow of the server shares. */
export interface ServerPaymentBase {
  paymentId: string;
  orderName: string;
  amount: AmountInput;
  currency: ServerCurrency;
  customer: ServerCustomer;
  /** Overrides the channel key given to `createInicisServer`. */
  channelKey?: string;
  products?: ServerProduct[];
  noticeUrls?: string[];
  /** Any JSON-serialisable value; sent as a string. */
  customData?: unknown;
}

/** A keyed-in card. */
export interface KeyedInCard {
  credential: CardCredential;
  installmentMonth?: number;
}

/** A virtual account issued by API. Inicis supports only a given account number for `FIXED`. */
export interface KeyedInVirtualAccount {
  bank: ServerBank;
  /** Exactly one: hours from now, or an ISO 8601 due date in the future. */
  expiry: { validHours: number; dueDate?: undefined } | { dueDate: string | Date; validHours?: undefined };
  option: { type: "NORMAL" } | { type: "FIXED"; fixed: { accountNumber: string } };
  cashReceipt?: { type: "PERSONAL" | "CORPORATE" | "NO_RECEIPT"; customerIdentityNumber?: string };
  remitteeName?: string;
}

/** Input of `payInstantly` (keyed-in payment): a card or a virtual account. */
export type PayInstantlyInput = ServerPaymentBase & ({ card: KeyedInCard; virtualAccount?: undefined } | { virtualAccount: KeyedInVirtualAccount; card?: undefined });

/** Input of `issueBillingKey` (API billing key). */
export interface IssueBillingKeyInput {
  customer: ServerCustomer;
  card: { credential: CardCredential };
  channelKey?: string;
  noticeUrls?: string[];
  customData?: unknown;
}

/** Input of `payWithBillingKey`. */
export interface PayWithBillingKeyInput extends ServerPaymentBase {
  billingKey: string;
  installmentMonth?: number;
}

/** Input of `schedulePayment`: PortOne runs the payment at `timeToPay`; this library runs no scheduler. */
export interface SchedulePaymentInput {
  paymentId: string;
  payment: Omit<PayWithBillingKeyInput, "paymentId">;
  timeToPay: Date | string;
}

/** One store of an open-market receipt; Inicis needs the supply / VAT / tax-free split. */
export interface StoreReceiptItem {
  storeBusinessRegistrationNumber: string;
  storeName: string;
  totalAmount: number;
  supplyAmount: number;
  vatAmount: number;
  taxFreeAmount: number;
  currency: ServerCurrency;
}

/** A party of an escrow shipment: Inicis requires name, phone, zipcode and address. */
export interface EscrowParty {
  name: string;
  phoneNumber: string;
  zipcode: string;
  address: Common.SeparatedAddressInput;
}

/** Input of `applyEscrowShipment`. */
export interface EscrowShipmentInput {
  paymentId: string;
  sender: EscrowParty;
  receiver: EscrowParty;
  logistics: Payment.PaymentLogistics;
  products: ServerProduct[];
  sendEmail?: boolean;
}

/** What `verifyPayment` expects the payment to be. */
export interface ExpectedPayment {
  amount: number;
  currency: ServerCurrency;
}

/** A payment as PortOne reports it. */
export type ServerPayment = Payment.Payment;

/** The verdict of `verifyPayment`: fulfil the order only on `paid` (or `virtual-account-issued`, then wait for the deposit webhook). */
export type PaymentVerdict =
  | { verdict: "paid"; payment: ServerPayment }
  | { verdict: "virtual-account-issued"; payment: ServerPayment }
  | { verdict: "amount-mismatch"; expected: ExpectedPayment; actual: { amount: number; currency: string }; payment: ServerPayment }
  | { verdict: "pending"; payment: ServerPayment }
  | { verdict: "failed"; payment: ServerPayment }
  | { verdict: "cancelled"; payment: ServerPayment }
  | { verdict: "partially-cancelled"; payment: ServerPayment }
  | { verdict: "not-found" }
  | { verdict: "unknown"; status: string; payment: ServerPayment };
