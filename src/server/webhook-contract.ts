// What the `webhook` route answers PortOne (and what a merchant reads in PortOne's webhook log).

/** Every verdict the `webhook` handler answers with. */
export type WebhookVerdict = (typeof WEBHOOK_VERDICTS)[number];

/** Every verdict `webhook` answers with (docs/codes.md has one row each). */
export const WEBHOOK_VERDICTS = ["received", "invalid-request", "invalid-signature", "misconfigured", "server-error"] as const;

/**
 * The JSON body of every `webhook` answer: `received` (200), `invalid-request` (405, 413),
 * `invalid-signature` (400, with the reason such as `NO_MATCHING_SIGNATURE`), `misconfigured`
 * (500: no or a malformed webhook secret), `server-error` (500: `onWebhook` threw).
 */
export type WebhookResponseBody =
  | { ok: true; verdict: "received" }
  | { ok: false; verdict: "invalid-signature"; reason: string }
  | { ok: false; verdict: "invalid-request" | "misconfigured"; message: string }
  | { ok: false; verdict: "server-error" };
