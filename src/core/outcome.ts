import { isClosedWindow } from "./closed-window";
import type { CancelCode, LibraryFailureCode } from "./codes";
import { own } from "./collect";
import { isPortOneLoadError } from "./errors";
import { isPortOneLanding, splitLanding } from "./redirect";
import type { Flow, LocalizedIssue } from "./types";
import type { VerifyResponseBody, VirtualAccountInstructions } from "./verify-contract";

/** What the merchant's server said about a payment: the JSON body of `verifyUrl`'s answer. */
export type Verification = VerifyResponseBody;

/** A payment went through the window (and, with `verifyUrl`, your server confirmed it). */
export interface PaymentSuccess {
  status: "success";
  flow: "payment";
  paymentId: string;
  txId?: string;
  /** For a manual-confirm channel: the token PortOne's confirm API needs. */
  paymentToken?: string;
  /** Your server's verdict, when the provider or component has a `verifyUrl`. */
  verification?: Verification;
}
/**
 * A virtual account was issued for the payment: **not paid yet**. The buyer must deposit into it
 * (bank, number, amount, due date); your server hears of the deposit from PortOne's webhook
 * (`Transaction.Paid`), and fulfils the order then. With a `verifyUrl`, `virtualAccount` holds what
 * your server read from PortOne's record; without one, the payment window showed the account.
 */
export interface VirtualAccountIssuedOutcome {
  status: "virtualAccountIssued";
  flow: "payment";
  paymentId: string;
  txId?: string;
  /** What the buyer must pay into, from your server's `verify` answer (absent without a `verifyUrl`). */
  virtualAccount?: VirtualAccountInstructions;
  /** Your server's verdict, when there is a `verifyUrl`. */
  verification?: Verification;
}
/** A card billing key was issued (`billingKey` may be `"NEEDS_CONFIRMATION"` for a confirm-process channel). */
export interface BillingKeySuccess {
  status: "success";
  flow: "billingKey";
  billingKey: string;
  issueId?: string;
  /** For a manual-confirm channel: the token PortOne's confirm API needs. */
  billingIssueToken?: string;
}
/** A phone billing key was issued together with the first payment. */
export interface PhoneBillingSuccess {
  status: "success";
  flow: "phoneBilling";
  billingKey: string;
  paymentId: string;
  txId?: string;
  /** For a manual-confirm channel: the token PortOne's confirm API needs. */
  billingIssueToken?: string;
  /** Your server's verdict on the first payment, when there is a `verifyUrl`. */
  verification?: Verification;
}
/**
 * The SDK, the PG, the script loader, your server's verification or your own callback said no.
 * Nothing was charged by this attempt unless your server says otherwise.
 */
export interface FailureOutcome<F extends Flow = Flow> {
  status: "failure";
  flow: F;
  /** PortOne's code (`FAILURE_TYPE_PG`, `PaymentAlreadyPaid`, ...) or ours (see `docs/codes.md`). */
  code: string;
  /** For developers: PortOne's message, or ours. Components show buyers a localised sentence instead. */
  message: string;
  pgCode?: string;
  pgMessage?: string;
  paymentId?: string;
  txId?: string;
  billingKey?: string;
  issueId?: string;
  /** Your server's verdict, for `VERIFY_REFUSED`. */
  verification?: Verification;
}
/** The input broke an Inicis rule; no window was opened. Each issue carries its sentence. */
export interface InvalidOutcome<F extends Flow = Flow> {
  status: "invalid";
  flow: F;
  issues: LocalizedIssue[];
}
/**
 * The buyer chose not to go on: closed the buyer dialog (`BUYER_CANCELLED`), closed or cancelled
 * the KG Inicis window (`BUYER_CLOSED_WINDOW`, on PC and after a mobile redirect alike), or came
 * Back from a window that had left the page (`BUYER_WENT_BACK`). Not an error; nothing was charged.
 */
