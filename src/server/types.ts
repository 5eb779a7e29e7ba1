import type { Common, Payment, Webhook } from "@portone/server-sdk";
import type { CardCredential } from "../core/card-rules";
import type { VirtualAccountInstructions } from "../core/verify-contract";
import type { LocalizedIssue, MessageLocale } from "../core/types";

/** Buyer of a REST flow, in the server API's shape: `name.full` or `name.separated`, phone and e-mail. */
export type ServerCustomer = Common.CustomerInput;
/** A server-API currency (`KRW`, `USD`, ...). */
export type ServerCurrency = Common.Currency;
/** A server-API bank code (`SHINHAN`, not the browser SDK's `SHINHAN_BANK`). */
export type ServerBank = Common.Bank;
/** A product line of a payment. */
export type ServerProduct = Common.PaymentProduct;

/** An amount: the total as a number, or the server API's `{ total, taxFree?, vat? }` (tax-free and VAT need a contract). */
export type AmountInput = number | Common.PaymentAmountInput;

/** A result of the server SDK plus the warnings of the call (features that need a contract with KG Inicis, fields Inicis ignores). */
export type WithWarnings<T> = T & {
  /** Never an error: what the request does that you should know about. Also passed to `onWarning`. */
  warnings: LocalizedIssue[];
};

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
  /** How many products the order holds (a positive whole number). */
  productCount?: number;
  noticeUrls?: string[];
  /** Any JSON-serialisable value; sent as a string. */
  customData?: unknown;
}

/** A keyed-in card. Owner check fields are optional, as in the guide and the SDK. */
export interface KeyedInCard {
  credential: CardCredential;
  installmentMonth?: number;
  /** The merchant pays the interest of an interest-free installment (상점분담무이자): needs a contract. */
  useFreeInterestFromMerchant?: boolean;
  /** Pay with card points: needs a contract. */
  useCardPoint?: boolean;
}

/** A cash receipt: `customerIdentityNumber` may carry dashes (`010-1234-5678`, `123-45-67890`); digits are sent. */
export interface CashReceiptInput {
  type: "PERSONAL" | "CORPORATE" | "NO_RECEIPT";
  /** Phone or resident registration number (PERSONAL), business registration number (CORPORATE); not for NO_RECEIPT. */
  customerIdentityNumber?: string;
}

/** A virtual account issued by API (KRW only). Inicis supports only a given account number for `FIXED`. */
export interface KeyedInVirtualAccount {
  bank: ServerBank;
  /** Exactly one: hours from now, or an RFC 3339 due date in the future (a string is sent as given). */
  expiry: { validHours: number; dueDate?: undefined } | { dueDate: string | Date; validHours?: undefined };
  option: { type: "NORMAL" } | { type: "FIXED"; fixed: { accountNumber: string } };
  cashReceipt?: CashReceiptInput;
  remitteeName?: string;
}

/** The keyed-in method, spelled either way: our `card` / `virtualAccount`, or the REST API's own `method: { card }` / `method: { virtualAccount }`. */
export type KeyedInMethod =
  | { card: KeyedInCard; virtualAccount?: undefined; method?: undefined }
  | { virtualAccount: KeyedInVirtualAccount; card?: undefined; method?: undefined }
  | { method: { card: KeyedInCard; virtualAccount?: undefined } | { virtualAccount: KeyedInVirtualAccount; card?: undefined }; card?: undefined; virtualAccount?: undefined };

/** Input of `payInstantly` (keyed-in payment): a card (KRW or USD) or a virtual account (KRW). Needs a contract with Inicis. */
export type PayInstantlyInput = ServerPaymentBase &
  KeyedInMethod & {
    /** An escrow payment: needs a contract (without one it comes back as a plain payment). */
    isEscrow?: boolean;
  };

/** Input of `issueBillingKey` (API billing key): `card: { credential }` or the REST API's `method: { card: { credential } }`. */
export type IssueBillingKeyInput = {
  customer: ServerCustomer;
  channelKey?: string;
  noticeUrls?: string[];
  customData?: unknown;
} & ({ card: { credential: CardCredential }; method?: undefined } | { method: { card: { credential: CardCredential } }; card?: undefined });

