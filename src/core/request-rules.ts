import { utf8Length } from "./bytes";
import { validateBuyer } from "./buyer-rules";
import { mergeInicisOptions, readInicisBypass, validateInicisOptions, type InicisOptions } from "./bypass";
import { checkAmount, checkCurrency, checkHttpUrl, checkId, checkTaxPart, checkText, MAX_TEXT } from "./checks";
import { asObj, IssueCollector, isPresent, own, shortText } from "./collect";
import { mayOpen, windowsFor } from "./device";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "./inputs";
import { checkMethodCurrency, payMethodRule } from "./pay-methods";
import type { BuyerInput, Device, DeviceClass, ValidateContext, ValidationIssue } from "./types";

/** Bytes of `orderName` Inicis shows before cutting it. */
export const ORDER_NAME_MAX_BYTES = 40;
const LOCALES: Record<Device, readonly string[]> = { pc: ["KO_KR", "EN_US", "ZH_CN"], mobile: ["KO_KR", "EN_US"] };
const BILLING_CURRENCIES: Record<Device, readonly string[]> = { pc: ["KRW", "USD"], mobile: ["KRW"] };

/** What every window in `windows` takes: a value one of them refuses is refused (an ambiguous device may open either). */
function takenByAll(table: Record<Device, readonly string[]>, windows: readonly Device[]): string[] {
  return table[windows[0]!].filter((v) => windows.every((w) => table[w].includes(v)));
}

type Obj = Record<string, unknown>;

function checkOrderName(out: IssueCollector, v: unknown): void {
  checkText(out, "orderName", v, MAX_TEXT);
  if (typeof v === "string" && v.length <= MAX_TEXT && utf8Length(v) > ORDER_NAME_MAX_BYTES) out.warn("orderName", "orderName.tooLong", { max: ORDER_NAME_MAX_BYTES });
}

/** What a payment and a phone billing key with payment share: the id, the order name, the amount and its parts. */
function checkOrder(out: IssueCollector, i: Obj): void {
  checkId(out, "paymentId", i.paymentId, false);
  checkOrderName(out, i.orderName);
  checkAmount(out, "totalAmount", i.totalAmount);
  checkTaxPart(out, "vatAmount", i.vatAmount);
  checkTaxPart(out, "taxFreeAmount", i.taxFreeAmount);
}

function checkOfferPeriod(out: IssueCollector, v: unknown, required: boolean): void {
  if (v === undefined || v === null) {
    if (required) out.error("offerPeriod", "required");
    return;
  }
  const o = asObj(v);
  const hasRange = o.range !== undefined;
  if (hasRange === (o.interval !== undefined)) return out.error("offerPeriod", "offerPeriod.invalid");
  if (!hasRange) {
    if (o.interval !== "1m" && o.interval !== "1y") out.error("offerPeriod.interval", "offerPeriod.interval");
    return;
  }
  const r = asObj(o.range);
  const time = (t: unknown): number => (typeof t === "string" && t.length < 64 ? Date.parse(t) : NaN);
  if (!(time(r.from) < time(r.to))) out.error("offerPeriod.range", "offerPeriod.range");
}

function checkProductType(out: IssueCollector, v: unknown, required: boolean): void {
  if (v === undefined) {
    if (required) out.error("productType", "required");
    return;
  }
  const t = typeof v === "string" ? v.replace(/^PRODUCT_TYPE_/, "") : v;
  if (t !== "REAL" && t !== "DIGITAL") out.error("productType", "productType.invalid");
}

function checkLocale(out: IssueCollector, v: unknown, windows: readonly Device[]): void {
  if (v !== undefined && (typeof v !== "string" || !takenByAll(LOCALES, windows).includes(v))) out.warn("locale", "locale.unsupported", { value: shortText(v, 20) });
}

function warnIgnored(out: IssueCollector, obj: Obj, prefix: string, keys: readonly string[] | undefined, code: "field.ignored" | "contract.required" = "field.ignored"): void {
  for (const key of keys ?? []) if (obj[key] !== undefined) out.warn(`${prefix}.${key}`, code);
}

function checkUrls(out: IssueCollector, i: Obj): void {
  checkHttpUrl(out, "redirectUrl", i.redirectUrl);
  if (Array.isArray(i.noticeUrls)) i.noticeUrls.forEach((u, n) => checkHttpUrl(out, `noticeUrls[${n}]`, u));
}

function checkPayMethod(out: IssueCollector, i: Obj, device: DeviceClass): void {
  const method = i.payMethod;
  const rule = payMethodRule(method);
  if (!rule) return out.error("payMethod", isPresent(method) ? "payMethod.unsupported" : "required", { value: shortText(method, 30) });
  const sub = asObj(i[rule.field]);
  rule.check?.(out, sub, device);
  warnIgnored(out, sub, rule.field, rule.contract, "contract.required");
  warnIgnored(out, sub, rule.field, rule.ignored);
  // ignored only when no mobile window can open to read it
  if (!mayOpen(device, "mobile")) warnIgnored(out, sub, rule.field, rule.ignoredOnPc);
  if (rule.cashReceipt && (sub.cashReceiptType === "PERSONAL" || sub.cashReceiptType === "CORPORATE")) out.warn(`${rule.field}.cashReceiptType`, "field.ignored");
  if (rule.productType) checkProductType(out, i.productType, true);
  checkMethodCurrency(out, "currency", i.currency, method, true);
}

