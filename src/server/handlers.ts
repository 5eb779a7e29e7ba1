// The merchant's two payment routes: `verify` (the browser, after a payment) and `webhook`
// (PortOne). Both decide "paid" the same way: PortOne's record, re-fetched from the configured
// store, compared with the merchant's order; only then does the fulfilment hook run.
import type { Webhook } from "@portone/server-sdk";
import { isAsciiId, isValidAmount, MAX_ID_LENGTH } from "../core/checks";
import type { VerifyResponseBody } from "../core/verify-contract";
import { InicisServerError } from "./errors";
import { json, notPost, readText, tooLarge } from "./http";
import type { InicisHandlers, InicisHandlersOptions, InicisServer, PaidOrder } from "./types";
import { createWebhookMemory } from "./webhook-memory";

export { VERIFY_VERDICTS } from "../core/verify-contract";
export { WEBHOOK_VERDICTS } from "./webhook-contract";

/** The largest `verify` body read; a `{ paymentId, txId }` is far smaller. */
const MAX_VERIFY_BODY = 16 * 1024;
const MAX_WEBHOOK_BODY = 256 * 1024;
const MAX_TX_ID = 200;
/** Errors of PortOne that mean our own configuration is wrong (the secret, the store), not that PortOne is down. */
const CONFIG_ERRORS = new Set(["UNAUTHORIZED", "FORBIDDEN", "INVALID_REQUEST"]);
const OLDER_VERSION =
  "An older webhook version (2024-01-01: { payment_id, tx_id, status }): the payment was re-fetched from PortOne and checked, and onWebhook was not called. Choose the current webhook version (2024-04-25) in the PortOne console.";

const isId = (v: unknown, max: number): v is string => typeof v === "string" && v !== "" && v.length <= max && isAsciiId(v);