export interface CancelledOutcome<F extends Flow = Flow> {
  status: "cancelled";
  flow: F;
  code: CancelCode;
  paymentId?: string;
  issueId?: string;
  /** With `BUYER_CLOSED_WINDOW`: PortOne's attempt id. */
  txId?: string;
  /** With `BUYER_CLOSED_WINDOW`: the PG's code and message as PortOne sent them (for your logs). */
  pgCode?: string;
  pgMessage?: string;
}

/** Outcome of `requestPayment`. */
export type PaymentOutcome = PaymentSuccess | VirtualAccountIssuedOutcome | FailureOutcome<"payment"> | InvalidOutcome<"payment"> | CancelledOutcome<"payment">;
/** Outcome of `requestIssueBillingKey`. */
export type BillingKeyOutcome = BillingKeySuccess | FailureOutcome<"billingKey"> | InvalidOutcome<"billingKey"> | CancelledOutcome<"billingKey">;
/** Outcome of `requestIssueBillingKeyAndPay`. */
export type PhoneBillingOutcome = PhoneBillingSuccess | FailureOutcome<"phoneBilling"> | InvalidOutcome<"phoneBilling"> | CancelledOutcome<"phoneBilling">;
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

function compact<T extends object>(base: T, extra: Record<string, string | undefined>): T {
  const out = base as Record<string, unknown>;
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) out[k] = v;
  return base;
}

/** What the attempt was known to use, so a failure or a success without ids can still name it. */
export interface OutcomeContext {
  paymentId?: string | undefined;
  issueId?: string | undefined;
}

/** A failure this library makes, with its own code and a developer message. */
export function failureOutcome<F extends Flow>(flow: F, code: LibraryFailureCode, message: string, extra: Record<string, string | undefined> = {}): FailureOutcome<F> {
  return compact({ status: "failure", flow, code, message } as FailureOutcome<F>, extra);
}

/**
 * Normalises what an SDK call ended with into an outcome: a resolved response (a failure when
 * `code` is set), a rejected PortOne error, our own script-load error, or anything else thrown.
 * An answer that is not an object, or holds neither a `code` nor the flow's ids, is a failure
 * (`NO_RESPONSE` for nothing at all, `MALFORMED_RESPONSE` otherwise), never a success.
 */
export function toOutcome<F extends Flow>(flow: F, result: unknown, ctx: OutcomeContext = {}): OutcomeOf<F> {
  const r = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  const paymentId = text(own(r, "paymentId")) ?? ctx.paymentId;
  const billingKey = text(own(r, "billingKey"));
  const ids = flow === "billingKey" ? { issueId: ctx.issueId, billingKey } : { paymentId, txId: text(own(r, "txId")), billingKey };
  if (result === undefined || result === null) return failureOutcome(flow, "NO_RESPONSE", "The payment window closed without a response.", ids) as OutcomeOf<F>;
  if (result instanceof Error || own(r, "code") !== undefined) {
    const code = isPortOneLoadError(result) ? result.code : (text(own(r, "code")) ?? "UNKNOWN_ERROR");
    const message = text(own(r, "message"));
    const pg = { pgCode: text(own(r, "pgCode")), pgMessage: text(own(r, "pgMessage")) };
    // the buyer closing the window comes back as a PG failure: it is a cancel, not a refusal
    if (!(result instanceof Error) && isClosedWindow(code, pg.pgCode, pg.pgMessage, message)) {
      return compact({ status: "cancelled", flow, code: "BUYER_CLOSED_WINDOW" } as CancelledOutcome<F>, { ...ids, billingKey: undefined, ...pg }) as OutcomeOf<F>;
    }
    return failureOutcome(flow, code as LibraryFailureCode, message ?? "Unknown error", { ...pg, ...ids }) as OutcomeOf<F>;
  }
  const hasIds = flow === "payment" ? text(own(r, "paymentId")) !== undefined : flow === "billingKey" ? billingKey !== undefined : billingKey !== undefined && text(own(r, "paymentId")) !== undefined;
  if (typeof result !== "object" || !hasIds) {
    return failureOutcome(flow, "MALFORMED_RESPONSE", "The SDK answered with neither a result code nor the ids of a success.", ids) as OutcomeOf<F>;
  }
  if (flow === "payment") return compact({ status: "success", flow, paymentId: paymentId! } as PaymentSuccess, { txId: ids.txId, paymentToken: text(own(r, "paymentToken")) }) as OutcomeOf<F>;
  const billingIssueToken = text(own(r, "billingIssueToken"));
  if (flow === "billingKey") return compact({ status: "success", flow, billingKey: billingKey! } as BillingKeySuccess, { issueId: ctx.issueId, billingIssueToken }) as OutcomeOf<F>;
  return compact({ status: "success", flow, billingKey: billingKey!, paymentId: paymentId! } as PhoneBillingSuccess, { txId: ids.txId, billingIssueToken }) as OutcomeOf<F>;
}

