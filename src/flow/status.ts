import { redactCardNumbers } from "../core/checks";
import type { UiText } from "../core/format";
import type { Outcome } from "../core/outcome";
import type { DeviceClass } from "../core/types";

// What a flow component shows for where its attempt is: its `data-state` and the sentence a
// buyer reads. Part of the engine: a line appears only after an attempt, when the engine is there.

/**
 * The styles of what shows once an attempt has started: the spinner, the status line and alerts.
 * They come with the engine, so a page pays for them when a buyer first clicks.
 */
export const STATUS_CSS = `:where(.pi-spinner){width:1em;height:1em;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:pi-spin .8s linear infinite}
@keyframes pi-spin{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){:where(.pi-spinner){animation:none}}
:where(.pi-message){margin:.5em 0 0;font-size:.9em;color:var(--_m)}
:where(.pi-alert){margin:.5em 0;padding:.75em 1em;border:1px solid var(--_d);border-radius:var(--_r);color:var(--_d);background:var(--_bg)}
:where(.pi-alert) ul{margin:.25em 0 0;padding-left:1.2em}
:where(.pi-account) dl{display:grid;gap:.35em;margin:.5em 0 0;padding:.75em 1em;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg)}
:where(.pi-account-row){display:flex;gap:1em;flex-wrap:wrap;align-items:center}
:where(.pi-account-row) dt{min-width:6em;color:var(--_m)}
:where(.pi-account-row) dd{margin:0;font-weight:600}
:where(.pi-account-number){font-variant-numeric:tabular-nums;letter-spacing:.02em}
:where(.pi-account) .pi-secondary{min-height:32px;padding:0 .75em;border:1px solid var(--_b);border-radius:var(--_r);background:var(--_bg);color:var(--_t);font:inherit;font-size:.85em;cursor:pointer}`;

/** Where a flow hook is (the public `FlowStatus`). */
type FlowStatus = "idle" | "collecting" | "pending" | "redirecting" | "verifying" | "success" | "virtualAccountIssued" | "failure" | "invalid" | "cancelled";

/** What a flow component is doing, also exposed as its `data-state` attribute for your CSS. */
export type ButtonState = "idle" | "pending" | "redirecting" | "verifying" | "success" | "awaiting-deposit" | "error" | "cancelled";

const LOAD_CODES = ["SDK_LOAD_FAILED", "SDK_LOAD_TIMEOUT", "SDK_UNAVAILABLE", "COMPONENT_LOAD_FAILED"];

/** The line a buyer reads for an outcome: a sentence in their language, never a raw error. */
export interface StatusLine {
  role: "alert" | "status";
  tone: "error" | "neutral" | "success";
  text: string;
}

/**
 * The state and status line of a flow component, shared by the flow buttons and BillingKeyForm.
 * `ui` is the loaded pack's text (null before it loads: then there is no line, only the state).
 */
export function statusView(status: FlowStatus, outcome: Outcome | null, device: DeviceClass, ui: UiText | null | undefined, success?: keyof UiText, failed?: keyof UiText): { state: ButtonState; line: StatusLine | null } {
  const line = (role: StatusLine["role"], tone: StatusLine["tone"], text: string | undefined): StatusLine | null => (text ? { role, tone, text } : null);
  if (status === "pending" || status === "collecting") return { state: device === "mobile" ? "redirecting" : "pending", line: null };
  if (status === "redirecting") return { state: "redirecting", line: null };
  if (status === "verifying") return { state: "verifying", line: null };
  if (status === "success") return { state: "success", line: line("status", "success", ui?.[success ?? "success"] as string | undefined) };
  if (status === "cancelled") return { state: "cancelled", line: line("status", "neutral", ui?.cancelled) };
  // an issued virtual account is not paid: the buyer is told where to deposit, calmly
  if (status === "virtualAccountIssued" && outcome?.status === "virtualAccountIssued") {
    return { state: "awaiting-deposit", line: line("status", "neutral", outcome.virtualAccount ? ui?.accountIssued : ui?.accountIssuedPlain) };
  }
  if (status === "failure" && outcome?.status === "failure") {
    const code = outcome.code;
    // your server did not confirm the payment: the buyer is told, calmly, that it is being checked
    if (code === "VERIFY_REFUSED" || code === "VERIFY_UNREACHABLE") return { state: "error", line: line("status", "neutral", ui?.checking) };
    const text = LOAD_CODES.includes(code) ? ui?.loadFailed : outcome.pgMessage ? ui?.failure(redactCardNumbers(outcome.pgMessage)) : (ui?.[failed ?? "failed"] as string | undefined);
    // a dialog that could not load never started an attempt: the button is simply back to idle
    return { state: code === "COMPONENT_LOAD_FAILED" ? "idle" : "error", line: line("alert", "error", text) };
  }
  return { state: status === "invalid" ? "error" : "idle", line: null };
}