/** Builds the `verify` and `webhook` handlers over a server's `verifyPayment` and `verifyWebhook`. */
export function createHandlers(server: Pick<InicisServer, "verifyPayment" | "verifyWebhook">, options: InicisHandlersOptions): InicisHandlers {
  if (options.onPaid !== undefined && options.onVerified !== undefined) {
    throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "handlers", message: "give onPaid or onVerified (its deprecated name), not both: each would fulfil the order." });
  }
  const fail = (error: unknown): void => {
    try {
      options.onError?.(error);
    } catch {
      // a throwing logger must not change the answer
    }
  };
  /** What a failure answers: 502 when PortOne is down or too slow, 500 for anything of ours. */
  const failed = (error: unknown): Response => {
    fail(error);
    const e = error instanceof InicisServerError ? error : null;
    const down = e !== null && (e.kind === "network" || e.kind === "timeout" || (e.kind === "api" && !CONFIG_ERRORS.has(e.code)));
    return down ? json(502, { ok: false, verdict: "unavailable" }) : json(500, { ok: false, verdict: "server-error" });
  };
  const invalid = (message: string): Response => json(400, { ok: false, verdict: "invalid-request", message });
  const fulfil = async (paid: PaidOrder): Promise<void> => {
    if (options.onVerified !== undefined) await options.onVerified({ ...paid, verdict: "paid" });
    else await options.onPaid?.(paid);
  };

  /** Looks the order up, asks PortOne, fulfils when paid; the answer `verify` gives (throws what `failed` answers). */
  async function check(paymentId: string, source: PaidOrder["source"]): Promise<[number, VerifyResponseBody]> {
    const order = await options.findOrder(paymentId);
    if (order === null || order === undefined) return [404, { ok: false, verdict: "unknown-order", paymentId }];
    if (!isValidAmount(order.amount) || (order.currency !== "KRW" && order.currency !== "USD")) {
      throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: `handlers.${source}`, message: "findOrder must return { amount: a whole number > 0, currency: KRW or USD } or null." });
    }
    const result = await server.verifyPayment({ paymentId, expected: { amount: order.amount, currency: order.currency } });
    switch (result.verdict) {
      case "paid":
        await fulfil({ paymentId, order, payment: result.payment, source });
        return [200, { ok: true, verdict: "paid", paymentId, amount: order.amount, currency: order.currency }];
      case "virtual-account-issued":
        // not paid: the buyer still has to deposit, so nothing is fulfilled; the answer carries what to show them
        return [200, { ok: false, verdict: "virtual-account-issued", paymentId, amount: order.amount, currency: order.currency, ...(result.virtualAccount && { virtualAccount: result.virtualAccount }) }];
      case "other-store":
      case "amount-mismatch":
      case "test-channel":
        return [409, { ok: false, verdict: result.verdict, paymentId }];
      case "not-found":
        return [404, { ok: false, verdict: "not-found", paymentId }];
      default:
        return [409, { ok: false, verdict: "not-paid", paymentId, status: String(result.payment.status) }];
    }
  }

  async function verify(request: Request): Promise<Response> {
    if (request.method !== "POST") return notPost();
    const text = await readText(request, MAX_VERIFY_BODY);
    if (text === null) return tooLarge(MAX_VERIFY_BODY);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return invalid("The body must be JSON: { paymentId, txId? }.");
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) return invalid("The body must be a JSON object: { paymentId, txId? }.");
    const { paymentId, txId } = body as { paymentId?: unknown; txId?: unknown };
    if (!isId(paymentId, MAX_ID_LENGTH)) return invalid(`paymentId must be printable ASCII of 1 to ${MAX_ID_LENGTH} characters.`);
    if (txId !== undefined && !isId(txId, MAX_TX_ID)) return invalid(`txId, when given, must be printable ASCII of 1 to ${MAX_TX_ID} characters.`);
    try {
      const [status, answer] = await check(paymentId, "verify");
      return json(status, answer);
    } catch (error) {
      return failed(error);
    }
  }

  const once = createWebhookMemory();
  /** A verified webhook's work: a paid payment is re-fetched and checked, then `onWebhook` hears of the event. */
  async function handle(event: Webhook.Webhook | { olderPaymentId: string }): Promise<Response> {
    const older = "olderPaymentId" in event;
    const paid = older || event.type === "Transaction.Paid";
    const paymentId: unknown = older ? event.olderPaymentId : (event as { data?: { paymentId?: unknown } }).data?.paymentId;
    if (paid && !isId(paymentId, MAX_ID_LENGTH)) return invalid(`The webhook's paymentId must be printable ASCII of 1 to ${MAX_ID_LENGTH} characters.`);
    try {
      const checked = paid ? { paymentId: paymentId as string, check: (await check(paymentId as string, "webhook"))[1].verdict } : {};
      if (older) return json(200, { ok: true, verdict: "received", ...checked, message: OLDER_VERSION });
      await options.onWebhook?.(event);
      return json(200, { ok: true, verdict: "received", ...checked });
    } catch (error) {
      return failed(error);
    }
  }

  async function webhook(request: Request): Promise<Response> {
    if (request.method !== "POST") return notPost();
    const secret = options.webhookSecret;
    if (typeof secret !== "string" || secret === "") {
      const message = "No webhook secret: pass handlers({ webhookSecret }) with the secret from the PortOne console (whsec_...).";
      fail(new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "handlers.webhook", message }));
      return json(500, { ok: false, verdict: "misconfigured", message });
    }
    const rawBody = await readText(request, MAX_WEBHOOK_BODY);
    if (rawBody === null) return tooLarge(MAX_WEBHOOK_BODY);
    let event: Webhook.Webhook | { olderPaymentId: string };
    try {
      event = await server.verifyWebhook({ rawBody, headers: Object.fromEntries(request.headers.entries()), webhookSecret: secret });
    } catch (error) {
      const e = error instanceof InicisServerError ? error : null;
      // thrown only once the signature held: the body is PortOne's, of the console's older version
      if (e?.code === "OLDER_WEBHOOK_VERSION") event = { olderPaymentId: (JSON.parse(rawBody) as { payment_id: string }).payment_id };
      else if (e?.kind === "webhook") return json(400, { ok: false, verdict: "invalid-signature", reason: e.code });
      else {
        fail(error);
        if (e?.code === "INVALID_WEBHOOK_SECRET") return json(500, { ok: false, verdict: "misconfigured", message: "The webhook secret is not valid: copy it from the PortOne console (whsec_...)." });
        return json(500, { ok: false, verdict: "server-error" });
      }
    }
    // the signature covers the id, so a forged request cannot mark a real delivery as handled
    return once(request.headers.get("webhook-id")!, () => handle(event), () => json(200, { ok: true, verdict: "duplicate" }));
  }

  return { verify, webhook };
}
