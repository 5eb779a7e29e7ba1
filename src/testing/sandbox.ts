import type {
  IssueBillingKeyAndPayRequest,
  IssueBillingKeyAndPayResponse,
  IssueBillingKeyRequest,
  IssueBillingKeyResponse,
  PaymentRequest,
  PaymentResponse,
} from "@portone/browser-sdk/v2";
import { localizeIssues } from "../core/format";
import { en } from "../core/locales/en";
import { ko } from "../core/locales/ko";
import { PortOneLoadError } from "../core/errors";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "../core/inputs";
import { validateBillingKeyInput, validatePaymentInput, validatePhoneBillingInput } from "../core/request-rules";
import type { Device, Flow, MessageLocale, ValidationIssue } from "../core/types";
import type { PortOneSdk } from "../sdk/port";

/** What every recorded call says about the window that opened. */
interface WindowFacts {
  /** The Inicis window (module) that opened for the call, chosen by the sandbox's own rule. */
  device: Device;
  /** The `bypass.inicis_v2` keys that window's module reads, as it received them; the others never reach it. */
  received: Record<string, unknown>;
}

/** One request the sandbox received. */
export type SandboxCall =
  | ({ flow: "payment"; request: PaymentRequest } & WindowFacts)
  | ({ flow: "billingKey"; request: IssueBillingKeyRequest } & WindowFacts)
  | ({ flow: "phoneBilling"; request: IssueBillingKeyAndPayRequest } & WindowFacts);

/** Which Inicis window the sandbox opens: one of them, or `auto` (a plain user-agent test, as PortOne's script decides). */
export type SandboxWindow = Device | "auto";

/** How the simulated window ends. */
export type SandboxDecision =
  | "success"
  | "failure"
  | "cancel"
  | { result: "success" }
  | { result: "failure"; pgCode?: string; pgMessage?: string }
  | { result: "cancel" };

/** Options of {@link createSandboxSdk}. */
export interface SandboxOptions {
  /** How every window ends unless `decide` says otherwise; `success` by default. */
  result?: "success" | "failure" | "cancel";
  /** Decides each call (may wait, e.g. for a person clicking in a simulated window). */
  decide?: (call: SandboxCall) => SandboxDecision | Promise<SandboxDecision>;
  /** Delay before each answer and each preload, in ms. */
  latencyMs?: number;
  /**
   * Which Inicis window opens, whatever the library guessed: `pc`, `mobile`, or `auto` (default),
   * a plain user-agent test (Android, iPhone, iPad, iPod or "Mobile" opens the mobile window) like
   * the one PortOne's script is believed to make. A function is asked on every call. Force it to
   * test a page where the library and PortOne disagree.
   */
  window?: SandboxWindow | (() => SandboxWindow);
  /** The older name of `window`; `window` wins when both are given. */
  device?: Device | (() => Device);
  /** On mobile with a `redirectUrl`, the sandbox navigates there instead of resolving. `location.assign` by default. */
  navigate?: (url: string) => void;
  /** The first N `preload()` calls fail with a load error (to show retry). */
  loadFailures?: number;
  /** Language of the rule messages in rejections. */
  locale?: MessageLocale;
}

/** The sandbox SDK: a {@link PortOneSdk} plus what it recorded. */
export interface SandboxSdk extends PortOneSdk {
  /** Every request received, in order (also those it rejected). */
  readonly calls: SandboxCall[];
  /** Payment ids already paid; paying one again is refused with `PaymentAlreadyPaid`. */
  readonly paidPaymentIds: Set<string>;
  /** How many times `preload()` ran. */
  readonly preloadCount: number;
  /** Forgets calls and paid ids. */
  reset(): void;
}

const ERROR_TYPES: Record<Flow, { type: string; transactionType: string }> = {
  payment: { type: "PaymentError", transactionType: "PAYMENT" },
  billingKey: { type: "IssueBillingKeyError", transactionType: "ISSUE_BILLING_KEY" },
  phoneBilling: { type: "IssueBillingKeyAndPayError", transactionType: "ISSUE_BILLING_KEY_AND_PAY" },
};

