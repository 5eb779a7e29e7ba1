import { utf8Length } from "./bytes";
import { type IssueCollector, isPresent, shortText } from "./collect";
import type { IssueCode } from "./types";

// The primitive Inicis checks, shared by the browser validators and `/server`: each rule is written
// once, here, and both sides call it.

/** The longest id Inicis accepts for `paymentId` and `issueId`. */
export const MAX_ID_LENGTH = 40;
/** Inicis' limit on the buyer name, in UTF-8 bytes. */
export const MAX_NAME_BYTES = 30;
/** The longest text field (order name, issue name, store name) this library passes on. */
export const MAX_TEXT = 1000;
/** The longest URL this library passes on. */
export const MAX_URL = 2048;

/** True when `id` is printable ASCII without spaces. */
export function isAsciiId(id: string): boolean {
  return /^[\x21-\x7e]+$/.test(id);
}

/** True for a positive whole number that a JavaScript number holds exactly. */
export function isValidAmount(v: unknown): v is number {
  return typeof v === "number" && Number.isSafeInteger(v) && v > 0;
}

/** `paymentId` / `issueId`: printable ASCII, at most 40 characters. */
export function checkId(out: IssueCollector, field: string, v: unknown, required: boolean): void {
  if (v === undefined || v === "") {
    if (required || v === "") out.error(field, "required");
    return;
  }
  if (typeof v !== "string") return out.error(field, "type.string");
  if (!isAsciiId(v)) out.error(field, "id.format");
  if (v.length > MAX_ID_LENGTH) out.error(field, "id.tooLong", { max: MAX_ID_LENGTH, actual: v.length });
}

/** A required, non-blank text of at most `max` characters. */
export function checkText(out: IssueCollector, field: string, v: unknown, max = MAX_TEXT): void {
  if (typeof v !== "string" || v.trim() === "") return out.error(field, isPresent(v) ? "type.string" : "required");
  if (v.length > max) out.error(field, "text.tooLong", { max });
}

/** A total: a positive safe integer in the currency's smallest unit. */
export function checkAmount(out: IssueCollector, field: string, v: unknown): void {
  if (!isValidAmount(v)) out.error(field, "amount.invalid");
}

/** A VAT or tax-free part: a non-negative safe integer, and a separate contract with Inicis (rules section 7). */
export function checkTaxPart(out: IssueCollector, field: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) out.error(field, "amount.invalid");
  else out.warn(field, "contract.required");
}

/**
 * A currency as ISO 4217 (`KRW`), from the browser SDK's spelling (`CURRENCY_KRW`) too; KRW when
 * none is given, and an empty code (matching none) for anything that is not text.
 */
export function currencyCode(c: unknown): string {
  if (c === undefined) return "KRW";
  return typeof c === "string" ? c.replace(/^CURRENCY_/, "") : "";
}

/** The currency is one of `allowed`; the browser SDK's `CURRENCY_` spelling is accepted where `prefixed`. */
export function checkCurrency(out: IssueCollector, field: string, v: unknown, allowed: readonly string[], prefixed: boolean): void {
  const c = prefixed && typeof v === "string" ? v.replace(/^CURRENCY_/, "") : v;
  if (typeof c !== "string" || !allowed.includes(c)) {
    out.error(field, "currency.unsupported", { value: shortText(v, 20), allowed: allowed.join(", ") });
  }
}

/** Checks an e-mail address against Inicis' rule: the only special characters are `@` and `.`. */
export function emailIssue(email: string): Extract<IssueCode, "email.chars" | "email.format"> | null {
  if (email.length > 320) return "email.format";
  if (/[^A-Za-z0-9@.]/.test(email)) return "email.chars";
  if (!/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*@[A-Za-z0-9]+(\.[A-Za-z0-9]+)*\.[A-Za-z]{2,}$/.test(email)) return "email.format";
  return null;
}

/** An e-mail Inicis accepts (`buyeremail`, `P_EMAIL`, `parentemail`). */
export function checkEmail(out: IssueCollector, field: string, v: unknown, required: boolean): void {
  if (!isPresent(v)) {
    if (required) out.error(field, "required");
    return;
  }
  const code = typeof v === "string" ? emailIssue(v.trim()) : "type.string";
  if (code) out.error(field, code);
}

const PHONE_PATTERNS: readonly RegExp[] = [
  /^(01[016789])(\d{3,4})(\d{4})$/, // mobile
  /^(02)(\d{3,4})(\d{4})$/, // Seoul
  /^(0[3-6][1-5])(\d{3,4})(\d{4})$/, // regions
  /^(070|050\d)(\d{3,4})(\d{4})$/, // internet phone, safe numbers
  /^(1[5-9]\d{2})(\d{4})$/, // nationwide 15xx-xxxx
];

