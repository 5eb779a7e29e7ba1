// The wire format between a browser component and the merchant's `verify` route: one set of
// types that the flow layer (which POSTs and reads it) and `/server` (which answers it) both use,
// so the two sides cannot drift. It lives in `core` because `/server` may import `core` only.

/** What a component POSTs to `verifyUrl` after the SDK reported a payment. */
export interface VerifyRequestBody {
  paymentId: string;
  txId?: string;
}

/** Every verdict the `verify` route answers with (docs/codes.md has one row each). */
export const VERIFY_VERDICTS = [
  "paid",
  "virtual-account-issued",
  "invalid-request",
  "unknown-order",
  "other-store",
  "amount-mismatch",
  "not-paid",
  "test-channel",
  "not-found",
  "unavailable",
  "server-error",
] as const;

/** One verdict of the `verify` route. */
export type VerifyVerdict = (typeof VERIFY_VERDICTS)[number];

/**
 * What a buyer needs to pay into an issued virtual account: the buyer's own payment
 * instructions (shown to them by the payment window too), never a secret.
 */
export interface VirtualAccountInstructions {
  /**
   * The bank, as PortOne's record names it (the server SDK's `Bank`, e.g. `SHINHAN`, `K_BANK`),
   * when the record has it: the server SDK types `PaymentMethodVirtualAccount.bank` as optional.
   */
  bank?: string;
  accountNumber: string;
  /** The amount to deposit. */
  amount: number;
  currency: string;
  /** When the account stops accepting the deposit (ISO 8601), when PortOne's record has it. */
  dueDate?: string;
  /** The account holder shown to the buyer (예금주), when PortOne's record has it. */
  holder?: string;
}

/**
 * The JSON body of every `verify` answer. `ok` is true only for `paid`: the money has arrived,
 * for this store, and matches the order. `virtual-account-issued` (200) is not paid: an account
 * awaits the buyer's deposit, and the answer carries the instructions to show them (the deposit
 * then reaches the merchant's server as PortOne's `Transaction.Paid` webhook, not this route).
 * Refusals: `invalid-request` (400, 405, 413), `unknown-order` (404), `not-found` (404, PortOne
 * knows no such payment), `other-store` (409, the payment belongs to another store),
 * `amount-mismatch`, `not-paid` (with PortOne's `status`) and `test-channel` (409),
 * `unavailable` (502: PortOne unreachable or too slow), `server-error` (500).
 */
export type VerifyResponseBody =
  | { ok: true; verdict: "paid"; paymentId: string; amount: number; currency: string }
  | { ok: false; verdict: "virtual-account-issued"; paymentId: string; amount: number; currency: string; virtualAccount?: VirtualAccountInstructions }
  | { ok: false; verdict: "invalid-request"; message: string }
  | { ok: false; verdict: "unknown-order" | "other-store" | "amount-mismatch" | "test-channel" | "not-found"; paymentId: string }
  | { ok: false; verdict: "not-paid"; paymentId: string; status: string }
  | { ok: false; verdict: "unavailable" | "server-error" };
