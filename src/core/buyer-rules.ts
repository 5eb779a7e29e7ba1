import { utf8Length } from "./bytes";
import { IssueCollector, isPresent } from "./collect";
import type { BuyerInput, Device, Flow, IssueCode, MessageLocale, ValidationIssue } from "./types";

/** Inicis' limit on the buyer name, in UTF-8 bytes. */
export const MAX_NAME_BYTES = 30;
const MAX_TEXT = 320;

/** Checks an e-mail address against Inicis' rule: the only special characters are `@` and `.`. */
export function emailIssue(email: string): Extract<IssueCode, "email.chars" | "email.format"> | null {
  if (email.length > MAX_TEXT) return "email.format";
  if (/[^A-Za-z0-9@.]/.test(email)) return "email.chars";
  if (!/^[A-Za-z0-9]+(\.[A-Za-z0-9]+)*@[A-Za-z0-9]+(\.[A-Za-z0-9]+)*\.[A-Za-z]{2,}$/.test(email)) return "email.format";
  return null;
}

const PHONE_PATTERNS: readonly RegExp[] = [
  /^(01[016789])(\d{3,4})(\d{4})$/, // mobile
  /^(02)(\d{3,4})(\d{4})$/, // Seoul
  /^(0[3-6][1-5])(\d{3,4})(\d{4})$/, // regions
  /^(070|050\d)(\d{3,4})(\d{4})$/, // internet phone, safe numbers
  /^(1[5-9]\d{2})(\d{4})$/, // nationwide 15xx-xxxx
];

/**
 * Normalises a Korean phone number to the dashed form (`01012345678` -> `010-1234-5678`).
 * Returns null when it is not a Korean number; spaces, dots and dashes in the input are accepted.
 */
export function normalizePhoneNumber(input: string): string | null {
  if (input.length > 40) return null;
  const trimmed = input.trim();
  if (!/^[\d\s.-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[\s.-]/g, "");
  for (const pattern of PHONE_PATTERNS) {
    const m = pattern.exec(digits);
    if (m) return m.slice(1).join("-");
  }
  return null;
}

/** Whether name, phone and e-mail are required for this flow on this device (rules section 3). */
export function buyerFieldsRequired(flow: Flow, device: Device): boolean {
  return flow === "phoneBilling" || device === "pc";
}

/** Options of {@link validateBuyer}. */
export interface ValidateBuyerOptions {
  flow: Flow;
  device: Device;
  locale?: MessageLocale;
  /** Path prefix of the fields in issues; `customer` by default. */
  fieldPrefix?: string;
  /** Which name fields a form shows, so a missing name is reported on them; `full` by default. */
  nameMode?: "full" | "separated";
}

/**
 * Validates the buyer fields Inicis reads, for one flow on one device:
 * a name as `fullName` or `firstName` + `lastName` (never both), at most 30 bytes;
 * name, phone and e-mail required on PC (and on both devices for phone billing);
 * an e-mail with no special characters but `@` and `.`; a Korean phone number.
 */
export function validateBuyer(customer: BuyerInput | null | undefined, options: ValidateBuyerOptions): ValidationIssue[] {
  const out = new IssueCollector(options.locale);
  const p = options.fieldPrefix ?? "customer";
  const c: Record<string, unknown> = customer && typeof customer === "object" ? (customer as Record<string, unknown>) : {};
  const required = buyerFieldsRequired(options.flow, options.device);

  for (const key of ["fullName", "firstName", "lastName", "phoneNumber", "email"] as const) {
    const v = c[key];
    if (v !== undefined && v !== null && typeof v !== "string") out.error(`${p}.${key}`, "type.string");
  }
  const str = (key: string): string => (typeof c[key] === "string" ? (c[key] as string).trim() : "");
  const fullName = str("fullName");
  const firstName = str("firstName");
  const lastName = str("lastName");
  const phone = str("phoneNumber");
  const email = str("email");

  if (fullName && (firstName || lastName)) out.error(`${p}.fullName`, "name.both");
  else if (!fullName && (firstName || lastName)) {
    if (!firstName) out.error(`${p}.firstName`, "name.incomplete");
    if (!lastName) out.error(`${p}.lastName`, "name.incomplete");
  } else if (!fullName && required) {
    if (options.nameMode === "separated") {
      out.error(`${p}.lastName`, "required");
      out.error(`${p}.firstName`, "required");
    } else out.error(`${p}.fullName`, "required");
  }

  const nameBytes = fullName ? utf8Length(fullName) : utf8Length(lastName + firstName);
  if (nameBytes > MAX_NAME_BYTES) {
    out.error(fullName ? `${p}.fullName` : `${p}.firstName`, "name.tooLong", { max: MAX_NAME_BYTES });
  }

  if (!isPresent(phone)) {
    if (required) out.error(`${p}.phoneNumber`, "required");
  } else if (normalizePhoneNumber(phone) === null) out.error(`${p}.phoneNumber`, "phone.format");

  if (!isPresent(email)) {
    if (required) out.error(`${p}.email`, "required");
  } else {
    const code = emailIssue(email);
    if (code) out.error(`${p}.email`, code);
  }
  return out.issues;
}
