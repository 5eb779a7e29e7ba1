import type { Customer, IssueBillingKeyAndPayRequest, IssueBillingKeyRequest, PaymentRequest } from "@portone/browser-sdk/v2";
import { buildCombinedInicisBillingKeyBypass, encodeCombinedInicisKeys } from "./bypass";
import { normalizePhoneNumber } from "./checks";
import { hasErrors, IssueCollector, isPresent } from "./collect";
import { createPaymentId } from "./ids";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput, RequestContext } from "./inputs";
import { withoutResultKeys } from "./redirect";
import { requestInicisOptions, validateBillingKeyInput, validatePaymentInput, validatePhoneBillingInput } from "./request-rules";
import type { ValidationIssue } from "./types";

/** The result of a request builder: the exact SDK request (with any warnings), or the issues that block it. */
export type BuildResult<R> = { ok: true; request: R; issues: ValidationIssue[] } | { ok: false; issues: ValidationIssue[] };

/** Runs a flow's validator plus the context checks; the channel key is the input's or the provider's. */
function gate<I extends { channelKey?: string }>(
  validate: (input: I, ctx: RequestContext) => ValidationIssue[],
  input: I,
  ctx: RequestContext,
): { channelKey: string | undefined; issues: ValidationIssue[]; blocked: boolean } {
  const channelKey = input.channelKey ?? ctx.channelKey;
  const out = new IssueCollector();
  out.addAll(validate(input, ctx));
  if (!isPresent(ctx.storeId)) out.error("storeId", "storeId.missing");
  if (!isPresent(channelKey)) out.error("channelKey", "channelKey.missing");
  return { channelKey, issues: out.issues, blocked: hasErrors(out.issues) };
}

function cleanCustomer(customer: Customer | undefined): Customer | undefined {
  if (!customer) return undefined;
  const out: Customer = { ...customer };
  for (const key of ["fullName", "firstName", "lastName", "phoneNumber", "email"] as const) {
    const v = out[key];
    if (typeof v === "string") {
      const t = v.trim();
      if (t === "") delete out[key];
      else out[key] = t;
    }
  }
  if (out.phoneNumber) out.phoneNumber = normalizePhoneNumber(out.phoneNumber) ?? out.phoneNumber;
  return Object.keys(out).length > 0 ? out : undefined;
}

function dropUndefined<T extends object>(o: T): T {
  for (const key of Object.keys(o) as (keyof T)[]) if (o[key] === undefined) delete o[key];
  return o;
}

// PortOne's script, not ours, picks the window, and only a redirecting one reads redirectUrl (it is
// ignored otherwise): every request carries one, so a window that redirects always has a way back
function redirectFor(given: string | undefined, ctx: RequestContext): string | undefined {
  return given ?? (ctx.pageUrl ? withoutResultKeys(ctx.pageUrl) : undefined);
}

const newId = (ctx: RequestContext, prefix: string): string => (ctx.createId ?? createPaymentId)(prefix);

/**
 * Validates a payment for the context's device and builds the exact `requestPayment` argument:
 * the provider's store id and channel key, a generated `paymentId` when none is given, KRW by
 * default, the Inicis `bypass` of both windows (from `inicis` and any raw `bypass`; the device
 * decides only what is checked, never what is sent), and on mobile a
 * `redirectUrl` (given, or the current page without PortOne's result keys).
 */
export function buildPaymentRequest(input: PaymentInput, ctx: RequestContext): BuildResult<PaymentRequest> {
  const { channelKey, issues, blocked } = gate(validatePaymentInput, input, ctx);
  if (blocked) return { ok: false, issues };
  const { inicis: _inicis, bypass: _bypass, paymentId, currency, channelKey: _given, redirectUrl, customer, ...rest } = input;
  // the gate has validated the options: encode them without a second validation pass, both
  // windows' keys whatever ctx.device says (PortOne's script picks the window by its own rule)
  const bypass = encodeCombinedInicisKeys(requestInicisOptions(input, "payment", new IssueCollector()), "payment", {
    payMethod: input.payMethod,
    totalAmount: input.totalAmount,
    currency: currency ?? "KRW",
  });
  const request = dropUndefined({
    ...rest,
    storeId: ctx.storeId,
    channelKey,
    paymentId: paymentId ?? newId(ctx, "pay"),
    currency: currency ?? "KRW",
    customer: cleanCustomer(customer),
    redirectUrl: redirectFor(redirectUrl, ctx),
    bypass: Object.keys(bypass).length > 0 ? { inicis_v2: bypass } : undefined,
  }) as PaymentRequest;
  return { ok: true, request, issues };
}

/** Validates and builds the exact `requestIssueBillingKey` argument for a card billing key (`billingKeyMethod: "CARD"`). */
export function buildIssueBillingKeyRequest(input: BillingKeyInput, ctx: RequestContext): BuildResult<IssueBillingKeyRequest> {
  const { channelKey, issues, blocked } = gate(validateBillingKeyInput, input, ctx);
  if (blocked) return { ok: false, issues };
  const { inicis: _inicis, bypass: _bypass, issueId, channelKey: _given, redirectUrl, customer, ...rest } = input;
  const request = dropUndefined({
    ...rest,
    storeId: ctx.storeId,
    channelKey,
    billingKeyMethod: "CARD",
    issueId: issueId ?? newId(ctx, "bk"),
    customer: cleanCustomer(customer),
    redirectUrl: redirectFor(redirectUrl, ctx),
    bypass: buildCombinedInicisBillingKeyBypass(requestInicisOptions(input, "billingKey", new IssueCollector())),
  }) as IssueBillingKeyRequest;
  return { ok: true, request, issues };
}

/**
 * Validates and builds the exact `requestIssueBillingKeyAndPay` argument for a phone billing key
 * issued with the first payment: `billingKeyAndPayMethod: "MOBILE"` (the guide's "PHONE" is not
 * accepted by the SDK), KRW, and no Inicis bypass (the SDK has none for this call).
 */
export function buildIssueBillingKeyAndPayRequest(input: PhoneBillingInput, ctx: RequestContext): BuildResult<IssueBillingKeyAndPayRequest> {
  const { channelKey, issues, blocked } = gate(validatePhoneBillingInput, input, ctx);
  if (blocked) return { ok: false, issues };
  const { paymentId, currency, channelKey: _given, redirectUrl, customer, ...rest } = input;
  const request = dropUndefined({
    ...rest,
    storeId: ctx.storeId,
    channelKey,
    billingKeyAndPayMethod: "MOBILE",
    paymentId: paymentId ?? newId(ctx, "pay"),
    currency: currency ?? "KRW",
    customer: cleanCustomer(customer),
    redirectUrl: redirectFor(redirectUrl, ctx),
  }) as IssueBillingKeyAndPayRequest;
  return { ok: true, request, issues };
}