/**
 * Normalises a Korean phone number as buyers type it to the dashed form Inicis accepts (digits
 * and `-` only): `+82 10-1234-5678`, `+821012345678`, Unicode hyphens, full-width digits, spaces,
 * dots and parentheses all become `010-1234-5678`. Returns null when it cannot be a Korean number.
 */
export function normalizePhoneNumber(input: string): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const text = input
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) // full-width digits, +, (, -
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, "-")
    .replace(/\(0\)/, "")
    .trim();
  if (!/^\+?[\d\s\u00a0\u3000.()-]+$/.test(text)) return null;
  let digits = text.replace(/[^\d+]/g, "");
  const international = /^(?:\+|00)82/.exec(digits);
  if (international) digits = `0${digits.slice(international[0].length).replace(/^0/, "")}`;
  else if (digits.startsWith("+")) return null;
  for (const pattern of PHONE_PATTERNS) {
    const m = pattern.exec(digits);
    if (m) return m.slice(1).join("-");
  }
  return null;
}

/** A Korean phone number (normalised before it is sent). */
export function checkPhone(out: IssueCollector, field: string, v: unknown, required: boolean): void {
  if (!isPresent(v)) {
    if (required) out.error(field, "required");
    return;
  }
  if (typeof v !== "string") out.error(field, "type.string");
  else if (normalizePhoneNumber(v) === null) out.error(field, "phone.format");
}

/** Where each part of a name lives in the input being checked. */
export interface NameFields {
  full: string;
  first: string;
  last: string;
}

/**
 * Inicis' name rule: a full name or first + last name (never both; first and last go together),
 * at most 30 UTF-8 bytes. `separated` reports a missing name on the first/last fields.
 */
export function checkName(
  out: IssueCollector,
  fields: NameFields,
  value: { full?: unknown; first?: unknown; last?: unknown },
  required: boolean,
  separated = false,
): void {
  let typed = true;
  const text = (key: keyof NameFields): string => {
    const v = value[key];
    if (v === undefined || v === null) return "";
    if (typeof v !== "string") {
      out.error(fields[key], "type.string");
      typed = false;
      return "";
    }
    return v.trim();
  };
  const full = text("full");
  const first = text("first");
  const last = text("last");
  if (!typed) return;
  if (full && (first || last)) out.error(fields.full, "name.both");
  else if (!full && (first || last)) {
    if (!first) out.error(fields.first, "name.incomplete");
    if (!last) out.error(fields.last, "name.incomplete");
  } else if (!full && required) {
    if (separated) {
      out.error(fields.last, "required");
      out.error(fields.first, "required");
    } else out.error(fields.full, "required");
  }
  if (utf8Length(full || last + first) > MAX_NAME_BYTES) out.error(full ? fields.full : fields.first, "name.tooLong", { max: MAX_NAME_BYTES });
}

/** An absolute http(s) URL of at most 2,048 characters (redirect and notice URLs). */
export function checkHttpUrl(out: IssueCollector, field: string, v: unknown): void {
  if (v === undefined) return;
  if (typeof v !== "string" || v.length > MAX_URL || !/^https?:$/.test(urlOf(v)?.protocol ?? "")) out.error(field, "url.invalid");
}

/** An absolute https: URL (logos shown inside the Inicis window). */
export function checkHttpsUrl(out: IssueCollector, field: string, v: unknown): void {
  if (typeof v !== "string") return out.error(field, "type.string");
  if (v.length > MAX_URL) return out.error(field, "text.tooLong", { max: MAX_URL });
  const url = urlOf(v);
  if (!url || url.protocol !== "https:" || !url.hostname) out.error(field, "url.https");
}

function urlOf(v: string): URL | null {
  if (/\s/.test(v)) return null;
  try {
    return new URL(v);
  } catch {
    return null;
  }
}

/** Separators people type inside numbers: spaces, ASCII and Unicode hyphens, the full-width hyphen. */
const SEPARATORS = /[\s\-\u2010-\u2015\u2212\uff0d]/g;

/** The digits of a number typed with separators (`010-1234-0000`, `123-45-67890`), or null when anything else is in it or the count is off. */
export function digitsOf(v: unknown, min: number, max: number): string | null {
  if (typeof v !== "string" || v.length > 64) return null;
  const digits = v.replace(SEPARATORS, "");
  return new RegExp(`^\\d{${min},${max}}$`).test(digits) ? digits : null;
}

/**
 * Replaces anything that could be a card number (12 or more digits, written plain or grouped with
 * spaces, dots or dashes) with `****`, so no message or error ever carries card data.
 */
export function redactCardNumbers(text: string): string {
  return text.replace(/\d(?:[\s.\u2010-\u2015-]?\d){11,}/g, "****");
}
