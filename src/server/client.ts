import { PortOneClient, Webhook, type Common, type Payment } from "@portone/server-sdk";
import { normalizePhoneNumber } from "../core/checks";
import { localizeIssues } from "../core/format";
import { en } from "../core/locales/en";
import { ko } from "../core/locales/ko";
import type { BuyerInput, MessageLocale } from "../core/types";
import { InicisServerError } from "./errors";
import { ServerRules } from "./rules";
import type {
  AmountInput,
  EscrowShipmentInput,
  ExpectedPayment,
  IssueBillingKeyInput,
  PayInstantlyInput,
  PaymentVerdict,
  PayWithBillingKeyInput,
  SchedulePaymentInput,
  ServerCustomer,
  ServerPaymentBase,
  StoreReceiptItem,
} from "./types";

/** Options of {@link createInicisServer}. */
export interface InicisServerOptions {
  /** Your PortOne V2 API secret. Keep it on the server. */
  secret: string;
  storeId?: string;
  /** The KG Inicis channel key used when a call names none. */
  channelKey?: string;
  /** PortOne's API by default; point it elsewhere for tests. */
  baseUrl?: string;
  /** Give up on a call after this long; 15 seconds by default. */
  timeoutMs?: number;
  /** Language of validation messages; Korean by default. */
  locale?: MessageLocale;
  /** The clock for "in the future" checks; now by default. */
  now?: () => Date;
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
  /** Keyed-in payment (`POST /payments/{paymentId}/instant`) with a card or a virtual account. Needs a contract with Inicis. */
  payInstantly(input: PayInstantlyInput): Promise<Payment.PayInstantlyResponse>;
  /** API billing key (`POST /billing-keys`) from card data. Needs a contract with Inicis. */
  issueBillingKey(input: IssueBillingKeyInput): Promise<Payment.BillingKey.IssueBillingKeyResponse>;
  /** Charge a billing key (`POST /payments/{paymentId}/billing-key`). */
  payWithBillingKey(input: PayWithBillingKeyInput): Promise<Payment.PayWithBillingKeyResponse>;
  /** Have PortOne charge a billing key at `timeToPay` (`POST /payments/{paymentId}/schedule`). */
  schedulePayment(input: SchedulePaymentInput): Promise<Payment.PaymentSchedule.CreatePaymentScheduleResponse>;
  /** Open-market store receipts; Inicis needs supply + VAT + tax-free = total per item. */
  registerStoreReceipt(input: { paymentId: string; items: StoreReceiptItem[] }): Promise<Payment.RegisterStoreReceiptResponse>;
  /** Escrow shipment (`POST /payments/{paymentId}/escrow/logistics`). */
  applyEscrowShipment(input: EscrowShipmentInput): Promise<Payment.ApplyEscrowLogisticsResponse>;
  /** Fetches the payment and compares it with the order: the step before shipping anything. */
  verifyPayment(input: { paymentId: string; expected: ExpectedPayment }): Promise<PaymentVerdict>;
  /** Verifies a webhook's signature (HMAC over id.timestamp.body, 5-minute tolerance) and returns the event. */
  verifyWebhook(input: VerifyWebhookInput): Promise<Webhook.Webhook>;
}

const SECRET_SENTENCE = "needs the API secret (secret) of your PortOne store.";

function amountOf(a: AmountInput): Common.PaymentAmountInput {
  return typeof a === "number" ? { total: a } : a;
}

function customDataOf(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  return typeof v === "string" ? v : JSON.stringify(v);
}

/** Turns the browser-side buyer (`fullName`, ...) into the server API's `customer` (`name.full`, ...). */
export function toServerCustomer(buyer: BuyerInput): ServerCustomer {
  const out: ServerCustomer = {};
  if (buyer.fullName) out.name = { full: buyer.fullName.trim() };
  else if (buyer.firstName || buyer.lastName) out.name = { separated: { first: (buyer.firstName ?? "").trim(), last: (buyer.lastName ?? "").trim() } };
  if (buyer.phoneNumber) out.phoneNumber = normalizePhoneNumber(buyer.phoneNumber) ?? buyer.phoneNumber;
  if (buyer.email) out.email = buyer.email.trim();
  return out;
}

/**
 * Creates the server side of KG Inicis on `@portone/server-sdk`. Every call validates its input
 * against Inicis' rules first and makes no request when a rule is broken; every failure is an
 * {@link InicisServerError} that never contains card data or the secret.
 */
