import type { InicisV2Bypass, InicisV2CardUse } from "@portone/browser-sdk/v2";
import { emailIssue } from "./buyer-rules";
import { IssueCollector, plainKeys } from "./collect";
import { InicisValidationError } from "./errors";
import type { Device, MessageLocale, ValidationIssue } from "./types";

/** A partial interest-free plan: one card code and the months offered interest-free with it. */
export interface InicisPartialInterestFree {
  /** Two-digit Inicis card code, e.g. `"11"` (BC). */
  cardCode: string;
  /** Months, e.g. `[2, 3]`. */
  months: number[];
}

/**
 * What a merchant wants from the Inicis window, device-neutral and camelCase.
 * {@link buildInicisBypass} turns it into the `bypass.inicis_v2` keys of one device.
 */
export interface InicisOptions {
  /** PC: main logo (89x18), an absolute https: URL. */
  logoUrl?: string;
  /** PC: sub logo (64x13), an absolute https: URL. */
  subLogoUrl?: string;
  /** PC: guardian e-mail, required by Inicis for buyers under 14. */
  parentEmail?: string;
  /** PC: phone number that receives the SSGPAY push, digits only. */
  ssgpayPhone?: string;
  /** PC: window colour `#RRGGBB`. */
  skinColor?: string;
  /** PC and mobile: allow card and easy-pay payments under 1,000 KRW (added automatically when needed). */
  allowBelow1000?: boolean;
  /** PC: show the OK Cashback card field (contract). */
  showOcb?: boolean;
  /** PC: show ISP-type card windows as a popup. */
  cardPopup?: boolean;
  /** PC: hide the progress bar. */
  hideProgressBar?: boolean;
  /** PC and mobile: hide easy-pay choices in the card window. */
  hideEasyPay?: boolean;
  /** PC: partial interest-free plans (contract). */
  partialInterestFree?: InicisPartialInterestFree[];
  /** PC: cards offering mall points (contract). */
  mallPointCards?: string[];
  /** Mobile: card selected when the window opens (two-digit code). */
  preselectCard?: string;
  /** Mobile: merchant name shown in the window. */
  merchantName?: string;
  /** Mobile: offer VISA 3D secure for foreign cards. */
  showGlobalVisa3d?: boolean;
  /** Mobile: return to an Android app through an intent:// URL instead of a custom scheme. */
  androidIntentScheme?: boolean;
  /** Mobile card billing key only: personal (`percard`) or corporate (`cocard`) cards. */
  cardUse?: InicisV2CardUse;
}

/** The name of one Inicis option. */
export type InicisOptionKey = keyof InicisOptions;

/** Where an option takes effect and whether it needs a contract with KG Inicis (rules sections 6 and 7). */
export interface InicisOptionInfo {
  devices: "pc" | "mobile" | "both";
  contract: boolean;
  /** Only the card billing-key window reads it. */
  billingKeyOnly?: boolean;
}

/** Every option with its device and contract facts, in the order an editor shows them. */
export const INICIS_OPTION_INFO: Readonly<Record<InicisOptionKey, InicisOptionInfo>> = {
  skinColor: { devices: "pc", contract: false },
  logoUrl: { devices: "pc", contract: false },
  subLogoUrl: { devices: "pc", contract: false },
  parentEmail: { devices: "pc", contract: false },
  ssgpayPhone: { devices: "pc", contract: false },
  allowBelow1000: { devices: "both", contract: false },
  showOcb: { devices: "pc", contract: true },
  cardPopup: { devices: "pc", contract: false },
  hideProgressBar: { devices: "pc", contract: false },
  hideEasyPay: { devices: "both", contract: false },
  partialInterestFree: { devices: "pc", contract: true },
  mallPointCards: { devices: "pc", contract: true },
  preselectCard: { devices: "mobile", contract: false },
  merchantName: { devices: "mobile", contract: false },
  showGlobalVisa3d: { devices: "mobile", contract: false },
  androidIntentScheme: { devices: "mobile", contract: false },
  cardUse: { devices: "mobile", contract: false, billingKeyOnly: true },
};

const BOOLEAN_KEYS = ["allowBelow1000", "showOcb", "cardPopup", "hideProgressBar", "hideEasyPay", "showGlobalVisa3d", "androidIntentScheme"] as const;
const MAX_URL = 2048;
const MAX_MERCHANT_NAME = 100;

function appliesTo(key: InicisOptionKey, device: Device | undefined): boolean {
  const d = INICIS_OPTION_INFO[key].devices;
  return device === undefined || d === "both" || d === device;
}

