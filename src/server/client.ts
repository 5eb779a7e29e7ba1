import { PortOneClient, Webhook, type Payment } from "@portone/server-sdk";
import { normalizePhoneNumber } from "../core/checks";
import { en } from "../core/locales/en";
import { currenciesFor } from "../core/pay-methods";
import { ko } from "../core/locales/ko";
import { shortText } from "../core/collect";
import type { BuyerInput, LocalizedIssue } from "../core/types";
import { createCaller, issueText } from "./call";
import { InicisServerError } from "./errors";
import { createHandlers } from "./handlers";
import { instructionsOf } from "./records";
import { digitsOf, ServerRules } from "./rules";
import type {
  InicisServer,
  InicisServerOptions,
  KeyedInCard,
  KeyedInVirtualAccount,
  PayWithBillingKeyInput,
  ServerCustomer,
} from "./types";
import { amountOf, billingKeyPaymentOf, credentialOf, customDataOf, instantMethodOf } from "./wire";

const SECRET_SENTENCE = "needs the API secret (secret) of your PortOne store.";
const PAID_STATUSES = new Set(["PAID", "PARTIAL_CANCELLED"]);
type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});

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
  // The server SDK's getPayment does not fall back to the client's storeId (its cancelPayment
  // does): every lookup names the store itself, and a record of another store is refused.
  const storeId = options.storeId || undefined;
  const otherStore = (payment: Payment.Payment): string | null => {
    const of = String((payment as { storeId?: unknown }).storeId);
    return storeId !== undefined && of !== storeId ? of : null;
  };
  const now = options.now ?? (() => new Date());
  const client = PortOneClient({ secret, ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}), ...(storeId ? { storeId } : {}) });
  const printed = new Set<string>();
  const report =
    options.onWarning ??
    ((issue: LocalizedIssue) => {
      const key = `${issue.field}\u0000${issue.code}`;
      if (printed.has(key)) return;
      printed.add(key);
      console.warn(`[react-portone-inicis/server] ${issueText(issue)}`);
    });
  const { run, call } = createCaller({ secret, timeoutMs, report, pack: locale === "en" ? en : ko });

  const channelKeyOf = (given: string | undefined): string | undefined => given ?? options.channelKey;
  const billingKeyPayment = (p: Omit<PayWithBillingKeyInput, "paymentId">) => billingKeyPaymentOf(p, channelKeyOf(p.channelKey));
  const billingKeyRules = (rules: ServerRules, p: unknown, prefix: string) => {
    const i = asObj(p);
    rules.text(`${prefix}billingKey`, i.billingKey, 200);
    rules.cardOptions(i, prefix);
    if (i.cashReceipt !== undefined) rules.cashReceipt(`${prefix}cashReceipt`, i.cashReceipt);
  };

  const server: InicisServer = {
    payInstantly(input) {
      const rules = new ServerRules();
      rules.paymentBase(input);
      const viaMethod = input?.method !== undefined;
      const prefix = viaMethod ? "method." : "";
      const method = asObj(viaMethod ? input.method : input);
      const card = method.card as KeyedInCard | undefined;
      const va = method.virtualAccount as KeyedInVirtualAccount | undefined;
      if (viaMethod && (input.card !== undefined || input.virtualAccount !== undefined)) rules.out.error("method", "oneOf", { options: "method, card / virtualAccount" });
      else if ((card === undefined) === (va === undefined)) rules.out.error(viaMethod ? "method" : "card", "oneOf", { options: `${prefix}card, ${prefix}virtualAccount` });
      else if (card !== undefined) {
        rules.card(card, `${prefix}card`, now());
        rules.cardOptions(card, `${prefix}card.`);
        rules.contract(`${prefix}card`);
      } else {
        rules.virtualAccount(va, now(), `${prefix}virtualAccount`);
        rules.currency(input.currency, currenciesFor("VIRTUAL_ACCOUNT"));
        rules.contract(`${prefix}virtualAccount`);
      }
      rules.flag("isEscrow", input?.isEscrow, true);
      return call("payInstantly", rules, () =>
        client.payment.payInstantly({
          paymentId: input.paymentId,
          channelKey: channelKeyOf(input.channelKey),
          method: instantMethodOf(card, va),
          orderName: input.orderName,
          isEscrow: input.isEscrow,
          customer: input.customer,
          customData: customDataOf(input.customData),
          amount: amountOf(input.amount),
          currency: input.currency,
          products: input.products,
          productCount: input.productCount,
          noticeUrls: input.noticeUrls,
        }),
      );
    },

    issueBillingKey(input) {
      const rules = new ServerRules();
      rules.customer(input?.customer);
      const viaMethod = input?.method !== undefined;
      const field = viaMethod ? "method.card" : "card";
      const card = viaMethod ? asObj(input.method).card : input?.card;
      if (viaMethod && input.card !== undefined) rules.out.error("method", "oneOf", { options: "method, card" });
      rules.card(card, field, now());
      rules.contract(field);
      return call("issueBillingKey", rules, () =>
        client.payment.billingKey.issueBillingKey({
          method: { card: { credential: credentialOf(card as KeyedInCard) } },
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
      billingKeyRules(rules, input, "");
      return call("payWithBillingKey", rules, () => client.payment.payWithBillingKey({ paymentId: input.paymentId, ...billingKeyPayment(input) }));
    },

    schedulePayment(input) {
      const rules = new ServerRules();
      rules.paymentBase({ ...input?.payment, paymentId: input?.paymentId }, "payment.");
      billingKeyRules(rules, input?.payment, "payment.");
      const timeToPay = rules.futureTime("timeToPay", input?.timeToPay, now());
      return call("schedulePayment", rules, () =>
        client.payment.paymentSchedule.createPaymentSchedule({ paymentId: input.paymentId, payment: billingKeyPayment(input.payment), timeToPay: timeToPay! }),
      );
    },

    cancelPayment(input) {
      const rules = new ServerRules();
      rules.cancel(input);
      return call("cancelPayment", rules, async ({ checkpoint, alive }) => {
        const payment = await client.payment.getPayment({ paymentId: input.paymentId, storeId });
        const foreign = otherStore(payment);
        if (foreign !== null) {
          throw new InicisServerError({ kind: "api", code: "OTHER_STORE", operation: "cancelPayment", message: `the payment belongs to store ${shortText(foreign, 60)}, not to the configured storeId ${storeId}: nothing was refunded.` });
        }
        const status = String(payment.status);
        let knownCancellable: number | undefined;
        if (!PAID_STATUSES.has(status)) rules.out.error("paymentId", "cancel.notPaid", { status: shortText(status, 40) });
        else {
          const paid = payment as Payment.PaidPayment | Payment.PartialCancelledPayment;
          const cancellable = Number(paid.amount?.total) - Number(paid.amount?.cancelled ?? 0);
          if (!Number.isSafeInteger(cancellable)) {
            throw new InicisServerError({ kind: "api", code: "INVALID_RESPONSE", operation: "cancelPayment", message: "PortOne's payment has no readable amount." });
          }
          rules.refundable(input.amount, cancellable);
          // PortOne's PaymentAmount documents `discount` as card-company, PortOne-promotion and
          // easy-pay discounts, and no formula for the refundable rest. Without a discount, total
          // minus cancelled and paid minus cancelled agree, so that is what PortOne holds; with one
          // they differ (and promotions re-price partial refunds), and a wrong value would make
          // PortOne refuse every refund. So it is sent only when unambiguous and otherwise left out,
          // which PortOne allows (no consistency check). The total minus cancelled stays the upper
          // bound checked above either way.
          if (paid.amount.discount === 0) knownCancellable = cancellable;
          const method = paid.method?.type;
          if (method === "PaymentMethodVirtualAccount") {
            if (input.refundAccount === undefined) rules.out.error("refundAccount", "required");
          } else if (input.refundAccount !== undefined) {
            // A phone payment refunded to an account is the next-month refund, which needs a contract.
            if (method === "PaymentMethodMobile") rules.contract("refundAccount");
            else rules.out.warn("refundAccount", "field.ignored");
          }
        }
        checkpoint();
        if (!alive()) throw new InicisServerError({ kind: "timeout", code: "TIMEOUT", operation: "cancelPayment", message: "timed out before the refund was sent." });
        const account = input.refundAccount;
        return client.payment.cancelPayment({
          paymentId: input.paymentId,
          storeId,
          amount: input.amount,
          taxFreeAmount: input.taxFreeAmount,
          vatAmount: input.vatAmount,
          reason: input.reason,
          requester: input.requester,
          currentCancellableAmount: input.currentCancellableAmount ?? knownCancellable,
          refundAccount: account ? { bank: account.bank, number: digitsOf(account.number, 6, 20)!, holderName: account.holderName, holderPhoneNumber: account.holderPhoneNumber } : undefined,
          skipWebhook: input.skipWebhook,
        });
      });
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
      rules.currency(input?.expected?.currency, undefined, "expected.currency");
      rules.flag("allowTestChannel", input?.allowTestChannel);
      let payment: Payment.Payment;
      try {
        payment = await run("verifyPayment", rules, () => client.payment.getPayment({ paymentId: input.paymentId, storeId }), false);
      } catch (error) {
        if (error instanceof InicisServerError && error.code === "PAYMENT_NOT_FOUND") return { verdict: "not-found" };
        throw error;
      }
      const foreign = otherStore(payment);
      if (foreign !== null) return { verdict: "other-store", storeId: foreign, expectedStoreId: storeId!, payment };
      const allowTest = input.allowTestChannel ?? options.allowTestChannel ?? false;
      if (!allowTest && (payment as { channel?: { type?: unknown } }).channel?.type === "TEST") return { verdict: "test-channel", payment };
      const status = String(payment.status);
      if (status === "PAID" || status === "VIRTUAL_ACCOUNT_ISSUED") {
        const p = payment as Payment.PaidPayment;
        if (p.amount?.total !== input.expected.amount || p.currency !== input.expected.currency) {
          return { verdict: "amount-mismatch", expected: input.expected, actual: { amount: p.amount?.total, currency: String(p.currency) }, payment };
        }
        if (status === "PAID") return { verdict: "paid", payment: p };
        const issued = payment as Payment.VirtualAccountIssuedPayment;
        const virtualAccount = instructionsOf(issued);
        return { verdict: "virtual-account-issued", payment: issued, ...(virtualAccount && { virtualAccount }) };
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
      let event: unknown;
      try {
        event = await Webhook.verify(input.webhookSecret, body, input.headers ?? {});
      } catch (error) {
        const reason = (error as { reason?: unknown } | null)?.reason;
        if (typeof reason === "string") {
          throw new InicisServerError({ kind: "webhook", code: reason, operation, message: `the webhook was refused (${reason}).` });
        }
        if ((error as { name?: unknown } | null)?.name === "InvalidInputError") {
          throw new InicisServerError({ kind: "invalid", code: "INVALID_WEBHOOK_SECRET", operation, message: "the webhook secret is not valid: copy it from the PortOne console (whsec_...)." });
        }
        throw new InicisServerError({ kind: "webhook", code: "INVALID_WEBHOOK", operation, message: "the webhook could not be verified (a signed body that is not JSON)." });
      }
      const shape = asObj(event);
      if (typeof shape.type === "string") return event as Webhook.Webhook;
      if (typeof shape.payment_id === "string") {
        // the console's older version: never hand it on typed as the current one, with `type` undefined
        throw new InicisServerError({
          kind: "webhook",
          code: "OLDER_WEBHOOK_VERSION",
          operation,
          message: "the signature holds, but the body is of the console's older webhook version (2024-01-01: { payment_id, tx_id, status }). Choose the current version (2024-04-25) in the PortOne console, or use handlers().webhook, which re-fetches such a payment from PortOne.",
        });
      }
      throw new InicisServerError({ kind: "webhook", code: "INVALID_WEBHOOK", operation, message: "the signature holds, but the body is not a PortOne webhook of either version ({ type, data } or { payment_id, tx_id, status })." });
    },

    handlers(handlerOptions) {
      return createHandlers(server, handlerOptions);
    },
  };
  return server;
}
