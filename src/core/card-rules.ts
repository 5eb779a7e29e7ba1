import { IssueCollector } from "./collect";
import type { ValidationIssue } from "./types";

/**
 * Card data for keyed-in payments and API billing keys, in the server SDK's `CardCredential`
 * shape: digits only, two-digit year and month.
 */
export interface CardCredential {
  number: string;
  expiryYear: string;
  expiryMonth: string;
  birthOrBusinessRegistrationNumber?: string;
  passwordTwoDigits?: string;
}

/** True when the digits pass the Luhn check. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Options of {@link validateCardCredential}. */
export interface ValidateCardOptions {
  /** The clock for the expiry check; now by default. */
  now?: Date;
  /** Require the birth date (or business number) and password digits; true by default (Inicis asks for both). */
  requireOwnerCheck?: boolean;
  /** Path prefix for issue fields; `card` by default. */
  fieldPrefix?: string;
}

/**
 * Checks keyed-in card data: 13 to 19 digits passing Luhn, an expiry (two-digit month and year)
 * not in the past, a 6-digit birth date (YYMMDD) or a 10-digit business registration number, and
 * two password digits. Issues never repeat the card data.
 */
export function validateCardCredential(card: Partial<CardCredential> | null | undefined, options: ValidateCardOptions = {}): ValidationIssue[] {
  const out = new IssueCollector();
  const p = options.fieldPrefix ?? "card";
  const c = (card ?? {}) as Record<string, unknown>;
  const requireOwner = options.requireOwnerCheck ?? true;
  const number = c.number;
  if (typeof number !== "string" || number === "") out.error(`${p}.number`, "required");
  else if (!/^\d{13,19}$/.test(number) || !luhnValid(number)) out.error(`${p}.number`, "card.number");

  const y = c.expiryYear;
  const m = c.expiryMonth;
  if (y === undefined || m === undefined || y === "" || m === "") out.error(`${p}.expiry`, "required");
  else if (typeof y !== "string" || typeof m !== "string" || !/^\d{2}$/.test(y) || !/^(0[1-9]|1[0-2])$/.test(m)) out.error(`${p}.expiry`, "card.expiry");
  else {
    const now = options.now ?? new Date();
    const expiry = (2000 + Number(y)) * 12 + Number(m) - 1;
    if (expiry < now.getFullYear() * 12 + now.getMonth()) out.error(`${p}.expiry`, "card.expired");
  }

  const owner = c.birthOrBusinessRegistrationNumber;
  if (owner === undefined || owner === "") {
    if (requireOwner) out.error(`${p}.birthOrBusinessRegistrationNumber`, "required");
  } else if (typeof owner !== "string" || !(/^\d{10}$/.test(owner) || isBirthDate(owner))) {
    out.error(`${p}.birthOrBusinessRegistrationNumber`, "card.owner");
  }
  const pw = c.passwordTwoDigits;
  if (pw === undefined || pw === "") {
    if (requireOwner) out.error(`${p}.passwordTwoDigits`, "required");
  } else if (typeof pw !== "string" || !/^\d{2}$/.test(pw)) out.error(`${p}.passwordTwoDigits`, "card.password");
  return out.issues;
}

function isBirthDate(v: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(v);
  if (!m) return false;
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** Digits only, cut to 19: what a card-number field keeps of what was typed or pasted. */
export function cardDigits(input: string): string {
  return input.replace(/\D/g, "").slice(0, 19);
}

/** Groups card digits as they are typed: `1234 5678 9012 3456` (Amex-style 4-6-5 for 15 digits starting 34/37). */
export function formatCardNumber(input: string): string {
  const d = cardDigits(input);
  if (/^3[47]/.test(d)) return [d.slice(0, 4), d.slice(4, 10), d.slice(10, 15)].filter(Boolean).join(" ");
  return d.replace(/(\d{4})(?=\d)/g, "$1 ");
}
