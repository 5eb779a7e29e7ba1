import { isPortOneLoadError } from "./errors";
import type { Flow, ValidationIssue } from "./types";

/** A payment went through the window. Verify it on your server before shipping anything. */
export interface PaymentSuccess {
  status: "success";
  flow: "payment";
  paymentId: string;
  txId?: string;
  paymentToken?: string;
}
/** A card billing key was issued (`billingKey` may be `"NEEDS_CONFIRMATION"` for a confirm-process channel). */
export interface BillingKeySuccess {
  status: "success";
  flow: "billingKey";
  billingKey: string;
  issueId?: string;
}
/** A phone billing key was issued together with the first payment. */
export interface PhoneBillingSuccess {
  status: "success";
  flow: "phoneBilling";
  billingKey: string;
  paymentId: string;
  txId?: string;
}
/** The SDK, the PG or the script loader said no; nothing was charged by this attempt unless your server says otherwise. */
export interface FailureOutcome<F extends Flow = Flow> {
  status: "failure";
  flow: F;
  /** PortOne's code (`FAILURE_TYPE_PG`, `PaymentAlreadyPaid`, ...) or ours (`SDK_LOAD_FAILED`, `SDK_LOAD_TIMEOUT`, `UNKNOWN_ERROR`). */
  code: string;
  message: string;
  pgCode?: string;
  pgMessage?: string;
  paymentId?: string;
  txId?: string;
  billingKey?: string;
  issueId?: string;
}
/** The input broke an Inicis rule; no window was opened. */
export interface InvalidOutcome<F extends Flow = Flow> {
  status: "invalid";
  flow: F;
  issues: ValidationIssue[];
}

/** Outcome of `requestPayment`. */
export type PaymentOutcome = PaymentSuccess | FailureOutcome<"payment"> | InvalidOutcome<"payment">;
/** Outcome of `requestIssueBillingKey`. */
export type BillingKeyOutcome = BillingKeySuccess | FailureOutcome<"billingKey"> | InvalidOutcome<"billingKey">;
/** Outcome of `requestIssueBillingKeyAndPay`. */
export type PhoneBillingOutcome = PhoneBillingSuccess | FailureOutcome<"phoneBilling"> | InvalidOutcome<"phoneBilling">;
/** Any outcome, discriminated on `status` (and `flow`). */
export type Outcome = PaymentOutcome | BillingKeyOutcome | PhoneBillingOutcome;
/** The outcome type of one flow. */
export type OutcomeOf<F extends Flow> = Extract<Outcome, { flow: F }>;

const MAX_FIELD = 500;
function text(v: unknown): string | undefined {
  if (typeof v === "string" && v !== "") return v.slice(0, MAX_FIELD);
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return undefined;
}

function withOptional<T extends object>(base: T, extra: Record<string, string | undefined>): T {
  const out = base as Record<string, unknown>;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return base;
}

/** What the attempt was known to use, so a failure or a success without ids can still name it. */
export interface OutcomeContext {
  paymentId?: string;
  issueId?: string;
}

/**
 * Normalises what an SDK call ended with into an outcome: a resolved response (a failure when
 * `code` is set), a rejected PortOne error, our own script-load error, or anything else thrown.
 */
export function toOutcome<F extends Flow>(flow: F, result: unknown, ctx: OutcomeContext = {}): OutcomeOf<F> {
  const r = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  const ids = {
    paymentId: text(r.paymentId) ?? ctx.paymentId,
    txId: text(r.txId),
    billingKey: text(r.billingKey),
    issueId: flow === "billingKey" ? ctx.issueId : undefined,
  };
  const isError = result instanceof Error || r.code !== undefined || result === undefined || result === null;
  if (isError) {
    let code = text(r.code);
    let message = text(r.message);
    if (isPortOneLoadError(result)) {
      code = result.code;
    } else if (result === undefined || result === null) {
      code = "NO_RESPONSE";
      message = "The payment window closed without a response.";
    }
    const failure = withOptional(
      { status: "failure", flow, code: code ?? "UNKNOWN_ERROR", message: message ?? "Unknown error" } as FailureOutcome<F>,
      { pgCode: text(r.pgCode), pgMessage: text(r.pgMessage), ...(flow === "billingKey" ? { issueId: ids.issueId, billingKey: ids.billingKey } : ids) },
    );
    return failure as OutcomeOf<F>;
  }
  if (flow === "payment") {
    return withOptional({ status: "success", flow, paymentId: ids.paymentId ?? "" } as PaymentSuccess, {
      txId: ids.txId,
      paymentToken: text(r.paymentToken),
    }) as OutcomeOf<F>;
  }
  if (flow === "billingKey") {
    return withOptional({ status: "success", flow, billingKey: ids.billingKey ?? "" } as BillingKeySuccess, {
      issueId: ids.issueId,
    }) as OutcomeOf<F>;
  }
  return withOptional({ status: "success", flow, billingKey: ids.billingKey ?? "", paymentId: ids.paymentId ?? "" } as PhoneBillingSuccess, {
    txId: ids.txId,
  }) as OutcomeOf<F>;
}

/** An `invalid` outcome for issues found before any window opened. */
export function invalidOutcome<F extends Flow>(flow: F, issues: ValidationIssue[]): OutcomeOf<F> {
  return { status: "invalid", flow, issues } as InvalidOutcome<F> as OutcomeOf<F>;
}

const FLOW_BY_TRANSACTION: Record<string, Flow> = {
  PAYMENT: "payment",
  ISSUE_BILLING_KEY: "billingKey",
  ISSUE_BILLING_KEY_AND_PAY: "phoneBilling",
};

/**
 * Parses the query a mobile redirect lands with (`?paymentId=...&code=...&pgCode=...`) into an
 * outcome; null when the query holds no PortOne result. Never throws, whatever the input.
 * The result is what the browser was told: confirm it on your server.
 */
export function parseRedirectResult(search: string | URLSearchParams | null | undefined): Outcome | null {
  let params: URLSearchParams;
  try {
    params = typeof search === "string" ? new URLSearchParams(search.length > 100_000 ? "" : search) : (search ?? new URLSearchParams());
    if (!(params instanceof URLSearchParams)) return null;
  } catch {
    return null;
  }
  const get = (key: string): string | undefined => text(params.get(key) ?? undefined);
  const paymentId = get("paymentId");
  const billingKey = get("billingKey");
  const code = get("code");
  if (!paymentId && !billingKey && !code) return null;
  const transactionType = get("transactionType");
  const flow: Flow =
    (transactionType && FLOW_BY_TRANSACTION[transactionType]) ||
    (billingKey && paymentId ? "phoneBilling" : billingKey ? "billingKey" : "payment");
  const response: Record<string, string | undefined> = {
    paymentId,
    billingKey,
    txId: get("txId"),
    code,
    message: get("message"),
    pgCode: get("pgCode"),
    pgMessage: get("pgMessage"),
  };
  if (code === undefined) delete response.code;
  return toOutcome(flow, response);
}