/**
 * The Inicis options a request carries: its raw `bypass` (the guide's shape) read into options and
 * merged with `inicis`, which wins where both set a key. Unknown bypass keys are issues.
 */
export function requestInicisOptions(i: Obj, flow: "payment" | "billingKey", out: IssueCollector): InicisOptions | undefined {
  const raw = own(i, "bypass");
  const inicis = own(i, "inicis") as InicisOptions | undefined;
  if (raw === undefined) return inicis;
  const read = readInicisBypass(raw, flow);
  out.addAll(read.issues);
  return mergeInicisOptions(read.options, inicis);
}

/**
 * Every Inicis rule for a payment-window request on one device, or on both windows' when the
 * device is `ambiguous` (rules sections 3 to 6):
 * ids, order name, amount, currency, per-pay-method fields, buyer fields and Inicis options
 * (`inicis` and a raw `bypass`).
 */
export function validatePaymentInput(input: PaymentInput, ctx: ValidateContext): ValidationIssue[] {
  const out = new IssueCollector();
  const i = asObj(input);
  checkOrder(out, i);
  checkPayMethod(out, i, ctx.device);
  if (i.productType !== undefined && i.payMethod !== "MOBILE") checkProductType(out, i.productType, false);
  if (i.offerPeriod !== undefined) checkOfferPeriod(out, i.offerPeriod, false);
  if (i.isEscrow === true) out.warn("isEscrow", "contract.required");
  checkLocale(out, i.locale, windowsFor(ctx.device));
  checkUrls(out, i);
  out.addAll(validateBuyer(i.customer as BuyerInput | undefined, { flow: "payment", device: ctx.device }));
  const options = requestInicisOptions(i, "payment", out);
  // the request carries both windows' keys: a contract is needed wherever a value is sent, whatever the device
  out.addAll(validateInicisOptions(options, undefined, { fieldPrefix: i.bypass !== undefined && i.inicis === undefined ? "bypass" : "inicis" }));
  return out.issues;
}

/** Every Inicis rule for a card billing-key window (rules sections 3 and 5); `ambiguous` meets both windows'. */
export function validateBillingKeyInput(input: BillingKeyInput, ctx: ValidateContext): ValidationIssue[] {
  const out = new IssueCollector();
  const i = asObj(input);
  checkId(out, "issueId", i.issueId, false);
  checkText(out, "issueName", i.issueName);
  checkOfferPeriod(out, i.offerPeriod, mayOpen(ctx.device, "mobile"));
  if (i.displayAmount !== undefined) checkAmount(out, "displayAmount", i.displayAmount);
  if (i.currency !== undefined) checkCurrency(out, "currency", i.currency, takenByAll(BILLING_CURRENCIES, windowsFor(ctx.device)), true);
  // the mobile billing-key window ignores the locale: only a PC window can read it
  if (!mayOpen(ctx.device, "pc") && i.locale !== undefined) out.warn("locale", "field.ignored");
  else checkLocale(out, i.locale, ["pc"]);
  checkUrls(out, i);
  out.addAll(validateBuyer(i.customer as BuyerInput | undefined, { flow: "billingKey", device: ctx.device }));
  const options = requestInicisOptions(i, "billingKey", out);
  out.addAll(validateInicisOptions(options, undefined, { fieldPrefix: i.bypass !== undefined && i.inicis === undefined ? "bypass" : "inicis", flow: "billingKey" }));
  return out.issues;
}

/** Every Inicis rule for a phone billing key issued with the first payment (rules sections 3 and 5); `ambiguous` meets both windows'. */
export function validatePhoneBillingInput(input: PhoneBillingInput, ctx: ValidateContext): ValidationIssue[] {
  const out = new IssueCollector();
  const i = asObj(input);
  checkOrder(out, i);
  checkCurrency(out, "currency", i.currency ?? "KRW", ["KRW"], true);
  checkProductType(out, i.productType, true);
  checkOfferPeriod(out, i.offerPeriod, mayOpen(ctx.device, "mobile"));
  if (i.locale !== undefined) out.warn("locale", "field.ignored");
  warnIgnored(out, asObj(i.mobile), "mobile", ["carrier", "avaliableCarriers"]);
  // the SDK's IssueBillingKeyAndPayBypass has no inicis_v2 slot: nothing given here could reach Inicis
  for (const key of ["inicis", "bypass"]) if (own(i, key) !== undefined) out.error(key, "bypass.unsupported");
  checkUrls(out, i);
  out.addAll(validateBuyer(i.customer as BuyerInput | undefined, { flow: "phoneBilling", device: ctx.device }));
  return out.issues;
}
