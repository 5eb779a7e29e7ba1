import { checkEmail, checkName, checkPhone } from "./checks";
import { asObj, IssueCollector } from "./collect";
import { mayOpen } from "./device";
import type { BuyerInput, DeviceClass, Flow, ValidationIssue } from "./types";

/**
 * Whether phone and e-mail are required for this flow on this device (rules section 3): wherever
 * the PC window may open (PC, and an ambiguous device), and on every device for phone billing.
 * The name is required everywhere.
 */
export function buyerFieldsRequired(flow: Flow, device: DeviceClass): boolean {
  return flow === "phoneBilling" || mayOpen(device, "pc");
}

/** Options of {@link validateBuyer}. */
export interface ValidateBuyerOptions {
  flow: Flow;
  /** `ambiguous` asks for what either window requires. */
  device: DeviceClass;
  /** Path prefix of the fields in issues; `customer` by default. */
  fieldPrefix?: string;
  /** Which name fields a form shows, so a missing name is reported on them; `full` by default. */
  nameMode?: "full" | "separated";
}

/**
 * Validates the buyer fields Inicis reads, for one flow on one device: a name as `fullName` or
 * `firstName` + `lastName` (never both), at most 30 bytes, required on both devices; phone and
 * e-mail required where the PC window may open (and on every device for phone billing); an e-mail with no special
 * characters but `@` and `.`; a Korean phone number.
 */
export function validateBuyer(customer: BuyerInput | null | undefined, options: ValidateBuyerOptions): ValidationIssue[] {
  const out = new IssueCollector();
  const p = options.fieldPrefix ?? "customer";
  const c = asObj(customer);
  const required = buyerFieldsRequired(options.flow, options.device);
  checkName(
    out,
    { full: `${p}.fullName`, first: `${p}.firstName`, last: `${p}.lastName` },
    { full: c.fullName, first: c.firstName, last: c.lastName },
    true,
    options.nameMode === "separated",
  );
  checkPhone(out, `${p}.phoneNumber`, c.phoneNumber, required);
  checkEmail(out, `${p}.email`, c.email, required);
  return out.issues;
}

const BUYER_FIELDS = ["fullName", "firstName", "lastName", "phoneNumber", "email"];
const BUYER_FIXABLE = ["required", "email.chars", "email.format", "phone.format", "name.tooLong", "name.incomplete", "type.string"];

/**
 * The buyer fields an invalid request's errors ask for, when the buyer can fix all of them in the
 * buyer dialog; null when any error is something else (then the component shows the errors).
 */
export function dialogFields(issues: readonly ValidationIssue[]): string[] | null {
  const fields = new Set<string>();
  for (const issue of issues) {
    if (issue.severity !== "error") continue;
    const name = issue.field.slice(9);
    if (!issue.field.startsWith("customer.") || !BUYER_FIELDS.includes(name) || !BUYER_FIXABLE.includes(issue.code)) return null;
    fields.add(name);
  }
  return fields.size > 0 ? [...fields] : null;
}
