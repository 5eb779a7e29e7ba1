import type { Webhook } from "@portone/server-sdk";
import { isAsciiId, isValidAmount, MAX_ID_LENGTH } from "../core/checks";
import type { VerifyResponseBody } from "../core/verify-contract";
import { InicisServerError } from "./errors";
import type { InicisHandlers, InicisHandlersOptions, InicisServer } from "./types";
import type { WebhookResponseBody } from "./webhook-contract";

export { VERIFY_VERDICTS } from "../core/verify-contract";
export { WEBHOOK_VERDICTS } from "./webhook-contract";

/** The largest `verify` body read; a `{ paymentId, txId }` is far smaller. */
const MAX_VERIFY_BODY = 16 * 1024;
const MAX_WEBHOOK_BODY = 256 * 1024;
const MAX_TX_ID = 200;
/** Errors of PortOne that mean our own configuration is wrong (the secret, the store), not that PortOne is down. */
const CONFIG_ERRORS = new Set(["UNAUTHORIZED", "FORBIDDEN", "INVALID_REQUEST"]);

function json(status: number, body: VerifyResponseBody | WebhookResponseBody, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store", ...headers } });
}

const notPost = (): Response => json(405, { ok: false, verdict: "invalid-request", message: "Use POST." }, { allow: "POST" });
const tooLarge = (limit: number): Response => json(413, { ok: false, verdict: "invalid-request", message: `The body is over ${limit} bytes.` });

/** Reads at most `limit` bytes of the body; null when it is larger (the rest is never read). */
async function readText(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

const isId = (v: unknown, max: number): v is string => typeof v === "string" && v !== "" && v.length <= max && isAsciiId(v);

/** Builds the `verify` and `webhook` handlers over a server's `verifyPayment` and `verifyWebhook`. */
export function createHandlers(server: Pick<InicisServer, "verifyPayment" | "verifyWebhook">, options: InicisHandlersOptions): InicisHandlers {
  const fail = (error: unknown): void => {
    try {
      options.onError?.(error);
    } catch {
      // a throwing logger must not change the answer
    }
  };
  const invalid = (message: string): Response => json(400, { ok: false, verdict: "invalid-request", message });

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
      const order = await options.findOrder(paymentId);
      if (order === null || order === undefined) return json(404, { ok: false, verdict: "unknown-order", paymentId });
      if (!isValidAmount(order.amount) || (order.currency !== "KRW" && order.currency !== "USD")) {
        throw new InicisServerError({ kind: "invalid", code: "INVALID_INPUT", operation: "handlers.verify", message: "findOrder must return { amount: a whole number > 0, currency: KRW or USD } or null." });
      }
      const result = await server.verifyPayment({ paymentId, expected: { amount: order.amount, currency: order.currency } });
      switch (result.verdict) {
        case "paid":
          await options.onVerified?.({ paymentId, verdict: "paid", order, payment: result.payment });
          return json(200, { ok: true, verdict: "paid", paymentId, amount: order.amount, currency: order.currency });
        case "virtual-account-issued":
          // not paid: the buyer still has to deposit, so nothing is fulfilled; the answer carries what to show them
          return json(200, { ok: false, verdict: "virtual-account-issued", paymentId, amount: order.amount, currency: order.currency, ...(result.virtualAccount && { virtualAccount: result.virtualAccount }) });
        case "other-store":
        case "amount-mismatch":
        case "test-channel":
          return json(409, { ok: false, verdict: result.verdict, paymentId });
        case "not-found":
          return json(404, { ok: false, verdict: "not-found", paymentId });
        default:
          return json(409, { ok: false, verdict: "not-paid", paymentId, status: String(result.payment.status) });
      }
    } catch (error) {
      fail(error);
      const e = error instanceof InicisServerError ? error : null;
      const down = e !== null && (e.kind === "network" || e.kind === "timeout" || (e.kind === "api" && !CONFIG_ERRORS.has(e.code)));
      return down ? json(502, { ok: false, verdict: "unavailable" }) : json(500, { ok: false, verdict: "server-error" });
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
    let event: Webhook.Webhook;
    try {
      event = await server.verifyWebhook({ rawBody, headers: Object.fromEntries(request.headers.entries()), webhookSecret: secret });
    } catch (error) {
      const e = error instanceof InicisServerError ? error : null;
      if (e?.kind === "webhook") return json(400, { ok: false, verdict: "invalid-signature", reason: e.code });
      fail(error);
      if (e?.code === "INVALID_WEBHOOK_SECRET") return json(500, { ok: false, verdict: "misconfigured", message: "The webhook secret is not valid: copy it from the PortOne console (whsec_...)." });
      return json(500, { ok: false, verdict: "server-error" });
    }
    try {
      await options.onWebhook?.(event);
    } catch (error) {
      fail(error);
      return json(500, { ok: false, verdict: "server-error" });
    }
    return json(200, { ok: true, verdict: "received" });
  }

  return { verify, webhook };
}
