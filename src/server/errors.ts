import type { ValidationIssue } from "../core/types";

/** The codes `InicisServerError` has when this library (not PortOne) decides the error; docs/codes.md has one row each. */
export const SERVER_ERROR_CODES = ["INVALID_INPUT", "NETWORK_ERROR", "TIMEOUT", "INVALID_RESPONSE", "UNKNOWN_ERROR", "INVALID_WEBHOOK", "INVALID_WEBHOOK_SECRET", "OLDER_WEBHOOK_VERSION", "OTHER_STORE"] as const;

/** What went wrong: our validation, PortOne's answer, the network, or no answer in time. */
export type InicisServerErrorKind = "invalid" | "api" | "network" | "timeout" | "webhook";

/**
 * The one error type of `react-portone-inicis/server`. It keeps what PortOne said (`code` is the
 * API's `type`, such as `PG_PROVIDER`, `ALREADY_PAID`, `UNAUTHORIZED`, with `pgCode`/`pgMessage`)
 * and never carries card data or the API secret: no request body, no headers, no cause.
 */
export class InicisServerError extends Error {
  override readonly name = "InicisServerError";
  readonly kind: InicisServerErrorKind;
  /** PortOne's error `type`, or ours: `INVALID_INPUT`, `NETWORK_ERROR`, `TIMEOUT`, `INVALID_RESPONSE`, `OTHER_STORE`, or a webhook reason. */
  readonly code: string;
  /** The flow that failed (`payInstantly`, `verifyWebhook`, ...). */
  readonly operation: string;
  readonly pgCode?: string;
  readonly pgMessage?: string;
  /** Validation issues when `kind` is `invalid`. */
  readonly issues: readonly ValidationIssue[];

  constructor(init: { kind: InicisServerErrorKind; code: string; operation: string; message: string; pgCode?: string | undefined; pgMessage?: string | undefined; issues?: readonly ValidationIssue[] }) {
    super(`[react-portone-inicis/server] ${init.operation}: ${init.message}`);
    this.kind = init.kind;
    this.code = init.code;
    this.operation = init.operation;
    if (init.pgCode !== undefined) this.pgCode = init.pgCode;
    if (init.pgMessage !== undefined) this.pgMessage = init.pgMessage;
    this.issues = init.issues ?? [];
  }
}

/** Recognises an {@link InicisServerError}. */
export function isInicisServerError(error: unknown): error is InicisServerError {
  return error instanceof InicisServerError || (typeof error === "object" && error !== null && (error as { name?: unknown }).name === "InicisServerError");
}
