import { own } from "./collect";
import type { InicisOptionKey, OptionText } from "./inicis-options";
import type { IssueCode, IssueParams, LocalizedIssue, MessageLocale, ValidationIssue } from "./types";

/** The parameters a message template receives: the issue's own, plus the field's `label`. */
export type MessageParams = IssueParams & { label: string };

/** The sentences components show once an attempt has started (they come with the pack, not the page). */
export interface UiText {
  success: string;
  cancelled: string;
  /** A PG's refusal, with the PG's own message. */
  failure: (pgMessage: string) => string;
  failed: string;
  loadFailed: string;
  /** The flow buttons' labels while they wait (the window is open, the page leaves, the server checks); without them the button keeps its label. */
  busy?: { pending: string; redirecting: string; verifying: string };
  /** Your server did not confirm the payment (yet): said calmly. */
  checking: string;
  errorSummary: string;
  dialogTitle: string;
  dialogDescription: string;
  continue: string;
  cancel: string;
  billingKeyIssued: string;
  cardRegistered: string;
  cardSubmitFailed: string;
  windowFailed: string;
  /** A virtual account was issued and your server sent its details (shown below the sentence). */
  accountIssued: string;
  /** A virtual account was issued; the details are in the payment window (no `verifyUrl`). */
  accountIssuedPlain: string;
  /** Labels of the issued account's details. */
  account: { bank: string; number: string; amount: string; due: string; holder: string; copy: string; copied: string; copyFailed: string };
  /** Bank names by PortOne's bank code (the server SDK's `Bank`); an unknown code is shown as it is. */
  banks: Readonly<Record<string, string>>;
}

/**
 * One language's text for issues: a sentence per issue code and a label per field. Import the one
 * your page uses from `react-portone-inicis/locales/ko` or `.../en`; the provider loads its
 * `locale`'s pack by itself.
 */
export interface MessagePack {
  locale: MessageLocale;
  /** One sentence per issue code; every code has one. */
  issues: Readonly<Record<IssueCode, (p: MessageParams) => string>>;
  /** Labels of field paths (`customer.email`, `orderName`). */
  fields: Readonly<Record<string, string>>;
  /** Labels and hints of the Inicis options, for `inicis.<key>` and `bypass.<key>` fields. */
  options: Readonly<Record<InicisOptionKey, OptionText>>;
  /** What the components say about an attempt. */
  ui: UiText;
}

/** The label of a field path in a pack's language (the path itself when it has none). */
export function fieldLabel(field: string, pack: MessagePack): string {
  const direct = own(pack.fields, field);
  if (typeof direct === "string") return direct;
  const option = /^(?:inicis|bypass)(?:\.(?:pc|mobile))?\.(\w+)(.*)$/.exec(field);
  const text = option ? (own(pack.options, option[1]!) as OptionText | undefined) : undefined;
  if (text) {
    // inicis.partialInterestFree[0].months -> "부분 무이자 (slimquota) #1 (months)"
    const row = /^\[(\d+)\](?:\.(.+))?$/.exec(option![2]!);
    return row ? `${text.label} #${Number(row[1]) + 1}${row[2] ? ` (${row[2]})` : ""}` : `${text.label}${option![2]}`;
  }
  const row = /^(.*)\[(\d+)\](.*)$/.exec(field);
  if (row) {
    const base = fieldLabel(row[1]!, pack);
    if (base !== row[1]) return `${base} #${Number(row[2]) + 1}${row[3]}`;
  }
  return field;
}

/** The sentence of one issue in a pack's language; it always names the field. */
export function formatIssue(issue: ValidationIssue, pack: MessagePack): string {
  const template = own(pack.issues, issue.code) as ((p: MessageParams) => string) | undefined;
  const label = fieldLabel(issue.field, pack);
  return template ? template({ ...issue.params, label }) : `${label}: ${issue.code}`;
}

/** Adds each issue's sentence in a pack's language (what components show and `onFailure` receives). */
export function localizeIssues(issues: readonly ValidationIssue[], pack: MessagePack): LocalizedIssue[] {
  return issues.map((i) => ({ field: i.field, code: i.code, severity: i.severity, params: i.params, message: formatIssue(i, pack) }));
}
