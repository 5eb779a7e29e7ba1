import { redactCardNumbers } from "../core/checks";
import type { UiText } from "../core/format";
import type { Outcome } from "../core/outcome";
import type { Device } from "../core/types";

// What a flow component shows for where its attempt is: its `data-state` and the sentence a
// buyer reads. Part of the engine: a line appears only after an attempt, when the engine is there.

/** Where a flow hook is (the public `FlowStatus`). */
type FlowStatus = "idle" | "collecting" | "pending" | "redirecting" | "verifying" | "success" | "failure" | "invalid" | "cancelled";

/** What a flow component is doing, also exposed as its `data-state` attribute for your CSS. */
export type ButtonState = "idle" | "pending" | "redirecting" | "verifying" | "success" | "error" | "cancelled";

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
export function statusView(status: FlowStatus, outcome: Outcome | null, device: Device, ui: UiText | null | undefined, success?: keyof UiText, failed?: keyof UiText): { state: ButtonState; line: StatusLine | null } {
  const line = (role: StatusLine["role"], tone: StatusLine["tone"], text: string | undefined): StatusLine | null => (text ? { role, tone, text } : null);
  if (status === "pending" || status === "collecting") return { state: device === "mobile" ? "redirecting" : "pending", line: null };
  if (status === "redirecting") return { state: "redirecting", line: null };
  if (status === "verifying") return { state: "verifying", line: null };
  if (status === "success") return { state: "success", line: line("status", "success", ui?.[success ?? "success"] as string | undefined) };
  if (status === "cancelled") return { state: "cancelled", line: line("status", "neutral", ui?.cancelled) };
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

