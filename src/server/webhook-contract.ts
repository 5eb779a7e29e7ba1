// What the `webhook` route answers PortOne (PortOne keeps the answers in its webhook log).
import type { VerifyVerdict } from "../core/verify-contract";

/** Every verdict the `webhook` handler answers with. */
export type WebhookVerdict = (typeof WEBHOOK_VERDICTS)[number];

/** Every verdict `webhook` answers with (docs/codes.md has one row each). */
export const WEBHOOK_VERDICTS = ["received", "duplicate", "invalid-request", "invalid-signature", "misconfigured", "unavailable", "server-error"] as const;

/**
 * The JSON body of every `webhook` answer: `received` (200; for a `Transaction.Paid` event, or
 * one of the console's older version, `paymentId` and `check`: the `verify` verdict of the
 * re-fetched payment, `paid` when the order was fulfilled), `duplicate` (200: this `webhook-id`
 * was already handled by this process), `invalid-request` (400, 405, 413), `invalid-signature`
 * (400, with the reason such as `NO_MATCHING_SIGNATURE`), `misconfigured` (500: no or a malformed
 * webhook secret), `unavailable` (502: PortOne could not be asked), `server-error` (500:
 * `findOrder`, `onPaid` or `onWebhook` threw). PortOne retries every answer but 2xx.
 */
export type WebhookResponseBody =
  | { ok: true; verdict: "received"; paymentId?: string; check?: VerifyVerdict; message?: string }
  | { ok: true; verdict: "duplicate" }
  | { ok: false; verdict: "invalid-signature"; reason: string }
  | { ok: false; verdict: "invalid-request" | "misconfigured"; message: string }
  | { ok: false; verdict: "unavailable" | "server-error" };