/** A rejection shaped like the SDK's error classes, so `isPaymentError` and friends recognise it. */
export class SandboxPortOneError extends Error {
  readonly __portOneErrorType: string;
  readonly transactionType: string;
  readonly code: string;
  readonly issues: readonly ValidationIssue[];
  constructor(flow: Flow, code: string, message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    this.name = ERROR_TYPES[flow].type;
    this.__portOneErrorType = ERROR_TYPES[flow].type;
    this.transactionType = ERROR_TYPES[flow].transactionType;
    this.code = code;
    this.issues = issues;
  }
}

function uuid(): string {
  if (typeof globalThis.crypto?.randomUUID === "function") return globalThis.crypto.randomUUID();
  const b = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// The keys each Inicis module reads (PortOne's InicisV2Bypass and InicisV2IssueBillingKeyBypass
// types): written out here, not derived from the library's option table, so that a key the library
// forgets or misnames shows up as missing from what the window received.
const MODULE_KEYS: Record<Flow, Record<Device, readonly string[]>> = {
  payment: { pc: ["logo_url", "logo_2nd", "parentemail", "Ini_SSGPAY_MDN", "acceptmethod"], mobile: ["P_CARD_OPTION", "P_MNAME", "P_RESERVED"] },
  billingKey: { pc: [], mobile: ["carduse"] },
  phoneBilling: { pc: [], mobile: [] },
};

function receivedBy(flow: Flow, device: Device, request: unknown): Record<string, unknown> {
  const bypass = (request as { bypass?: { inicis_v2?: unknown } } | null)?.bypass?.inicis_v2;
  const out: Record<string, unknown> = {};
  if (typeof bypass !== "object" || bypass === null) return out;
  for (const key of MODULE_KEYS[flow][device]) if (Object.prototype.hasOwnProperty.call(bypass, key)) out[key] = (bypass as Record<string, unknown>)[key];
  return out;
}

// PortOne's script chooses the window from the user agent by a rule it does not publish; this is
// the plain test the example apps' fake script makes too. It must never be the library's own
// detection: a stand-in that shares the library's guess could not show a disagreement.
function userAgentWindow(): Device {
  const ua = typeof navigator === "undefined" ? "" : String(navigator.userAgent);
  return /Android|iPhone|iPad|iPod|Mobile/i.test(ua) ? "mobile" : "pc";
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function normalise(d: SandboxDecision): { result: "success" | "failure" | "cancel"; pgCode?: string; pgMessage?: string } {
  return typeof d === "string" ? { result: d } : d;
}

/**
 * A stand-in for PortOne and KG Inicis in tests, demos and Storybook: opens the PC or mobile window
 * by its own rule (`window`), checks every request as that window's module would, answers as
 * Inicis would (rejects what Inicis rejects, `PaymentAlreadyPaid` for a paid `paymentId`), records
 * every call with the Inicis keys that window received, and on the mobile window with a
 * `redirectUrl` simulates the redirect. It never touches the network.
 */
export function createSandboxSdk(options: SandboxOptions = {}): SandboxSdk {
  const calls: SandboxCall[] = [];
  const paid = new Set<string>();
  let loadFailures = options.loadFailures ?? 0;
  let preloadCount = 0;
  const latency = options.latencyMs ?? 0;
  const device = (): Device => {
    const chosen = options.window ?? options.device ?? "auto";
    const opened = typeof chosen === "function" ? chosen() : chosen;
    return opened === "pc" || opened === "mobile" ? opened : userAgentWindow();
  };

  const preload = async (): Promise<void> => {
    preloadCount++;
    if (latency) await sleep(latency);
    if (loadFailures > 0) {
      loadFailures--;
      throw new PortOneLoadError("SDK_LOAD_FAILED", "[sandbox] The PortOne script could not be loaded (simulated).");
    }
  };

  async function run<R>(call: SandboxCall, issues: ValidationIssue[], answer: (d: ReturnType<typeof normalise>, txId: string) => R): Promise<R> {
    calls.push(call);
    await preload();
    const errors = issues.filter((i) => i.severity === "error");
    const req = call.request as { storeId?: unknown; channelKey?: unknown; paymentId?: unknown };
    if (typeof req.storeId !== "string" || !req.storeId || typeof req.channelKey !== "string" || !req.channelKey) {
      throw new SandboxPortOneError(call.flow, "InvalidArgument", "[sandbox] storeId and channelKey are required.");
    }
    if (errors.length > 0) {
      const localized = localizeIssues(errors, options.locale === "en" ? en : ko);
      throw new SandboxPortOneError(call.flow, "InvalidArgument", localized.map((e) => e.message).join(" "), localized);
    }
    if (call.flow !== "billingKey" && typeof req.paymentId === "string" && paid.has(req.paymentId)) {
      throw new SandboxPortOneError(call.flow, "PaymentAlreadyPaid", "[sandbox] This paymentId has already been paid.");
    }
    const decision = normalise(options.decide ? await options.decide(call) : (options.result ?? "success"));
    if (latency) await sleep(latency);
    const txId = uuid();
    const response = answer(decision, txId);
    if (decision.result === "success" && call.flow !== "billingKey" && typeof req.paymentId === "string") paid.add(req.paymentId);
    const redirectUrl = (call.request as { redirectUrl?: string }).redirectUrl;
    if (call.device === "mobile" && redirectUrl) {
      const url = new URL(redirectUrl, typeof location === "undefined" ? "http://localhost/" : location.href);
      for (const [k, v] of Object.entries(response as Record<string, unknown>)) {
        if (typeof v === "string") url.searchParams.set(k, v);
      }
      (options.navigate ?? ((u: string) => location.assign(u)))(url.toString());
      return new Promise<R>(() => undefined);
    }
    return response;
  }

  // a closed window is reported as each Inicis module reports it: the PC module's resultCode V801;
  // the mobile module's P_STATUS 01 (any failed authentication) with the cancel in its message
  const failure = (d: ReturnType<typeof normalise>, window: Device): Record<string, string> =>
    d.result === "cancel"
      ? { code: "FAILURE_TYPE_PG", message: "[sandbox] The buyer closed the payment window.", pgCode: window === "pc" ? "V801" : "01", pgMessage: "사용자가 결제를 취소하였습니다." }
      : { code: "FAILURE_TYPE_PG", message: "[sandbox] The PG refused the payment.", pgCode: d.pgCode ?? "R999", pgMessage: d.pgMessage ?? "카드사 승인 거절(샌드박스)" };

  return {
    calls,
    paidPaymentIds: paid,
    get preloadCount() {
      return preloadCount;
    },
    reset() {
      calls.length = 0;
      paid.clear();
    },
    preload,
    requestPayment(request) {
      const d = device();
      const issues = validatePaymentInput(request as unknown as PaymentInput, { device: d });
      return run<PaymentResponse>({ flow: "payment", request, device: d, received: receivedBy("payment", d, request) }, issues, (dec, txId) => ({
        transactionType: "PAYMENT",
        paymentId: request.paymentId,
        txId,
        ...(dec.result === "success" ? {} : failure(dec, d)),
      }));
    },
    requestIssueBillingKey(request) {
      const d = device();
      const issues = validateBillingKeyInput(request as unknown as BillingKeyInput, { device: d });
      if (request.billingKeyMethod !== "CARD") issues.push({ field: "billingKeyMethod", code: "payMethod.unsupported", severity: "error", params: { value: String(request.billingKeyMethod) } });
      return run<IssueBillingKeyResponse>({ flow: "billingKey", request, device: d, received: receivedBy("billingKey", d, request) }, issues, (dec) => ({
        transactionType: "ISSUE_BILLING_KEY",
        billingKey: dec.result === "success" ? `billing-key-${uuid()}` : "",
        ...(dec.result === "success" ? {} : failure(dec, d)),
      }));
    },
    requestIssueBillingKeyAndPay(request) {
      const d = device();
      const issues = validatePhoneBillingInput(request as unknown as PhoneBillingInput, { device: d });
      if (request.billingKeyAndPayMethod !== "MOBILE") issues.push({ field: "billingKeyAndPayMethod", code: "payMethod.unsupported", severity: "error", params: { value: String(request.billingKeyAndPayMethod) } });
      return run<IssueBillingKeyAndPayResponse>({ flow: "phoneBilling", request, device: d, received: receivedBy("phoneBilling", d, request) }, issues, (dec, txId) => ({
        transactionType: "ISSUE_BILLING_KEY_AND_PAY",
        paymentId: request.paymentId,
        txId,
        billingKey: dec.result === "success" ? `billing-key-${uuid()}` : "",
        ...(dec.result === "success" ? {} : failure(dec, d)),
      }));
    },
  };
}