/** Input of `payWithBillingKey` (a card billing key: KRW or USD). */
export interface PayWithBillingKeyInput extends ServerPaymentBase {
  billingKey: string;
  installmentMonth?: number;
  /** The merchant pays the interest of an interest-free installment (상점분담무이자): needs a contract. */
  useFreeInterestFromMerchant?: boolean;
  /** Pay with card points: needs a contract. */
  useCardPoint?: boolean;
  cashReceipt?: CashReceiptInput;
}

/** Input of `schedulePayment`: PortOne runs the payment at `timeToPay`; this library runs no scheduler. */
export interface SchedulePaymentInput {
  paymentId: string;
  payment: Omit<PayWithBillingKeyInput, "paymentId">;
  /** A `Date`, or an RFC 3339 time with its offset (`2026-12-01T09:00:00+09:00`), sent as given. */
  timeToPay: Date | string;
}

/** Who asked for a refund, in the server SDK's spelling. */
export type CancelRequesterInput = "CUSTOMER" | "ADMIN";

/** The buyer's bank account a refund is sent to (a virtual-account payment, or a phone payment refunded after its month). */
export interface RefundAccountInput {
  bank: ServerBank;
  /** Digits; dashes and spaces are removed before sending. */
  number: string;
  holderName: string;
  holderPhoneNumber?: string;
}

