import { own } from "../core/collect";
import { isDevelopment } from "../core/env";
import { localizeIssues, type MessagePack } from "../core/format";
import type { RequestContext } from "../core/inputs";
import { failureOutcome, invalidOutcome, readRedirectQuery, toOutcome, type Outcome, type Verification } from "../core/outcome";
import { RESULT_KEYS } from "../core/redirect";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest, type BuildResult } from "../core/request";
import type { Device, Flow, LocalizedIssue } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import { requestProps } from "./request-keys";

// The lazily loaded half of every flow: build and check the request with the core rules, record a
// mobile attempt, call the SDK, normalise the answer, ask the merchant's server, and on a landing
// page hand the redirect's result back to the component that started the attempt.

export { createPortOneSdk } from "../sdk/portone";

interface FlowSpec {
  build: (input: never, ctx: RequestContext) => BuildResult<unknown>;
  call: (sdk: PortOneSdk, request: never) => Promise<unknown>;
}

const FLOWS: Record<Flow, FlowSpec> = {
  payment: { build: buildPaymentRequest, call: (sdk, r) => sdk.requestPayment(r) },
  billingKey: { build: buildIssueBillingKeyRequest, call: (sdk, r) => sdk.requestIssueBillingKey(r) },
  phoneBilling: { build: buildIssueBillingKeyAndPayRequest, call: (sdk, r) => sdk.requestIssueBillingKeyAndPay(r) },
};

/** What one attempt needs from the provider and the component. */
export interface AttemptEnv {
  flow: Flow;
  input: unknown;
  /** Finds the component again after a mobile redirect. */
  key: string;
  storeId: string;
  channelKey: string | undefined;
  device: Device;
  /** The locale's pack if loaded; otherwise `loadPack` is called when a sentence is needed. */
  pack: MessagePack | null;
  loadPack: () => Promise<MessagePack>;
  sdk: PortOneSdk;
  verifyUrl: string | undefined;
  /** Called when the SDK reported a success and the server is being asked. */
  onVerifying: () => void;
}

function warnInDevelopment(issues: readonly LocalizedIssue[]): void {
  console.warn(`[react-portone-inicis]\n${issues.map((i) => `- ${i.field}: ${i.message}`).join("\n")}`);
}

/**
 * Builds and checks the request; an invalid one ends at once. Otherwise calls the SDK in this
 * same task and returns the promise of the outcome (verified by the merchant's server when there
 * is a `verifyUrl`).
 */
export function attempt(env: AttemptEnv): Outcome | Promise<Outcome> {
  const spec = FLOWS[env.flow];
  const built = spec.build(requestProps(env.flow, env.input) as never, { storeId: env.storeId, channelKey: env.channelKey, device: env.device, pageUrl: window.location.href });
  if (!built.ok) {
    // the sentences of an invalid input come with the pack, loaded now if it is not there yet
    const invalid = (pack: MessagePack | null) => {
      const issues = pack ? localizeIssues(built.issues, pack) : built.issues.map((i) => ({ ...i, message: `${i.field}: ${i.code}` }));
      // a merchant's mistake is explained to the developer too; fields the buyer dialog asks for are not one
      if (isDevelopment() && !dialogFields(issues)) warnInDevelopment(issues.filter((i) => i.severity === "error"));
      return invalidOutcome(env.flow, issues);
    };
    return env.pack ? invalid(env.pack) : env.loadPack().then(invalid, () => invalid(null));
  }
  const req = built.request as { paymentId?: string; issueId?: string; totalAmount?: number; currency?: string; redirectUrl?: string; forceRedirect?: boolean };
  const ids = { paymentId: req.paymentId, issueId: req.issueId };
  const id = req.paymentId ?? req.issueId;
  const expected = typeof req.totalAmount === "number" ? { amount: req.totalAmount, currency: req.currency } : undefined;
  // a mobile window leaves the page: remember the attempt so the landing can find this component
  const redirects = req.redirectUrl !== undefined && (env.device === "mobile" || req.forceRedirect === true);
  if (redirects && id) remember({ id, flow: env.flow, key: env.key, ...expected, at: Date.now() });
  let called: Promise<unknown>;
  try {
    called = Promise.resolve(spec.call(env.sdk, built.request as never));
  } catch (error) {
    called = Promise.reject(error);
  }
  // the status line after the window needs the pack: fetch it while the window is open
  const later = env.pack ? Promise.resolve(env.pack) : env.loadPack();
  later.then((pack) => built.issues.length > 0 && isDevelopment() && warnInDevelopment(localizeIssues(built.issues, pack)), () => undefined);
  return called
    .then(
      (response) => toOutcome(env.flow, response, ids),
      (error: unknown) => toOutcome(env.flow, error instanceof Error || own(error, "code") !== undefined ? error : new Error(String(error)), ids),
    )
    .then((outcome) => {
      if (redirects && id) take((a) => a.id === id);
      return verified(outcome, env.verifyUrl, expected, env.onVerifying);
    });
}

const BUYER_FIELDS = ["fullName", "firstName", "lastName", "phoneNumber", "email"];
const BUYER_FIXABLE = ["required", "email.chars", "email.format", "phone.format", "name.tooLong", "name.incomplete", "type.string"];

/**
 * The buyer fields an invalid outcome's errors ask for, when the buyer can fix all of them in the
 * buyer dialog; null when any error is something else (then the component shows the errors).
 */
