// The public shape of the PortOne REST stand-in. Its records follow PortOne's documented
// `GET /payments/{paymentId}` answer (the server SDK's `Payment.Payment`); they are written out
// here instead of imported so that `/testing` never needs `@portone/server-sdk` (an optional peer
// dependency) to type-check. `standin/records.test.ts` checks they stay assignable to the SDK's.

/** A payment's status, as PortOne names it; the ones the stand-in records. */
export type StandInPaymentStatus = "READY" | "PAID" | "VIRTUAL_ACCOUNT_ISSUED" | "FAILED" | "CANCELLED" | "PARTIAL_CANCELLED";

/** A payment's amounts (PortOne's `PaymentAmount`), in the currency's unit (won for KRW). */
export interface StandInAmount {
  total: number;
  taxFree: number;
  vat?: number;
  supply?: number;
  discount: number;
  /** What the buyer has paid: 0 until paid (an issued virtual account awaits its deposit). */
  paid: number;
  cancelled: number;
  cancelledTaxFree: number;
}

/** How the buyer paid: PortOne's `PaymentMethodCard` or `PaymentMethodVirtualAccount`. */
export type StandInPaymentMethod =
  | { type: "PaymentMethodCard"; card: { publisher: string; issuer: string; brand: string; type: string; ownerType: string; name: string } }
  | {
      type: "PaymentMethodVirtualAccount";
      /** PortOne's bank code (`SHINHAN`). */
      bank: string;
      /** Where the buyer deposits. */
      accountNumber: string;
      accountType: "NORMAL" | "FIXED";
      /** The account holder the buyer sees (the merchant). */
      remitteeName: string;
      /** The deposit's deadline (RFC 3339). */
      expiredAt: string;
      issuedAt: string;
    };

/** The channel a payment went through (PortOne's `SelectedChannel`): `TEST` moves no money. */
export interface StandInChannel {
  type: "LIVE" | "TEST";
  id: string;
  key: string;
  name: string;
  pgProvider: "INICIS_V2";
  pgMerchantId: string;
}

/** One refund of a payment (PortOne's `SucceededPaymentCancellation`). */
export interface StandInCancellation {
  status: "SUCCEEDED";
  id: string;
  totalAmount: number;
  taxFreeAmount: number;
  vatAmount: number;
  reason: string;
  requestedAt: string;
  cancelledAt: string;
}

/** What every payment record holds, whatever its status. */
export interface StandInPaymentBase {
  id: string;
  transactionId: string;
  merchantId: string;
  storeId: string;
  method?: StandInPaymentMethod;
  channel: StandInChannel;
  version: "V2";
  requestedAt: string;
  updatedAt: string;
  statusChangedAt: string;
  orderName: string;
  amount: StandInAmount;
  currency: "KRW" | "USD";
  customer: { name?: string; email?: string; phoneNumber?: string };
  pgTxId?: string;
}

/**
 * A payment as PortOne's `GET /payments/{paymentId}` answers it (one of PortOne's `ReadyPayment`,
 * `PaidPayment`, `VirtualAccountIssuedPayment`, `FailedPayment`, `CancelledPayment`,
 * `PartialCancelledPayment`).
 */
export type StandInPayment =
  | (StandInPaymentBase & { status: "READY" })
  | (StandInPaymentBase & { status: "PAID"; paidAt: string; receiptUrl: string; disputes: []; cancellations?: StandInCancellation[] })
  | (StandInPaymentBase & { status: "VIRTUAL_ACCOUNT_ISSUED" })
  | (StandInPaymentBase & { status: "FAILED"; failedAt: string; failure: { reason: string; pgCode: string; pgMessage: string } })
  | (StandInPaymentBase & { status: "CANCELLED" | "PARTIAL_CANCELLED"; paidAt?: string; cancellations: StandInCancellation[]; cancelledAt: string });