function isCardCode(v: unknown): v is string {
  return typeof v === "string" && /^\d{2}$/.test(v);
}

function parseUrl(v: string): URL | null {
  if (/\s/.test(v)) return null;
  try {
    return new URL(v);
  } catch {
    return null;
  }
}

function checkHttpsUrl(out: IssueCollector, field: string, v: unknown): void {
  if (typeof v !== "string") return out.error(field, "type.string");
  if (v.length > MAX_URL) return out.error(field, "text.tooLong", { max: MAX_URL });
  const url = parseUrl(v);
  if (!url || url.protocol !== "https:" || !url.hostname) out.error(field, "url.https");
}

/** Options of {@link validateInicisOptions}. */
export interface ValidateInicisOptions {
  locale?: MessageLocale;
  /** Path prefix for issue fields; `inicis` by default. */
  fieldPrefix?: string;
  /** `billingKey` flags every option but `cardUse` as ignored. */
  flow?: "payment" | "billingKey";
}

/**
 * Checks Inicis options for one device (or for both when `device` is omitted): exact grammar,
 * https: URLs, two-digit card codes, nothing that could smuggle another option in through
 * `:`, `^` or parentheses, no unknown keys; warns where a contract with Inicis is needed.
 */
export function validateInicisOptions(
  options: InicisOptions | null | undefined,
  device?: Device,
  settings: ValidateInicisOptions = {},
): ValidationIssue[] {
  const out = new IssueCollector(settings.locale);
  const p = settings.fieldPrefix ?? "inicis";
  if (options === undefined || options === null) return out.issues;
  const keys = plainKeys(options);
  if (keys === null) {
    out.error(p, "inicis.unknownOption");
    return out.issues;
  }
  const o = options as Record<string, unknown>;
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(INICIS_OPTION_INFO, key)) out.error(`${p}.${key}`, "inicis.unknownOption");
  }
  const has = (key: InicisOptionKey): boolean => keys.includes(key) && o[key] !== undefined;

  if (has("logoUrl")) checkHttpsUrl(out, `${p}.logoUrl`, o.logoUrl);
  if (has("subLogoUrl")) checkHttpsUrl(out, `${p}.subLogoUrl`, o.subLogoUrl);
  if (has("parentEmail")) {
    const v = o.parentEmail;
    if (typeof v !== "string") out.error(`${p}.parentEmail`, "type.string");
    else {
      const code = emailIssue(v);
      if (code) out.error(`${p}.parentEmail`, code);
    }
  }
  if (has("ssgpayPhone")) {
    const v = o.ssgpayPhone;
    if (typeof v !== "string" || !/^\d{10,11}$/.test(v)) out.error(`${p}.ssgpayPhone`, "inicis.digits", { min: 10, max: 11 });
  }
  if (has("skinColor")) {
    const v = o.skinColor;
    if (typeof v !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(v)) out.error(`${p}.skinColor`, "inicis.skinColor");
  }
  for (const key of BOOLEAN_KEYS) {
    if (has(key) && typeof o[key] !== "boolean") out.error(`${p}.${key}`, "type.boolean");
  }
  if (has("partialInterestFree")) {
    const v = o.partialInterestFree;
    if (!Array.isArray(v)) out.error(`${p}.partialInterestFree`, "inicis.list");
    else if (v.length > 50) out.error(`${p}.partialInterestFree`, "text.tooLong", { max: 50 });
    else
      v.forEach((plan: unknown, i) => {
        const f = `${p}.partialInterestFree[${i}]`;
        const planKeys = plainKeys(plan);
        if (planKeys === null || planKeys.some((k) => k !== "cardCode" && k !== "months")) {
          out.error(f, "inicis.unknownOption");
          return;
        }
        const { cardCode, months } = plan as { cardCode?: unknown; months?: unknown };
        if (!isCardCode(cardCode)) out.error(`${f}.cardCode`, "inicis.cardCode");
        if (
          !Array.isArray(months) ||
          months.length === 0 ||
          months.length > 35 ||
          !months.every((m) => Number.isInteger(m) && (m as number) >= 2 && (m as number) <= 36)
        ) {
          out.error(`${f}.months`, "inicis.months");
        }
      });
  }
  if (has("mallPointCards")) {
    const v = o.mallPointCards;
    if (!Array.isArray(v)) out.error(`${p}.mallPointCards`, "inicis.list");
    else if (v.length > 50 || !v.every(isCardCode)) out.error(`${p}.mallPointCards`, "inicis.cardCode");
  }
  if (has("preselectCard") && !isCardCode(o.preselectCard)) out.error(`${p}.preselectCard`, "inicis.cardCode");
  if (has("merchantName")) {
    const v = o.merchantName;
    if (typeof v !== "string") out.error(`${p}.merchantName`, "type.string");
    else if (v.trim() === "") out.error(`${p}.merchantName`, "required");
    else if (v.length > MAX_MERCHANT_NAME) out.error(`${p}.merchantName`, "text.tooLong", { max: MAX_MERCHANT_NAME });
    // eslint-disable-next-line no-control-regex
    else if (/[\u0000-\u001f\u007f]/.test(v)) out.error(`${p}.merchantName`, "type.string");
  }
  if (has("cardUse") && o.cardUse !== "percard" && o.cardUse !== "cocard") out.error(`${p}.cardUse`, "inicis.cardUse");

  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(INICIS_OPTION_INFO, key) || o[key] === undefined || o[key] === false) continue;
    const k = key as InicisOptionKey;
    const info = INICIS_OPTION_INFO[k];
    if (settings.flow === "billingKey" ? !info.billingKeyOnly : info.billingKeyOnly) {
      out.warn(`${p}.${k}`, "field.ignored");
      continue;
    }
    if (info.billingKeyOnly && device === "pc") out.warn(`${p}.${k}`, "field.mobileOnly");
    if (info.contract && appliesTo(k, device)) out.warn(`${p}.${k}`, "contract.required");
  }
  return out.issues;
}

