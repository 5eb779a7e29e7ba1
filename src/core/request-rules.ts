import { utf8Length } from "./bytes";
import { validateBuyer } from "./buyer-rules";
import { validateInicisOptions } from "./bypass";
import { IssueCollector, isPresent, shortText } from "./collect";
import { isAsciiId, MAX_ID_LENGTH } from "./ids";
import type { BillingKeyInput, PaymentInput, PhoneBillingInput } from "./inputs";
import type { BuyerInput, Device, ValidateContext, ValidationIssue } from "./types";

/** Bytes of `orderName` Inicis shows before cutting it. */
export const ORDER_NAME_MAX_BYTES = 40;
const HARD_TEXT_LIMIT = 1000;
const MAX_URL = 2048;

/** The pay methods KG Inicis offers in its window. */
export const INICIS_PAY_METHODS = ["CARD", "TRANSFER", "VIRTUAL_ACCOUNT", "GIFT_CERTIFICATE", "MOBILE", "EASY_PAY"] as const;
/** Easy-pay providers KG Inicis offers. */
export const INICIS_EASY_PAY_PROVIDERS = ["KAKAOPAY", "NAVERPAY", "SAMSUNGPAY", "SSGPAY", "APPLEPAY", "LPAY", "TOSSPAY", "PAYCO"] as const;
/** Gift certificates KG Inicis offers. */
export const INICIS_GIFT_CERTIFICATES = ["BOOKNLIFE", "SMART_MUNSANG", "CULTURELAND"] as const;
const LOCALES: Record<Device, readonly string[]> = { pc: ["KO_KR", "EN_US", "ZH_CN"], mobile: ["KO_KR", "EN_US"] };

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (typeof v === "object" && v !== null ? (v as Obj) : {});
const strip = (v: unknown, prefix: string): unknown => (typeof v === "string" ? v.replace(new RegExp(`^${prefix}`), "") : v);

/** True for a positive whole number that a JavaScript number holds exactly. */
export function isValidAmount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0;
}

function checkId(out: IssueCollector, field: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v !== "string" || v === "") return out.error(field, "type.string");
  if (!isAsciiId(v)) out.error(field, "id.format");
  if (v.length > MAX_ID_LENGTH) out.error(field, "id.tooLong", { max: MAX_ID_LENGTH, actual: v.length });
}

function checkOrderName(out: IssueCollector, v: unknown): void {
  if (typeof v !== "string" || v.trim() === "") return out.error("orderName", isPresent(v) ? "type.string" : "required");
  if (v.length > HARD_TEXT_LIMIT) return out.error("orderName", "text.tooLong", { max: HARD_TEXT_LIMIT });
  if (utf8Length(v) > ORDER_NAME_MAX_BYTES) out.warn("orderName", "orderName.tooLong", { max: ORDER_NAME_MAX_BYTES });
}

/** What a payment and a phone billing key with payment share: the id, the order name, the amount. */
function checkOrder(out: IssueCollector, i: Obj): void {
  checkId(out, "paymentId", i.paymentId);
  checkOrderName(out, i.orderName);
  if (!isValidAmount(i.totalAmount)) out.error("totalAmount", "amount.invalid");
}

function checkUrl(out: IssueCollector, field: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v !== "string" || v.length > MAX_URL) return out.error(field, "url.invalid");
  try {
    const url = new URL(v);
    if (url.protocol !== "https:" && url.protocol !== "http:") out.error(field, "url.invalid");
  } catch {
    out.error(field, "url.invalid");
  }
}

function checkOfferPeriod(out: IssueCollector, v: unknown, required: boolean): void {
  if (v === undefined || v === null) {
    if (required) out.error("offerPeriod", "required");
    return;
  }
  const o = asObj(v);
  const hasRange = o.range !== undefined;
  const hasInterval = o.interval !== undefined;
  if (hasRange === hasInterval) return out.error("offerPeriod", "offerPeriod.invalid");
  if (hasInterval) {
    if (o.interval !== "1m" && o.interval !== "1y") out.error("offerPeriod.interval", "offerPeriod.interval");
    return;
  }
  const r = asObj(o.range);
  const from = typeof r.from === "string" && r.from.length < 64 ? Date.parse(r.from) : NaN;
  const to = typeof r.to === "string" && r.to.length < 64 ? Date.parse(r.to) : NaN;
  if (!(from < to)) out.error("offerPeriod.range", "offerPeriod.range");
}