/** What {@link PortOneStandIn.pay} records: a payment as the payment window would leave it. */
export interface StandInPaymentInput {
  paymentId: string;
  /** What the buyer was charged (won for KRW). PortOne reports it as `amount.total`. */
  amount: number;
  /** `KRW` by default. */
  currency?: "KRW" | "USD";
  /** `"테스트 주문"` by default. */
  orderName?: string;
  /**
   * The browser SDK's `payMethod`: `VIRTUAL_ACCOUNT` records an issued account (with its bank,
   * number and deadline) awaiting {@link PortOneStandIn.deposit}; anything else a card payment.
   */
  payMethod?: string;
  /**
   * What PortOne's record says: `PAID` by default (`VIRTUAL_ACCOUNT_ISSUED` for a virtual
   * account), `FAILED` for a refused card, `CANCELLED` for a refunded payment, `READY` for a
   * window the buyer never finished.
   */
  status?: "READY" | "PAID" | "VIRTUAL_ACCOUNT_ISSUED" | "FAILED" | "CANCELLED";
  /** The stand-in's `storeId` by default: a record of another store is not found from this one. */
  storeId?: string;
  /**
   * `LIVE` by default, as in production. `TEST` is what a test channel key leaves: the server's
   * `verifyPayment` refuses it (`test-channel`) unless you allow test channels.
   */
  channel?: "LIVE" | "TEST";
  channelKey?: string;
  /** PortOne's id of this attempt (`txId` in the browser); generated when omitted. */
  transactionId?: string;
  customer?: { name?: string; email?: string; phoneNumber?: string };
}

/** One request the stand-in's REST API received (not the fake window's own calls). */
export interface StandInRequest {
  method: string;
  /** The path with its query (`/payments/pay-1?storeId=store-1`). */
  path: string;
  /** The payment it was about, for `/payments/{paymentId}...` requests. */
  paymentId?: string;
  /** The `Authorization` header: `PortOne <your API secret>`. */
  authorization?: string;
  /** The JSON body, when there was one. */
  body?: unknown;
}

/** A mobile payment window that left the merchant's page for the stand-in's payment page. */
export interface StandInPaymentPage {
  /** The browser SDK function called: `requestPayment`, `requestIssueBillingKey` or `requestIssueBillingKeyAndPay`. */
  kind: string;
  /** The request the page passed to the browser SDK (what PortOne's window would receive). */
  request: Record<string, unknown>;
}

/** A webhook event the stand-in sends, of PortOne's current webhook version (2024-04-25). */
export type StandInWebhookType =
  | "Transaction.Ready"
  | "Transaction.Paid"
  | "Transaction.VirtualAccountIssued"
  | "Transaction.Failed"
  | "Transaction.Cancelled"
  | "Transaction.PartialCancelled";

/** Where and how often a webhook is delivered. */
export interface StandInWebhookOptions {
  /** Your server's webhook route; the stand-in's `webhookUrl` by default. */
  webhookUrl?: string;
  /**
   * One POST per entry, each with this `webhook-id`: repeat an id to replay PortOne's retry of one
   * message, give another id for a second message. One fresh id by default.
   */
  deliveries?: string[];
}

/** What one webhook delivery got back from your server. */
export interface StandInWebhookDelivery {
  /** The `webhook-id` it was sent with. */
  id: string;
  /** Your server's HTTP status. */
  status: number;
  /** Your server's answer, parsed as JSON (null when it was not JSON). */
  body: unknown;
}

/** The Standard Webhooks headers PortOne signs a webhook with (a plain record, so it passes as any headers object). */
export type StandInWebhookHeaders = {
  "content-type": "application/json";
  "webhook-id": string;
  /** Seconds since the epoch. */
  "webhook-timestamp": string;
  /** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`. */
  "webhook-signature": string;
};

