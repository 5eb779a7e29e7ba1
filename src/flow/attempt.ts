import { own } from "../core/collect";
import { isDevelopment } from "../core/env";
import { localizeIssues, type MessagePack } from "../core/format";
import { dialogFields } from "../core/buyer-rules";
import { invalidOutcome, type Outcome } from "../core/outcome";
import { buildIssueBillingKeyAndPayRequest, buildIssueBillingKeyRequest, buildPaymentRequest, type BuildResult } from "../core/request";
import type { DeviceClass, Flow, LocalizedIssue } from "../core/types";
import type { RequestContext } from "../core/inputs";
import type { PortOneSdk } from "../sdk/port";
import { requestProps } from "./request-keys";
import type { AttemptStore } from "./store";
import { withAfter, type LoadAfter } from "./after-loader";

// One attempt, from the input to the outcome: build and check the request with the core rules,
// record it when its window may redirect, call the SDK port, normalise the answer, and have the
// merchant's server verify a reported payment.

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
  storeId: string;
  channelKey: string | undefined;
  device: DeviceClass;
  /** The page the attempt starts on (the default `redirectUrl`). */
  pageUrl: string;
  /** The locale's pack if loaded; otherwise `loadPack` is called when a sentence is needed. */
  pack: MessagePack | null;
  loadPack: () => Promise<MessagePack>;
  sdk: PortOneSdk;
  /** The component's or the provider's `verifyUrl`; false or undefined: none. */
  verifyUrl: string | false | undefined;
  /** The merchant's key for this attempt, recorded for the landing. */
  attemptKey: string | undefined;
  store: AttemptStore;
  /** Called when the SDK reported a success and the server is being asked. */
  onVerifying: () => void;
  /** Loads the after-window chunk (the answer's reader and the verify client), called while the window is open. */
  loadAfter: LoadAfter;
}

function warnInDevelopment(issues: readonly LocalizedIssue[]): void {
  console.warn(`[react-portone-inicis]\n${issues.map((i) => `- ${i.field}: ${i.message}`).join("\n")}`);
}

/**
 * Builds and checks the request; an invalid one ends at once (synchronously when the pack is
 * there). Otherwise calls the SDK in this same task and returns the promise of the outcome, or of
 * null when the window left the page (the SDK answered nothing while a `redirectUrl` applies: the
 * landing will bring the result, and the record stays for it).
 */
export function runAttempt(env: AttemptEnv): Outcome | Promise<Outcome | null> {
  const spec = FLOWS[env.flow];
  const built = spec.build(requestProps(env.flow, env.input) as never, { storeId: env.storeId, channelKey: env.channelKey, device: env.device, pageUrl: env.pageUrl });
  if (!built.ok) {
    // the sentences of an invalid input come with the pack, loaded now if it is not there yet
    const invalid = (pack: MessagePack | null): Outcome => {
      const issues = pack ? localizeIssues(built.issues, pack) : built.issues.map((i) => ({ ...i, message: `${i.field}: ${i.code}` }));
      // a merchant's mistake is explained to the developer too; fields the buyer dialog asks for are not one
      if (isDevelopment() && !dialogFields(issues)) warnInDevelopment(issues.filter((i) => i.severity === "error"));
      return invalidOutcome(env.flow, issues);
    };
    return env.pack ? invalid(env.pack) : env.loadPack().then(invalid, () => invalid(null));
  }
  const req = built.request as { paymentId?: string; issueId?: string; totalAmount?: number; currency?: string; orderName?: string; issueName?: string; displayAmount?: number; payMethod?: string; redirectUrl?: string; forceRedirect?: boolean };
  const ids = { paymentId: req.paymentId, issueId: req.issueId };
  const id = (req.paymentId ?? req.issueId)!;
  const amount = req.totalAmount ?? req.displayAmount;
  const expected = typeof req.totalAmount === "number" ? { amount: req.totalAmount, currency: req.currency } : undefined;
  // PortOne's script may open a window that leaves the page: remember what the attempt was for, so its landing finds it
  if (req.redirectUrl !== undefined) {
    env.store.put({
      flow: env.flow,
      id,
      key: env.attemptKey,
      orderName: req.orderName ?? req.issueName,
      amount,
      currency: req.currency,
      payMethod: req.payMethod,
      verifyUrl: env.verifyUrl ?? false,
      redirectUrl: req.redirectUrl,
      at: Date.now(),
    });
  }
  let called: Promise<unknown>;
  try {
    called = Promise.resolve(spec.call(env.sdk, built.request as never));
  } catch (error) {
    called = Promise.reject(error);
  }
  // reading the answer, and the status line after the window, need the after chunk and the pack: fetch both while the window is open
  env.loadAfter().catch(() => undefined);
  const later = env.pack ? Promise.resolve(env.pack) : env.loadPack();
  later.then((pack) => built.issues.length > 0 && isDevelopment() && warnInDevelopment(localizeIssues(built.issues, pack)), () => undefined);
  // a window is expected to leave the page where it may be the mobile one, or when forced to redirect
  const redirects = req.redirectUrl !== undefined && (env.device !== "pc" || req.forceRedirect === true);
  return called.then(
    (response) => {
      // no answer: the page is leaving for the window (the landing brings the result, so the record
      // stays); where we expected the PC window to answer in the page, it is a failure all the same
      if (response === undefined && redirects) return null;
      if (response !== undefined) env.store.drop(env.flow, id);
      return withAfter(env.loadAfter, env.flow, ids, (a) => a.verifyOutcome(a.toOutcome(env.flow, response, ids), env.verifyUrl, expected, env.onVerifying, req.payMethod));
    },
    (error: unknown) => {
      env.store.drop(env.flow, id);
      return withAfter(env.loadAfter, env.flow, ids, (a) => a.toOutcome(env.flow, error instanceof Error || own(error, "code") !== undefined ? error : new Error(String(error)), ids));
    },
  );
}
