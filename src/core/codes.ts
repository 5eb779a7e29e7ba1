// The failure and cancel codes this library itself puts on outcomes (PortOne's own codes, such as
// FAILURE_TYPE_PG or PaymentAlreadyPaid, pass through as PortOne sent them). docs/codes.md has one
// row per code; a test keeps the two in step.

/** Codes of `failure` outcomes made by this library. */
export const LIBRARY_FAILURE_CODES = [
  "SDK_LOAD_FAILED",
  "SDK_LOAD_TIMEOUT",
  "SDK_UNAVAILABLE",
  "NO_RESPONSE",
  "MALFORMED_RESPONSE",
  "UNKNOWN_ERROR",
  "VERIFY_REFUSED",
  "VERIFY_UNREACHABLE",
  "REDIRECT_UNMATCHED",
  "CARD_SUBMIT_FAILED",
  "COMPONENT_LOAD_FAILED",
] as const;

/** Codes of `cancelled` outcomes. */
export const CANCEL_CODES = ["BUYER_CANCELLED", "BUYER_CLOSED_WINDOW", "BUYER_WENT_BACK"] as const;

/** A failure code this library makes. */
export type LibraryFailureCode = (typeof LIBRARY_FAILURE_CODES)[number];
/** A cancel code. */
export type CancelCode = (typeof CANCEL_CODES)[number];