/** An `invalid` outcome for issues found before any window opened. */
export function invalidOutcome<F extends Flow>(flow: F, issues: LocalizedIssue[]): OutcomeOf<F> {
  return { status: "invalid", flow, issues } as InvalidOutcome<F> as OutcomeOf<F>;
}

/** A `cancelled` outcome: the buyer left the buyer dialog (or came Back from a window that left the page). */
export function cancelledOutcome<F extends Flow>(flow: F, ctx: OutcomeContext = {}, code: CancelCode = "BUYER_CANCELLED"): OutcomeOf<F> {
  return compact({ status: "cancelled", flow, code } as CancelledOutcome<F>, { paymentId: ctx.paymentId, issueId: ctx.issueId }) as OutcomeOf<F>;
}

const FLOW_BY_TRANSACTION: Record<string, Flow> = {
  PAYMENT: "payment",
  ISSUE_BILLING_KEY: "billingKey",
  ISSUE_BILLING_KEY_AND_PAY: "phoneBilling",
};

/** What a landing's PortOne keys say: the flow `transactionType` names, the SDK-shaped response, and its ids. */
export interface RedirectQuery {
  flow: Flow;
  response: Record<string, string | undefined>;
  paymentId: string | undefined;
  billingKey: string | undefined;
  issueId: string | undefined;
}

/**
 * Reads PortOne's keys of a landing (see `splitLanding`) as the SDK's response: own keys only,
 * each cut to 500 characters; a `code` key, even empty, makes it a failure, as PortOne's own
 * parser reads it. Null unless `transactionType` names a flow and `paymentId` or `billingKey` is
 * there. Never throws.
 */
export function readRedirectQuery(params: URLSearchParams): RedirectQuery | null {
  const get = (key: string): string | undefined => text(params.get(key) ?? undefined);
  const flow = own(FLOW_BY_TRANSACTION, get("transactionType") ?? "") as Flow | undefined;
  const paymentId = get("paymentId");
  const billingKey = get("billingKey");
  if (!flow || (!paymentId && !billingKey)) return null;
  const response: Record<string, string | undefined> = { paymentId, billingKey, txId: get("txId"), message: get("message"), pgCode: get("pgCode"), pgMessage: get("pgMessage"), paymentToken: get("paymentToken"), billingIssueToken: get("billingIssueToken") };
  const code = params.get("code");
  if (code !== null) response.code = code.slice(0, MAX_FIELD);
  return { flow, response, paymentId, billingKey, issueId: get("issueId") };
}

/**
 * Parses the query a redirect lands with (`?paymentId=...&transactionType=PAYMENT&code=...`) into
 * an outcome; null unless the query is PortOne's landing (`transactionType` with `paymentId` or
 * `billingKey`). Never throws. The result is what the browser was told: the components take a
 * landing as theirs only when it matches an attempt this browser recorded, and as a success only
 * when your server confirms it.
 */
export function parseRedirectResult(search: string | URLSearchParams | null | undefined): Outcome | null {
  let value: string;
  try {
    value = search instanceof URLSearchParams ? search.toString() : typeof search === "string" ? search : "";
  } catch {
    return null;
  }
  if (!isPortOneLanding(value)) return null;
  const q = readRedirectQuery(splitLanding(value).result);
  return q ? toOutcome(q.flow, q.response) : null;
}