/** The payment facts that decide automatic options (`below1000`). */
export interface InicisBypassContext {
  payMethod?: string;
  totalAmount?: number;
  currency?: string;
}

/** The `bypass` object of a payment request holding Inicis keys. */
export interface InicisPaymentBypass {
  inicis_v2: InicisV2Bypass;
}

/** The `bypass.inicis_v2` keys of any Inicis window, billing key included. */
export type InicisBypassKeys = InicisV2Bypass & { carduse?: InicisV2CardUse };

function needsBelow1000(ctx: InicisBypassContext | undefined): boolean {
  if (!ctx || typeof ctx.totalAmount !== "number") return false;
  const method = ctx.payMethod;
  const currency = (ctx.currency ?? "KRW").replace(/^CURRENCY_/, "");
  return (method === "CARD" || method === "EASY_PAY") && currency === "KRW" && ctx.totalAmount < 1000;
}

/**
 * Translates options into the payment window's `bypass`, holding only `device`'s keys
 * (`acceptmethod` and friends on PC, `P_*` on mobile). A card or easy-pay payment under
 * 1,000 KRW gets `below1000` added. Throws {@link InicisValidationError} when an option is wrong.
 */
export function buildInicisBypass(
  options: InicisOptions | null | undefined,
  device: Device,
  context?: InicisBypassContext,
): InicisPaymentBypass {
  const issues = validateInicisOptions(options, device);
  if (issues.some((i) => i.severity === "error")) throw new InicisValidationError(issues);
  const o: InicisOptions = options ?? {};
  const below1000 = o.allowBelow1000 === true || needsBelow1000(context);
  const out: InicisV2Bypass = {};
  if (device === "pc") {
    if (o.logoUrl !== undefined) out.logo_url = o.logoUrl;
    if (o.subLogoUrl !== undefined) out.logo_2nd = o.subLogoUrl;
    if (o.parentEmail !== undefined) out.parentemail = o.parentEmail;
    if (o.ssgpayPhone !== undefined) out.Ini_SSGPAY_MDN = o.ssgpayPhone;
    const accept: string[] = [];
    if (o.skinColor !== undefined) accept.push(`SKIN(${o.skinColor})`);
    if (below1000) accept.push("below1000");
    if (o.showOcb) accept.push("ocb");
    if (o.cardPopup) accept.push("paypopup");
    if (o.hideProgressBar) accept.push("hidebar");
    if (o.hideEasyPay) accept.push("noeasypay");
    if (o.partialInterestFree && o.partialInterestFree.length > 0) {
      accept.push(`slimquota(${o.partialInterestFree.map((plan) => `${plan.cardCode}-${plan.months.join(":")}`).join("^")})`);
    }
    if (o.mallPointCards && o.mallPointCards.length > 0) accept.push(`mallpoint(${o.mallPointCards.join(":")})`);
    if (accept.length > 0) out.acceptmethod = accept;
  } else {
    if (o.preselectCard !== undefined) out.P_CARD_OPTION = `selcode=${o.preselectCard}`;
    if (o.merchantName !== undefined) out.P_MNAME = o.merchantName;
    const reserved: string[] = [];
    if (below1000) reserved.push("below1000=Y");
    if (o.hideEasyPay) reserved.push("noeasypay=Y");
    if (o.showGlobalVisa3d) reserved.push("global_visa3d=Y");
    if (o.androidIntentScheme) reserved.push("apprun_check=Y");
    if (reserved.length > 0) out.P_RESERVED = reserved;
  }
  return { inicis_v2: out };
}