export function dialogFields(issues: readonly LocalizedIssue[]): string[] | null {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const name = issue.field.slice(9);
    if (!issue.field.startsWith("customer.") || !BUYER_FIELDS.includes(name) || !BUYER_FIXABLE.includes(issue.code)) return null;
    fields.add(name);
  }
  return fields.size > 0 ? [...fields] : null;
}

const CURRENCY = (c: unknown): unknown => (typeof c === "string" ? c.replace(/^CURRENCY_/, "") : c);

/** Asks the merchant's server about a reported payment; only its `{ ok: true }` makes a success. */
async function verified(outcome: Outcome, verifyUrl: string | undefined, expected: { amount: number; currency?: string | undefined } | undefined, onVerifying: () => void): Promise<Outcome> {
  if (outcome.status !== "success" || !verifyUrl || outcome.flow === "billingKey") return outcome;
  onVerifying();
  const ids = { paymentId: outcome.paymentId, txId: outcome.txId };
  let verification: Verification;
  try {
    const response = await fetch(verifyUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(ids),
    });
    const body: unknown = await response.json();
    if (typeof own(body, "verdict") !== "string") throw new Error("no verdict");
    verification = body as Verification;
  } catch {
    return failureOutcome(outcome.flow, "VERIFY_UNREACHABLE", `The payment could not be verified: ${verifyUrl} did not answer with a verdict.`, ids);
  }
  const mismatch =
    expected !== undefined &&
    ((typeof verification.amount === "number" && verification.amount !== expected.amount) ||
      (typeof verification.currency === "string" && CURRENCY(verification.currency) !== CURRENCY(expected.currency ?? "KRW")));
  if (verification.ok !== true || mismatch) {
    const refused = failureOutcome(outcome.flow, "VERIFY_REFUSED", `Your server did not confirm the payment (${mismatch ? "amount-mismatch" : verification.verdict}).`, ids);
    refused.verification = mismatch && verification.ok === true ? { ...verification, ok: false, verdict: "amount-mismatch" } : verification;
    return refused;
  }
  return { ...outcome, verification };
}

// ---- attempts that leave the page (mobile redirects) ----

interface Attempt {
  id: string;
  flow: Flow;
  key: string;
  amount?: number;
  currency?: string | undefined;
  at: number;
}

const STORE = "react-portone-inicis:attempts";
const MAX_AGE_MS = 2 * 60 * 60 * 1000;

function readAttempts(): Attempt[] {
  try {
    const list: unknown = JSON.parse(window.sessionStorage.getItem(STORE) ?? "[]");
    if (!Array.isArray(list)) return [];
    return list.filter((a: Attempt) => typeof a?.id === "string" && typeof a.key === "string" && typeof a.at === "number" && Date.now() - a.at < MAX_AGE_MS && own(FLOWS, a.flow));
  } catch {
    return [];
  }
}

function writeAttempts(list: Attempt[]): void {
  try {
    window.sessionStorage.setItem(STORE, JSON.stringify(list.slice(-20)));
  } catch {
    // storage refused (private mode, quota): the landing then reports REDIRECT_UNMATCHED
  }
}

function remember(a: Attempt): void {
  writeAttempts([...readAttempts().filter((x) => x.id !== a.id), a]);
}

/** Removes and returns the most recent recorded attempt that matches. */
function take(match: (a: Attempt) => boolean): Attempt | undefined {
  const list = readAttempts();
  const found = list.filter(match).pop();
  if (found) writeAttempts(list.filter((a) => a !== found));
  return found;
}

/** How a landing's outcome reaches the page: to the component with `key`, or (key null) to the provider. */
export interface LandingEnv {
  verifyUrl: string | undefined;
  deliver: (key: string | null, event: { type: "verifying" } | { type: "outcome"; outcome: Outcome }) => void;
}

/**
 * On the page a mobile window returned to: reads PortOne's result from the query once, removes
 * every result key from the address bar, matches it to an attempt this browser recorded, asks the
 * server, and delivers the outcome to the component that started it. A query that matches no
 * recorded attempt is a `REDIRECT_UNMATCHED` failure for the provider, never a success.
 */
export function consumeLanding(env: LandingEnv): void {
  const query = readRedirectQuery(window.location.search);
  if (!query) return;
  const url = new URL(window.location.href);
  for (const key of RESULT_KEYS) url.searchParams.delete(key);
  window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);

  const { paymentId, billingKey, issueId, response } = query;
  const record = paymentId
    ? take((a) => a.id === paymentId && a.flow !== "billingKey")
    : take((a) => a.flow === "billingKey" && (issueId === undefined || a.id === issueId));
  if (!record) {
    const flow: Flow = billingKey && !paymentId ? "billingKey" : "payment";
    env.deliver(null, {
      type: "outcome",
      outcome: failureOutcome(flow, "REDIRECT_UNMATCHED", "This page was opened with a payment result that no attempt in this browser started; check the order on your server.", { paymentId, billingKey }),
    });
    return;
  }
  const ids = record.flow === "billingKey" ? { issueId: record.id } : { paymentId: record.id };
  const outcome = toOutcome(record.flow, response, ids);
  const expected = record.amount !== undefined ? { amount: record.amount, currency: record.currency } : undefined;
  void verified(outcome, env.verifyUrl, expected, () => env.deliver(record.key, { type: "verifying" })).then((final) => env.deliver(record.key, { type: "outcome", outcome: final }));
}