/** Input of `cancelPayment`: a full refund (no `amount`) or a partial one. */
export interface CancelPaymentInput {
  paymentId: string;
  /** Why; required and shown in PortOne's console. */
  reason: string;
  requester?: CancelRequesterInput;
  /** The amount to refund; the whole remaining amount when omitted. */
  amount?: number;
  /** Of `amount`, the tax-free part (needs a contract). */
  taxFreeAmount?: number;
  /** Of `amount`, the VAT (needs a contract). */
  vatAmount?: number;
  /** Required for a paid virtual account; for a phone payment it means a next-month refund (needs a contract). */
  refundAccount?: RefundAccountInput;
  /**
   * The refundable amount you expect (from your own ledger); PortOne refuses the refund when it
   * no longer matches, so two concurrent refunds can never both succeed. By default it is read
   * from PortOne just before the refund (total minus cancelled) when the payment had no discount;
   * with a card-company, promotion or easy-pay discount PortOne documents no formula, so it is left
   * out unless you give it (PortOne then refunds without that check).
   */
  currentCancellableAmount?: number;
  /** Ask PortOne not to send the cancellation webhook. */
  skipWebhook?: boolean;
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

/** Input of `verifyPayment`. */
export interface VerifyPaymentInput {
  paymentId: string;
  expected: ExpectedPayment;
  /** Accept a payment made on a TEST channel (development only); overrides the server option. */
  allowTestChannel?: boolean;
}

/** A payment as PortOne reports it. */
export type ServerPayment = Payment.Payment;

/**
 * The verdict of `verifyPayment`: fulfil the order only on `paid`. `virtual-account-issued` is not
 * paid: an account awaits the buyer's deposit (`virtualAccount` holds what to show them), and the
 * deposit arrives later as a `Transaction.Paid` webhook. `test-channel` means the payment went
 * through a TEST channel: no money moved, whatever its status says. `other-store`: PortOne's record
 * belongs to `storeId` (another store than the configured `expectedStoreId`): not this store's money.
 */
export type PaymentVerdict =
  | { verdict: "paid"; payment: Payment.PaidPayment }
  | { verdict: "virtual-account-issued"; payment: Payment.VirtualAccountIssuedPayment; virtualAccount?: VirtualAccountInstructions }
  | { verdict: "other-store"; storeId: string; expectedStoreId: string; payment: ServerPayment }
  | { verdict: "amount-mismatch"; expected: ExpectedPayment; actual: { amount: number; currency: string }; payment: ServerPayment }
  | { verdict: "test-channel"; payment: ServerPayment }
  | { verdict: "pending"; payment: ServerPayment }
  | { verdict: "failed"; payment: ServerPayment }
  | { verdict: "cancelled"; payment: ServerPayment }
  | { verdict: "partially-cancelled"; payment: ServerPayment }
  | { verdict: "not-found" }
  | { verdict: "unknown"; status: string; payment: ServerPayment };

/** The merchant's own record of an order: what the payment must be. */
export interface ExpectedOrder {
  amount: number;
  currency: "KRW" | "USD";
}

/** A payment PortOne's record says is paid, for this store, matching its order: what `onPaid` receives. */
export interface PaidOrder {
  paymentId: string;
  /** What `findOrder` returned for it. */
  order: ExpectedOrder;
  /** PortOne's record (status `PAID`), fetched from the configured store for this call. */
  payment: Payment.PaidPayment;
  /** What led to the check: the browser's `verify` POST, or PortOne's `Transaction.Paid` webhook. */
  source: "verify" | "webhook";
}

/** @deprecated What the deprecated `onVerified` receives: a {@link PaidOrder} with `verdict: "paid"`. Use `onPaid`. */
export interface VerifiedPayment extends PaidOrder {
  verdict: "paid";
}

/** Options of `createInicisServer(...).handlers(...)`. */
export interface InicisHandlersOptions {
  /** The order a payment id belongs to (what it must cost), or null when there is none. */
  findOrder: (paymentId: string) => ExpectedOrder | null | Promise<ExpectedOrder | null>;
  /**
   * Fulfil the order here. Called when PortOne's record says `PAID`, for the configured store,
   * with the order's amount and currency, by whichever comes first, and again by the others: the
   * browser's `verify` (every POST, replays included) and PortOne's `Transaction.Paid` webhook
   * (the handler re-fetches the payment from PortOne and compares it with `findOrder`'s order
   * first, as PortOne's webhook guide does; a virtual account's deposit arrives this way).
   *
   * So one payment reaches it more than once, in this process and in your other processes: it
   * must be **atomic and idempotent by `paymentId`**, for example one
   * `UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending' RETURNING id`, and
   * ship or e-mail only when that returned a row. The handlers handle each `webhook-id` once per
   * process (PortOne retries up to five times); that saves work, while your atomic update is what
   * makes fulfilment happen exactly once. Throwing answers 500: the browser sees `server-error`,
   * PortOne sends the webhook again.
   */
  onPaid?: (paid: PaidOrder) => void | Promise<void>;
  /** @deprecated The former name of `onPaid`, called exactly as it is (with `verdict: "paid"` added). Give one of the two. */
  onVerified?: (payment: VerifiedPayment) => void | Promise<void>;
  /** The webhook secret from the PortOne console (`whsec_...`); the `webhook` handler answers 500 without it. */
  webhookSecret?: string;
  /**
   * Called with each verified webhook event of the current version (after a `Transaction.Paid`
   * has been checked and `onPaid` has run), once per `webhook-id` in this process; throwing
   * answers 500, so PortOne sends it again. Payloads of the console's older version
   * (`{ payment_id, tx_id, status }`) are checked the same way but never reach it.
   */
  onWebhook?: (event: Webhook.Webhook) => void | Promise<void>;
  /** Called with what went wrong whenever a handler answers 5xx (log it; it holds no secret or card data). */
  onError?: (error: unknown) => void;
}

/** A Fetch-standard route handler: a Next.js App Router `POST` export, a Hono/Deno/Bun/Workers handler, or Node via `toNodeHandler`. */
export type RouteHandler = (request: Request) => Promise<Response>;

/** The two route handlers of {@link InicisHandlersOptions}. */
export interface InicisHandlers {
  /**
   * POST `{ paymentId, txId? }` from the browser after a payment (PayButton's `onSuccess`, or the
   * mobile redirect page): looks the order up with `findOrder`, asks PortOne, and answers with a
   * `VerifyResponseBody`. `txId` is accepted as the browser SDK returns it; the verdict rests
   * on PortOne's record alone.
   */
  verify: RouteHandler;
  /**
   * PortOne's webhook: checks the signature on the raw body, handles each `webhook-id` once per
   * process, re-fetches a `Transaction.Paid` payment and fulfils it through `onPaid` when it is
   * paid and matches the order, then calls `onWebhook`; answers with a `WebhookResponseBody`.
   */
  webhook: RouteHandler;
}

/** Options of {@link createInicisServer}. */
export interface InicisServerOptions {
  /** Your PortOne V2 API secret. Keep it on the server. */
  secret: string;
  /**
   * Your store (`store-...`). Every lookup and refund is scoped to it, and a payment whose record
   * belongs to another store is refused (`other-store`, or `OTHER_STORE` from `cancelPayment`).
   * Without it PortOne uses the API secret's own store and the record's store is not compared.
   */
  storeId?: string;
  /** The KG Inicis channel key used when a call names none. */
  channelKey?: string;
  /** PortOne's API by default; point it elsewhere for tests. */
  baseUrl?: string;
  /** Give up waiting for PortOne after this long; 15 seconds by default. */
  timeoutMs?: number;
  /** Language of validation messages; Korean by default. */
  locale?: MessageLocale;
  /** The clock for "in the future" and card-expiry checks; now by default. */
  now?: () => Date;
  /**
   * Called with each warning of a call (a feature that needs a contract with KG Inicis, a field
   * Inicis ignores) before the request goes out. Without it each distinct warning is printed
   * once with `console.warn`. The same warnings are on every result as `warnings`.
   */
  onWarning?: (issue: LocalizedIssue) => void;
  /**
   * Let `verifyPayment` (and the `verify` handler) accept payments made on a TEST channel.
   * Off by default: channel keys ship to browsers, so a test key of your store could otherwise
   * turn an order "paid" with no money moved. Turn it on in development only.
   */
  allowTestChannel?: boolean;
}

/** Input of {@link InicisServer.verifyWebhook}. */
export interface VerifyWebhookInput {
  /** The request body exactly as received (not parsed and re-serialised). */
  rawBody: string | Uint8Array;
  headers: Record<string, string | string[] | undefined>;
  /** The webhook secret from the PortOne console (`whsec_...`). */
  webhookSecret: string;
}

/** The REST flows of KG Inicis on PortOne V2, checked against Inicis' rules before any request. */
export interface InicisServer {
  /** Keyed-in payment (`POST /payments/{paymentId}/instant`) with a card or a virtual account. Needs a contract with Inicis (always warned). */
  payInstantly(input: PayInstantlyInput): Promise<WithWarnings<Payment.PayInstantlyResponse>>;
  /** API billing key (`POST /billing-keys`) from card data. Needs a contract with Inicis (always warned). */
  issueBillingKey(input: IssueBillingKeyInput): Promise<WithWarnings<Payment.BillingKey.IssueBillingKeyResponse>>;
  /** Charge a billing key (`POST /payments/{paymentId}/billing-key`). */
  payWithBillingKey(input: PayWithBillingKeyInput): Promise<WithWarnings<Payment.PayWithBillingKeyResponse>>;
  /** Have PortOne charge a billing key at `timeToPay` (`POST /payments/{paymentId}/schedule`). */
  schedulePayment(input: SchedulePaymentInput): Promise<WithWarnings<Payment.PaymentSchedule.CreatePaymentScheduleResponse>>;
  /**
   * Refund a payment, fully or partly (`POST /payments/{paymentId}/cancel`). Reads the payment
   * from the configured store first and, when it had no discount, sends its refundable amount as
   * `currentCancellableAmount`, so PortOne refuses a second refund racing this one
   * (`CANCELLABLE_AMOUNT_CONSISTENCY_BROKEN`).
   */
  cancelPayment(input: CancelPaymentInput): Promise<WithWarnings<Payment.CancelPaymentResponse>>;
  /** Open-market store receipts; Inicis needs supply + VAT + tax-free = total per item. */
  registerStoreReceipt(input: { paymentId: string; items: StoreReceiptItem[] }): Promise<WithWarnings<Payment.RegisterStoreReceiptResponse>>;
  /** Escrow shipment (`POST /payments/{paymentId}/escrow/logistics`). */
  applyEscrowShipment(input: EscrowShipmentInput): Promise<WithWarnings<Payment.ApplyEscrowLogisticsResponse>>;
  /**
   * Fetches the payment from the configured store and compares it with the order: the step before
   * shipping anything. A TEST-channel payment is `test-channel` and a record of another store
   * `other-store`, never `paid`.
   */
  verifyPayment(input: VerifyPaymentInput): Promise<PaymentVerdict>;
  /**
   * Verifies a webhook's signature (HMAC over id.timestamp.body, 5-minute tolerance) and returns
   * the event of the current version (`{ type, data }`). A signed body of the console's older
   * version (`{ payment_id, tx_id, status }`) throws `OLDER_WEBHOOK_VERSION`; `handlers().webhook`
   * handles that version by re-fetching the payment.
   */
  verifyWebhook(input: VerifyWebhookInput): Promise<Webhook.Webhook>;
  /** Fetch-standard route handlers (`(request: Request) => Promise<Response>`) for payment verification and webhooks. */
  handlers(options: InicisHandlersOptions): InicisHandlers;
}