export function createInicisServer(options: InicisServerOptions): InicisServer {
  if (typeof options?.secret !== "string" || options.secret.trim() === "") {
    throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "createInicisServer", message: SECRET_SENTENCE });
  }
  const { secret, timeoutMs = 15_000, locale = "ko" } = options;
  const now = options.now ?? (() => new Date());
  const client = PortOneClient({ secret, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(options.storeId ? { storeId: options.storeId } : {}) });

  const scrub = (text: string): string => text.split(secret).join("[secret]").replace(/\d[\d -]{10,}\d/g, "****");

  function translate(operation: string, error: unknown): InicisServerError {
    if (error instanceof InicisServerError) return error;
    const data = (error as { data?: unknown } | null)?.data;
    if (data && typeof data === "object" && typeof (data as { type?: unknown }).type === "string") {
      const d = data as { type: string; message?: unknown; pgCode?: unknown; pgMessage?: unknown };
      return new InicisServerError({
        kind: "api",
        code: d.type,
        operation,
        message: scrub(typeof d.message === "string" && d.message ? d.message : d.type),
        pgCode: typeof d.pgCode === "string" ? d.pgCode : undefined,
        pgMessage: typeof d.pgMessage === "string" ? scrub(d.pgMessage) : undefined,
      });
    }
    if (error instanceof SyntaxError) {
      return new InicisServerError({ kind: "api", code: "INVALID_RESPONSE", operation, message: "PortOne answered with something that is not JSON." });
    }
    if (error instanceof TypeError) {
      return new InicisServerError({ kind: "network", code: "NETWORK_ERROR", operation, message: "Could not reach PortOne (the connection failed or was closed)." });
    }
    return new InicisServerError({ kind: "api", code: "UNKNOWN_ERROR", operation, message: "PortOne's call failed for an unknown reason." });
  }

  async function call<T>(operation: string, rules: ServerRules, request: () => Promise<T>): Promise<T> {
    const errors = localizeIssues(rules.issues.filter((i) => i.severity === "error"), locale === "en" ? en : ko);
    if (errors.length > 0) {
      throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation, message: errors.map((e) => e.message).join(" "), issues: errors });
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new InicisServerError({ kind: "timeout", code: "TIMEOUT", operation, message: `PortOne did not answer within ${timeoutMs} ms.` })), timeoutMs);
    });
    try {
      return await Promise.race([request(), timeout]);
    } catch (error) {
      throw translate(operation, error);
    } finally {
      clearTimeout(timer);
    }
  }

  const channelKeyOf = (given: string | undefined): string | undefined => given ?? options.channelKey;
  const billingKeyPayment = (p: Omit<ServerPaymentBase, "paymentId"> & { billingKey: string; installmentMonth?: number }): Common.BillingKeyPaymentInput => ({
    billingKey: p.billingKey,
    channelKey: channelKeyOf(p.channelKey),
    orderName: p.orderName,
    customer: p.customer,
    customData: customDataOf(p.customData),
    amount: amountOf(p.amount),
    currency: p.currency,
    installmentMonth: p.installmentMonth,
    products: p.products,
    noticeUrls: p.noticeUrls,
  });

  return {
    payInstantly(input) {
      const rules = new ServerRules();
      rules.paymentBase(input);
      const hasCard = input?.card !== undefined;
      const hasAccount = input?.virtualAccount !== undefined;
      if (hasCard === hasAccount) rules.out.error("method", "oneOf", { options: "card, virtualAccount" });
      else if (hasCard) rules.card(input.card);
      else rules.virtualAccount(input.virtualAccount, now());
      return call("payInstantly", rules, () => {
        const va = input.virtualAccount;
        const method: Payment.InstantPaymentMethodInput = input.card
          ? { card: { credential: input.card.credential, installmentMonth: input.card.installmentMonth } }
          : {
              virtualAccount: {
                bank: va!.bank,
                expiry: va!.expiry.validHours !== undefined ? { validHours: va!.expiry.validHours } : { dueDate: new Date(va!.expiry.dueDate!).toISOString() },
                option: va!.option.type === "FIXED" ? { type: "FIXED", fixed: { accountNumber: va!.option.fixed.accountNumber } } : { type: "NORMAL" },
                cashReceipt: va!.cashReceipt ? { type: va!.cashReceipt.type, customerIdentityNumber: va!.cashReceipt.customerIdentityNumber ?? "" } : undefined,
                remitteeName: va!.remitteeName,
              },
            };
        return client.payment.payInstantly({
          paymentId: input.paymentId,
          channelKey: channelKeyOf(input.channelKey),
          method,
          orderName: input.orderName,
          customer: input.customer,
          customData: customDataOf(input.customData),
          amount: amountOf(input.amount),
          currency: input.currency,
          products: input.products,
          noticeUrls: input.noticeUrls,
        });
      });
    },

    issueBillingKey(input) {
      const rules = new ServerRules();
      rules.customer(input?.customer);
      rules.card(input?.card);
      return call("issueBillingKey", rules, () =>
        client.payment.billingKey.issueBillingKey({
          method: { card: { credential: input.card.credential } },
          channelKey: channelKeyOf(input.channelKey),
          customer: input.customer,
          customData: customDataOf(input.customData),
          noticeUrls: input.noticeUrls,
        }),
      );
    },

    payWithBillingKey(input) {
      const rules = new ServerRules();
      rules.paymentBase(input);
      rules.text("billingKey", input?.billingKey, 200);
      return call("payWithBillingKey", rules, () => client.payment.payWithBillingKey({ paymentId: input.paymentId, ...billingKeyPayment(input) }));
    },

    schedulePayment(input) {
      const rules = new ServerRules();
      rules.paymentBase({ ...input?.payment, paymentId: input?.paymentId });
      rules.text("payment.billingKey", input?.payment?.billingKey, 200);
      const timeToPay = rules.futureTime("timeToPay", input?.timeToPay, now());
      return call("schedulePayment", rules, () =>
        client.payment.paymentSchedule.createPaymentSchedule({ paymentId: input.paymentId, payment: billingKeyPayment(input.payment), timeToPay: timeToPay! }),
      );
    },

    registerStoreReceipt(input) {
      const rules = new ServerRules();
      rules.id("paymentId", input?.paymentId);
      rules.receiptItems(input?.items);
      return call("registerStoreReceipt", rules, () =>
        client.payment.registerStoreReceipt({
          paymentId: input.paymentId,
          items: input.items.map((i) => ({ ...i, storeBusinessRegistrationNumber: i.storeBusinessRegistrationNumber.replace(/-/g, "") })),
        }),
      );
    },

    applyEscrowShipment(input) {
      const rules = new ServerRules();
      rules.escrow(input);
      return call("applyEscrowShipment", rules, () =>
        client.payment.applyEscrowLogistics({
          paymentId: input.paymentId,
          sender: input.sender,
          receiver: input.receiver,
          logistics: input.logistics,
          products: input.products,
          sendEmail: input.sendEmail,
        }),
      );
    },

    async verifyPayment(input) {
      const rules = new ServerRules();
      rules.id("paymentId", input?.paymentId);
      rules.amount("expected.amount", input?.expected?.amount);
      rules.currency(input?.expected?.currency);
      let payment: Payment.Payment;
      try {
        payment = await call("verifyPayment", rules, () => client.payment.getPayment({ paymentId: input.paymentId }));
      } catch (error) {
        if (error instanceof InicisServerError && error.code === "PAYMENT_NOT_FOUND") return { verdict: "not-found" };
        throw error;
      }
      const status = String(payment.status);
      if (status === "PAID" || status === "VIRTUAL_ACCOUNT_ISSUED") {
        const p = payment as Payment.PaidPayment;
        if (p.amount?.total !== input.expected.amount || p.currency !== input.expected.currency) {
          return { verdict: "amount-mismatch", expected: input.expected, actual: { amount: p.amount?.total, currency: String(p.currency) }, payment };
        }
        return { verdict: status === "PAID" ? "paid" : "virtual-account-issued", payment };
      }
      if (status === "READY" || status === "PAY_PENDING") return { verdict: "pending", payment };
      if (status === "FAILED") return { verdict: "failed", payment };
      if (status === "CANCELLED") return { verdict: "cancelled", payment };
      if (status === "PARTIAL_CANCELLED") return { verdict: "partially-cancelled", payment };
      return { verdict: "unknown", status, payment };
    },

    async verifyWebhook(input) {
      const operation = "verifyWebhook";
      if (typeof input?.webhookSecret !== "string" || input.webhookSecret === "") {
        throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation, message: "needs the webhook secret from the PortOne console." });
      }
      const body = typeof input.rawBody === "string" ? input.rawBody : input.rawBody instanceof Uint8Array ? new TextDecoder().decode(input.rawBody) : null;
      if (body === null) {
        throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation, message: "needs the raw request body as a string or bytes, exactly as received." });
      }
      try {
        return await Webhook.verify(input.webhookSecret, body, input.headers ?? {});
      } catch (error) {
        const reason = (error as { reason?: unknown } | null)?.reason;
        throw new InicisServerError({
          kind: "webhook",
          code: typeof reason === "string" ? reason : "INVALID_WEBHOOK",
          operation,
          message: typeof reason === "string" ? `the webhook was refused (${reason}).` : "the webhook could not be verified (malformed secret or body).",
        });
      }
    },
  };
}