/**
 * The card billing-key window's Inicis bypass: only `carduse`, read on mobile only.
 * Returns undefined when there is nothing to send. Throws {@link InicisValidationError} on a wrong value.
 */
export function buildInicisBillingKeyBypass(
  options: InicisOptions | null | undefined,
  device: Device,
): { inicis_v2: { carduse: InicisV2CardUse } } | undefined {
  const issues = validateInicisOptions(options, device, { flow: "billingKey" });
  if (issues.some((i) => i.severity === "error")) throw new InicisValidationError(issues);
  if (device !== "mobile" || !options?.cardUse) return undefined;
  return { inicis_v2: { carduse: options.cardUse } };
}

function parseAcceptMethod(entry: string, o: InicisOptions): void {
  let m: RegExpExecArray | null;
  if ((m = /^SKIN\((#[0-9A-Fa-f]{6})\)$/.exec(entry))) o.skinColor = m[1]!;
  else if (entry === "below1000") o.allowBelow1000 = true;
  else if (entry === "ocb") o.showOcb = true;
  else if (entry === "paypopup") o.cardPopup = true;
  else if (entry === "hidebar") o.hideProgressBar = true;
  else if (entry === "noeasypay") o.hideEasyPay = true;
  else if ((m = /^slimquota\(([\d\-:^]+)\)$/.exec(entry))) {
    o.partialInterestFree = m[1]!.split("^").flatMap((part) => {
      const plan = /^(\d{2})-(\d+(?::\d+)*)$/.exec(part);
      return plan ? [{ cardCode: plan[1]!, months: plan[2]!.split(":").map(Number) }] : [];
    });
  } else if ((m = /^mallpoint\(([\d:]+)\)$/.exec(entry))) o.mallPointCards = m[1]!.split(":").filter((c) => /^\d{2}$/.test(c));
}

/**
 * Turns a `bypass` object (`{ inicis_v2: {...} }`, PC keys, mobile keys or both) back into
 * {@link InicisOptions}. Entries it does not recognise are left out; it never throws.
 */
export function parseInicisBypass(bypass: { inicis_v2?: InicisBypassKeys | undefined } | null | undefined): InicisOptions {
  const o: InicisOptions = {};
  const b: unknown = bypass?.inicis_v2;
  if (typeof b !== "object" || b === null) return o;
  const v = b as Record<string, unknown>;
  const str = (key: string): string | undefined => (typeof v[key] === "string" ? (v[key] as string) : undefined);
  const list = (key: string): string[] => (Array.isArray(v[key]) ? (v[key] as unknown[]).filter((e): e is string => typeof e === "string") : []);
  if (str("logo_url") !== undefined) o.logoUrl = str("logo_url")!;
  if (str("logo_2nd") !== undefined) o.subLogoUrl = str("logo_2nd")!;
  if (str("parentemail") !== undefined) o.parentEmail = str("parentemail")!;
  if (str("Ini_SSGPAY_MDN") !== undefined) o.ssgpayPhone = str("Ini_SSGPAY_MDN")!;
  for (const entry of list("acceptmethod")) parseAcceptMethod(entry, o);
  const sel = /^selcode=(\d{2})$/.exec(str("P_CARD_OPTION") ?? "");
  if (sel) o.preselectCard = sel[1]!;
  if (str("P_MNAME") !== undefined) o.merchantName = str("P_MNAME")!;
  for (const entry of list("P_RESERVED")) {
    if (entry === "below1000=Y") o.allowBelow1000 = true;
    else if (entry === "noeasypay=Y") o.hideEasyPay = true;
    else if (entry === "global_visa3d=Y") o.showGlobalVisa3d = true;
    else if (entry === "apprun_check=Y") o.androidIntentScheme = true;
  }
  const cardUse = str("carduse");
  if (cardUse === "percard" || cardUse === "cocard") o.cardUse = cardUse;
  return o;
}