function checkCurrency(out: IssueCollector, v: unknown, allowed: readonly string[], field = "currency"): void {
  if (v === undefined) return;
  const c = strip(v, "CURRENCY_");
  if (typeof c !== "string" || !allowed.includes(c)) {
    out.error(field, "currency.unsupported", { value: shortText(v, 20), allowed: allowed.join(", ") });
  }
}

function checkProductType(out: IssueCollector, v: unknown, required: boolean): void {
  if (v === undefined) {
    if (required) out.error("productType", "required");
    return;
  }
  const t = strip(v, "PRODUCT_TYPE_");
  if (t !== "REAL" && t !== "DIGITAL") out.error("productType", "productType.invalid");
}

function checkLocale(out: IssueCollector, v: unknown, device: Device): void {
  if (v !== undefined && (typeof v !== "string" || !LOCALES[device].includes(v))) out.warn("locale", "locale.unsupported", { value: shortText(v, 20) });
}

function warnIgnored(out: IssueCollector, obj: Obj, prefix: string, keys: readonly string[]): void {
  for (const key of keys) if (obj[key] !== undefined) out.warn(`${prefix}.${key}`, "field.ignored");
}

function checkTaxes(out: IssueCollector, input: Obj): void {
  for (const key of ["vatAmount", "taxFreeAmount"]) {
    const v = input[key];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) out.error(key, "amount.invalid");
    else out.warn(key, "contract.required");
  }
}

function checkPaymentMethodFields(out: IssueCollector, input: Obj, device: Device): void {
  const method = input.payMethod;
  if (typeof method !== "string" || !(INICIS_PAY_METHODS as readonly string[]).includes(method)) {
    out.error("payMethod", isPresent(method) ? "payMethod.unsupported" : "required", { value: shortText(method, 30) });
    return;
  }
  const card = asObj(input.card);
  const easyPay = asObj(input.easyPay);
  if (method === "CARD") {
    const company = strip(card.cardCompany, "CARD_COMPANY_");
    if (company === "TOSS_BANK") out.error("card.cardCompany", "card.company.unsupported", { value: "TOSS_BANK" });
    const monthOption = asObj(asObj(card.installment).monthOption);
    if (card.cardCompany !== undefined && monthOption.availableMonthList !== undefined) {
      out.error("card.installment.monthOption.availableMonthList", "card.availableMonthList");
    }
    if (card.cardCompany !== undefined) out.warn("card.cardCompany", "contract.required");
    if (card.useCardPoint !== undefined) out.warn("card.useCardPoint", "contract.required");
    warnIgnored(out, card, "card", ["useAppCardOnly", "useInstallment", "useFreeInterestFromMall"]);
  } else if (method === "EASY_PAY") {
    const provider = strip(easyPay.easyPayProvider, "EASY_PAY_PROVIDER_");
    if (provider !== undefined) {
      if (typeof provider !== "string" || !(INICIS_EASY_PAY_PROVIDERS as readonly string[]).includes(provider)) {
        out.error("easyPay.easyPayProvider", "easyPay.provider.unsupported", {
          value: shortText(provider, 30),
          allowed: INICIS_EASY_PAY_PROVIDERS.join(", "),
        });
      } else out.warn("easyPay.easyPayProvider", "contract.required");
    }
    warnIgnored(out, easyPay, "easyPay", ["useCardPoint", "customerIdentifier", "availablePayMethods", "availableCards", "useInstallment", "useFreeInterestFromMall"]);
    if (easyPay.cashReceiptType === "PERSONAL" || easyPay.cashReceiptType === "CORPORATE") out.warn("easyPay.cashReceiptType", "field.ignored");
  } else if (method === "TRANSFER" || method === "VIRTUAL_ACCOUNT") {
    const key = method === "TRANSFER" ? "transfer" : "virtualAccount";
    const o = asObj(input[key]);
    warnIgnored(out, o, key, ["bankCode", "customerIdentifier"]);
    if (o.cashReceiptType === "PERSONAL" || o.cashReceiptType === "CORPORATE") out.warn(`${key}.cashReceiptType`, "field.ignored");
  } else if (method === "GIFT_CERTIFICATE") {
    const type = strip(asObj(input.giftCertificate).giftCertificateType, "GIFT_CERTIFICATE_TYPE_");
    if (type === undefined) {
      if (device === "mobile") out.error("giftCertificate.giftCertificateType", "required");
    } else if (!(INICIS_GIFT_CERTIFICATES as readonly unknown[]).includes(type)) {
      out.error("giftCertificate.giftCertificateType", "giftCertificate.type.unsupported", { allowed: INICIS_GIFT_CERTIFICATES.join(", ") });
    }
  } else if (method === "MOBILE") {
    checkProductType(out, input.productType, true);
    const mobile = asObj(input.mobile);
    warnIgnored(out, mobile, "mobile", ["carrier"]);
    if (device === "pc") warnIgnored(out, mobile, "mobile", ["avaliableCarriers"]);
  }
  if (method !== "CARD") checkCurrency(out, input.currency, ["KRW"]);
  else checkCurrency(out, input.currency, ["KRW", "USD"]);
}