/** Options of {@link createPortOneStandIn}. */
export interface PortOneStandInOptions {
  /** Your store id (`store-...`): the store the API secret belongs to, and of every payment by default. */
  storeId: string;
  /**
   * The API secret your server is given in the test. Requests without `Authorization: PortOne
   * <secret>` are answered 401 `UNAUTHORIZED`, as PortOne would. Any `PortOne ...` secret is
   * accepted when omitted.
   */
  secret?: string;
  /**
   * The webhook secret (`whsec_` + base64) the stand-in signs webhooks with: give your server the
   * same one. A random one when omitted (read it back as {@link PortOneStandIn.webhookSecret}).
   */
  webhookSecret?: string;
  /** Your server's webhook route, where {@link PortOneStandIn.deposit} and {@link PortOneStandIn.sendWebhook} deliver by default. */
  webhookUrl?: string;
  /** The port on 127.0.0.1; a free one by default. */
  port?: number;
}

/**
 * PortOne's REST API for your server's tests, on 127.0.0.1: payment records by id
 * (`GET /payments/{paymentId}`), refunds (`POST /payments/{paymentId}/cancel`), signed webhooks
 * (Standard Webhooks, as `/server`'s `verifyWebhook` checks them) and, for end-to-end tests, the
 * fake payment window's payment page ({@link PortOneStandIn.browserScript}).
 */
export interface PortOneStandIn {
  /** `http://127.0.0.1:<port>`: your server's `baseUrl` (`PORTONE_API_BASE_URL`). Read it after {@link PortOneStandIn.listen}. */
  readonly url: string;
  /** The store of the API secret (the `storeId` option). */
  readonly storeId: string;
  /** The webhook secret (`whsec_...`) every webhook is signed with: your server's `webhookSecret`. */
  readonly webhookSecret: string;
  /**
   * The fake `https://cdn.portone.io/v2/browser-sdk.js` for this stand-in (see
   * {@link fakePortOneScript}): serve it in place of PortOne's script in a browser test. Read it
   * after {@link PortOneStandIn.listen}.
   */
  readonly browserScript: string;
  /** PortOne's records by `paymentId`, exactly what `GET /payments/{paymentId}` answers. */
  readonly payments: ReadonlyMap<string, StandInPayment>;
  /** Every REST request received, in order: which payments your server asked about, and with which secret. */
  readonly requests: readonly StandInRequest[];
  /** Every mobile window that left for the stand-in's payment page, in order. */
  readonly paymentPages: readonly StandInPaymentPage[];
  /** Starts serving on 127.0.0.1 (only); resolves with {@link PortOneStandIn.url}. Calling it again returns the same URL. */
  listen(): Promise<string>;
  /** Stops serving and drops open connections. */
  close(): Promise<void>;
  /** Records a payment as the payment window would leave it (replacing any record of that id) and returns the record. */
  pay(input: StandInPaymentInput): StandInPayment;
  /**
   * The next payment recorded as paid or issued (by {@link PortOneStandIn.pay} or the fake window)
   * reports `amount` as its total instead of what was asked: a buyer who tampered with the amount.
   */
  misreportNext(amount: number): void;
  /**
   * The buyer deposits into an issued virtual account: its record becomes `PAID` (same account,
   * `paidAt` now) and PortOne's signed `Transaction.Paid` webhook is delivered (when a webhook URL
   * is known). Throws when the payment is no issued virtual account.
   */
  deposit(paymentId: string, options?: StandInWebhookOptions): Promise<StandInWebhookDelivery[]>;
  /**
   * Delivers PortOne's signed webhook about a payment, as PortOne would after its last change
   * (`Transaction.Paid` for a paid record, `Transaction.Cancelled` for a refunded one, ...), or of
   * `type`. Resolves with your server's answers, in order.
   */
  sendWebhook(paymentId: string, options?: StandInWebhookOptions & { type?: StandInWebhookType }): Promise<StandInWebhookDelivery[]>;
  /** Signs a body of your own (a webhook to tamper with, say) with {@link PortOneStandIn.webhookSecret}. */
  signWebhook(body: string, options?: { id?: string; timestamp?: number }): StandInWebhookHeaders;
  /** Forgets every payment, request and payment page, and a pending {@link PortOneStandIn.misreportNext}. */
  reset(): void;
}
