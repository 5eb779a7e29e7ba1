import { describe, expect, it } from "vitest";
import type { UiText } from "../core/format";
import { en } from "../core/locales/en";
import type { Outcome } from "../core/outcome";
import { statusView } from "./status";

// What a flow component shows: its data-state and the line a buyer reads.

const ui = en.ui;
const fail = (code: string, pgMessage?: string): Outcome => ({ status: "failure", flow: "payment", code, message: "dev text", ...(pgMessage ? { pgMessage } : {}) });
const SUCCESS: Outcome = { status: "success", flow: "payment", paymentId: "p" };

describe("statusView", () => {
  it("while the window opens: redirecting on a phone (the page leaves), pending on PC; no line", () => {
    for (const status of ["pending", "collecting"] as const) {
      expect(statusView(status, null, "mobile", ui)).toEqual({ state: "redirecting", line: null });
      expect(statusView(status, null, "pc", ui)).toEqual({ state: "pending", line: null });
    }
    expect(statusView("redirecting", null, "pc", ui)).toEqual({ state: "redirecting", line: null });
    expect(statusView("verifying", SUCCESS, "pc", ui)).toEqual({ state: "verifying", line: null });
  });

  it("a success: the success state and the component's own success sentence", () => {
    expect(statusView("success", SUCCESS, "pc", ui)).toEqual({ state: "success", line: { role: "status", tone: "success", text: "Payment complete." } });
    expect(statusView("success", SUCCESS, "pc", ui, "billingKeyIssued")).toEqual({ state: "success", line: { role: "status", tone: "success", text: "Card registered for recurring payments." } });
  });

  it("an issued virtual account is calm: awaiting-deposit, with the account sentence when the server gave the account, else the plain one", () => {
    const account = { bank: "SHINHAN", accountNumber: "562-000", amount: 9900, currency: "KRW", dueDate: "2026-12-08T00:00:00Z" };
    const issued = { status: "virtualAccountIssued", flow: "payment", paymentId: "p", virtualAccount: account } as unknown as Outcome;
    const plain = { status: "virtualAccountIssued", flow: "payment", paymentId: "p" } as unknown as Outcome;
    expect(statusView("virtualAccountIssued", issued, "pc", ui)).toEqual({ state: "awaiting-deposit", line: { role: "status", tone: "neutral", text: ui.accountIssued } });
    expect(statusView("virtualAccountIssued", plain, "mobile", ui)).toEqual({ state: "awaiting-deposit", line: { role: "status", tone: "neutral", text: ui.accountIssuedPlain } });
    expect(ui.accountIssued).not.toBe(ui.accountIssuedPlain);
    // before the pack has loaded: the state, no line
    expect(statusView("virtualAccountIssued", issued, "pc", null)).toEqual({ state: "awaiting-deposit", line: null });
    expect(statusView("virtualAccountIssued", plain, "pc", undefined)).toEqual({ state: "awaiting-deposit", line: null });
    // the status and the outcome must agree: a stale outcome under another status is not an account
    expect(statusView("virtualAccountIssued", SUCCESS, "pc", ui).state).toBe("idle");
    expect(statusView("success", issued, "pc", ui).state).toBe("success");
  });

  it("a cancel is calm, not an alert", () => {
    expect(statusView("cancelled", null, "mobile", ui)).toEqual({ state: "cancelled", line: { role: "status", tone: "neutral", text: "Payment cancelled." } });
  });

  it("a server that did not confirm: an error state, and a calm line that it is being checked", () => {
    for (const code of ["VERIFY_REFUSED", "VERIFY_UNREACHABLE"]) {
      expect(statusView("failure", fail(code), "pc", ui), code).toEqual({ state: "error", line: { role: "status", tone: "neutral", text: ui.checking } });
    }
  });

  it("a module that could not load says so, whatever the PG said", () => {
    for (const code of ["SDK_LOAD_FAILED", "SDK_LOAD_TIMEOUT", "SDK_UNAVAILABLE"]) {
      expect(statusView("failure", fail(code, "pg text"), "pc", ui), code).toEqual({ state: "error", line: { role: "alert", tone: "error", text: ui.loadFailed } });
    }
  });

  it("a buyer dialog that could not load leaves the button idle, with the load line", () => {
    expect(statusView("failure", fail("COMPONENT_LOAD_FAILED"), "pc", ui)).toEqual({ state: "idle", line: { role: "alert", tone: "error", text: ui.loadFailed } });
  });

  it("a PG's refusal shows the PG's message, card numbers masked", () => {
    expect(statusView("failure", fail("FAILURE_TYPE_PG", "카드 1234-5678-9012-3456 한도 초과"), "pc", ui)).toEqual({
      state: "error",
      line: { role: "alert", tone: "error", text: "Payment failed: 카드 **** 한도 초과" },
    });
  });

  it("any other failure: the component's own failure sentence, never the developer message", () => {
    expect(statusView("failure", fail("NO_RESPONSE"), "pc", ui)).toEqual({ state: "error", line: { role: "alert", tone: "error", text: ui.failed } });
    expect(statusView("failure", fail("NO_RESPONSE"), "pc", ui, undefined, "cardSubmitFailed")).toEqual({ state: "error", line: { role: "alert", tone: "error", text: ui.cardSubmitFailed } });
  });

  it("invalid: an error state (the issues show beside the button), no status line; idle: nothing", () => {
    expect(statusView("invalid", { status: "invalid", flow: "payment", issues: [] }, "pc", ui)).toEqual({ state: "error", line: null });
    expect(statusView("idle", null, "pc", ui)).toEqual({ state: "idle", line: null });
    // idle after a reset, or invalid, with the last failure still held: no failure line
    expect(statusView("idle", fail("FAILURE_TYPE_PG", "한도 초과"), "pc", ui)).toEqual({ state: "idle", line: null });
    expect(statusView("invalid", fail("NO_RESPONSE"), "pc", ui)).toEqual({ state: "error", line: null });
    // a failure status without a failure outcome (a reset in between) shows nothing
    expect(statusView("failure", SUCCESS, "pc", ui)).toEqual({ state: "idle", line: null });
    expect(statusView("failure", null, "pc", ui)).toEqual({ state: "idle", line: null });
  });

  it("before the pack has loaded there is a state but no line", () => {
    for (const missing of [null, undefined]) {
      expect(statusView("success", SUCCESS, "pc", missing)).toEqual({ state: "success", line: null });
      expect(statusView("cancelled", null, "pc", missing)).toEqual({ state: "cancelled", line: null });
      expect(statusView("failure", fail("VERIFY_REFUSED"), "pc", missing)).toEqual({ state: "error", line: null });
      expect(statusView("failure", fail("SDK_LOAD_FAILED"), "pc", missing)).toEqual({ state: "error", line: null });
      expect(statusView("failure", fail("FAILURE_TYPE_PG", "한도 초과"), "pc", missing)).toEqual({ state: "error", line: null });
      expect(statusView("failure", fail("NO_RESPONSE"), "pc", missing)).toEqual({ state: "error", line: null });
    }
  });

  it("an empty sentence is no line", () => {
    const blank = { ...ui, success: "" } as UiText;
    expect(statusView("success", SUCCESS, "pc", blank)).toEqual({ state: "success", line: null });
  });
});