/**
 * Every Inicis rule for a payment-window request on one device (rules sections 3 to 6):
 * ids, order name, amount, currency, per-pay-method fields, buyer fields and `inicis` options.
 */
export function validatePaymentInput(input: PaymentInput, ctx: ValidateContext): ValidationIssue[] {
  const out = new IssueCollector(ctx.locale);
  const i = asObj(input);
  checkOrder(out, i);
  checkPaymentMethodFields(out, i, ctx.device);
  if (i.productType !== undefined && i.payMethod !== "MOBILE") checkProductType(out, i.productType, false);
  if (i.offerPeriod !== undefined) checkOfferPeriod(out, i.offerPeriod, false);
  checkTaxes(out, i);
  if (i.isEscrow === true) out.warn("isEscrow", "contract.required");
  checkLocale(out, i.locale, ctx.device);
  checkUrl(out, "redirectUrl", i.redirectUrl);
  if (Array.isArray(i.noticeUrls)) i.noticeUrls.forEach((u, n) => checkUrl(out, `noticeUrls[${n}]`, u));
  out.addAll(validateBuyer(i.customer as BuyerInput | undefined, { flow: "payment", device: ctx.device, locale: ctx.locale }));
  out.addAll(validateInicisOptions(i.inicis as PaymentInput["inicis"], ctx.device, { locale: ctx.locale }));
  return out.issues;
}

/** Every Inicis rule for a card billing-key window (rules sections 3 and 5). */
export function validateBillingKeyInput(input: BillingKeyInput, ctx: ValidateContext): ValidationIssue[] {
  const out = new IssueCollector(ctx.locale);
  const i = asObj(input);
  checkId(out, "issueId", i.issueId);
  if (typeof i.issueName !== "string" || i.issueName.trim() === "") out.error("issueName", "required");
  else if (i.issueName.length > HARD_TEXT_LIMIT) out.error("issueName", "text.tooLong", { max: HARD_TEXT_LIMIT });
  checkOfferPeriod(out, i.offerPeriod, ctx.device === "mobile");
  if (i.displayAmount !== undefined && !isValidAmount(i.displayAmount)) out.error("displayAmount", "amount.invalid");
  checkCurrency(out, i.currency, ctx.device === "pc" ? ["KRW", "USD"] : ["KRW"]);
  if (ctx.device === "mobile" && i.locale !== undefined) out.warn("locale", "field.ignored");
  else checkLocale(out, i.locale, ctx.device);
  checkUrl(out, "redirectUrl", i.redirectUrl);
  out.addAll(validateBuyer(i.customer as BuyerInput | undefined, { flow: "billingKey", device: ctx.device, locale: ctx.locale }));
  out.addAll(validateInicisOptions(i.inicis as BillingKeyInput["inicis"], ctx.device, { locale: ctx.locale, flow: "billingKey" }));
  return out.issues;
}

/** Every Inicis rule for a phone billing key issued with the first payment (rules sections 3 and 5). */
export function validatePhoneBillingInput(input: PhoneBillingInput, ctx: ValidateContext): ValidationIssue[] {
  const out = new IssueCollector(ctx.locale);
  const i = asObj(input);
  checkOrder(out, i);
  checkCurrency(out, i.currency, ["KRW"]);
  checkProductType(out, i.productType, true);
  checkOfferPeriod(out, i.offerPeriod, ctx.device === "mobile");
  checkTaxes(out, i);
  if (i.locale !== undefined) out.warn("locale", "field.ignored");
  warnIgnored(out, asObj(i.mobile), "mobile", ["carrier", "avaliableCarriers"]);
  checkUrl(out, "redirectUrl", i.redirectUrl);
  out.addAll(validateBuyer(i.customer as BuyerInput | undefined, { flow: "phoneBilling", device: ctx.device, locale: ctx.locale }));
  return out.issues;
}
