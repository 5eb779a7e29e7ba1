import { describe, expect, it, vi } from "vitest";
import type { Outcome } from "../core/outcome";
import { IDLE, isBusy, reduce, settle, type AttemptEvent, type AttemptPhase, type AttemptState } from "./state";

// The attempt machine every flow component renders from, and the one settle that calls the
// merchant's callbacks.

const PHASES: AttemptPhase[] = ["idle", "collecting", "pending", "redirecting", "verifying", "settled"];
const LAST: Outcome = { status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "no" };
const COLLECTING = { fields: ["email"], initial: { fullName: "홍길동" } };
const at = (phase: AttemptPhase): AttemptState => ({ phase, outcome: LAST, collecting: phase === "collecting" ? COLLECTING : null });

/** The phase each event leads to from each phase (in the order of PHASES). */
function phasesAfter(event: AttemptEvent): AttemptPhase[] {
  return PHASES.map((p) => reduce(at(p), event).phase);
}

describe("the attempt machine", () => {
  it("starts idle, with no outcome and no dialog", () => {
    expect(IDLE).toEqual({ phase: "idle", outcome: null, collecting: null });
  });

  it("is busy while the dialog is open, the window is open or left, or the server checks", () => {
    expect(PHASES.filter((p) => isBusy(at(p)))).toEqual(["collecting", "pending", "redirecting", "verifying"]);
  });

  it("start: a click starts an attempt unless one is under way (the dialog's continue starts it too)", () => {
    expect(phasesAfter({ type: "start" })).toEqual(["pending", "pending", "pending", "redirecting", "verifying", "pending"]);
    expect(reduce(at("collecting"), { type: "start" })).toEqual({ phase: "pending", outcome: LAST, collecting: null });
    const pending = at("pending");
    expect(reduce(pending, { type: "start" })).toBe(pending);
  });

  it("collect: the dialog opens unless the window has left or the server checks", () => {
    const collecting = { fields: ["phoneNumber"], initial: {} };
    expect(PHASES.map((p) => reduce(at(p), { type: "collect", collecting }).phase)).toEqual(["collecting", "collecting", "collecting", "redirecting", "verifying", "collecting"]);
    expect(reduce(at("pending"), { type: "collect", collecting })).toEqual({ phase: "collecting", outcome: LAST, collecting });
    const redirecting = at("redirecting");
    expect(reduce(redirecting, { type: "collect", collecting })).toBe(redirecting);
  });

  it("redirect: only a pending attempt's window leaves the page", () => {
    expect(phasesAfter({ type: "redirect" })).toEqual(["idle", "collecting", "redirecting", "redirecting", "verifying", "settled"]);
    const idle = at("idle");
    expect(reduce(idle, { type: "redirect" })).toBe(idle);
  });

  it("verify: the server is asked from any phase but an open dialog (a landing may verify on a component just mounted)", () => {
    expect(phasesAfter({ type: "verify" })).toEqual(["verifying", "collecting", "verifying", "verifying", "verifying", "verifying"]);
    const collecting = at("collecting");
    expect(reduce(collecting, { type: "verify" })).toBe(collecting);
    expect(reduce(at("pending"), { type: "verify" })).toEqual({ phase: "verifying", outcome: LAST, collecting: null });
  });

  it("settle: every phase ends with the outcome, the dialog closed", () => {
    const outcome: Outcome = { status: "success", flow: "payment", paymentId: "p" };
    for (const p of PHASES) expect(reduce(at(p), { type: "settle", outcome })).toEqual({ phase: "settled", outcome, collecting: null });
  });

  it("reset: back to idle, forgetting the outcome, but never while an attempt runs", () => {
    expect(phasesAfter({ type: "reset" })).toEqual(["idle", "collecting", "pending", "redirecting", "verifying", "idle"]);
    expect(reduce(at("settled"), { type: "reset" })).toEqual(IDLE);
    const verifying = at("verifying");
    expect(reduce(verifying, { type: "reset" })).toBe(verifying);
  });
});

describe("the one settle", () => {
  const outcomes: Record<string, Outcome> = {
    success: { status: "success", flow: "payment", paymentId: "p" },
    failure: { status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "no" },
    invalid: { status: "invalid", flow: "payment", issues: [] },
    cancelled: { status: "cancelled", flow: "payment", code: "BUYER_CANCELLED" },
    issued: { status: "virtualAccountIssued", flow: "payment", paymentId: "p" } as unknown as Outcome,
  };

  it("calls exactly one callback, once, with the outcome", () => {
    const calls = (outcome: Outcome, withCancel: boolean): string[] => {
      const seen: string[] = [];
      const cb = (name: string) => (o: never) => {
        expect(o).toBe(outcome);
        seen.push(name);
      };
      settle(outcome, { onSuccess: cb("onSuccess"), onFailure: cb("onFailure"), onVirtualAccountIssued: cb("onVirtualAccountIssued"), ...(withCancel ? { onCancel: cb("onCancel") } : {}) });
      return seen;
    };
    expect(calls(outcomes.success!, true)).toEqual(["onSuccess"]);
    expect(calls(outcomes.failure!, true)).toEqual(["onFailure"]);
    expect(calls(outcomes.invalid!, true)).toEqual(["onFailure"]);
    expect(calls(outcomes.cancelled!, true)).toEqual(["onCancel"]);
    // an issued account is not paid: never onSuccess, never a failure
    expect(calls(outcomes.issued!, true)).toEqual(["onVirtualAccountIssued"]);
    // a merchant without onCancel hears of a cancelled dialog through onFailure
    expect(calls(outcomes.cancelled!, false)).toEqual(["onFailure"]);
  });

  it("moves to settled with the outcome, whatever the callbacks", () => {
    for (const outcome of Object.values(outcomes)) expect(settle(outcome, {})).toEqual({ phase: "settled", outcome, collecting: null });
  });

  it("a merchant who gave no callback for an outcome hears nothing, and nothing is logged", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    for (const outcome of Object.values(outcomes)) settle(outcome, {});
    settle(outcomes.failure!, { onSuccess: vi.fn(), onCancel: vi.fn() });
    expect(error).not.toHaveBeenCalled();
  });

  it("keeps the outcome when a callback throws, and logs it", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const boom = new Error("fulfilment down");
    const next = settle(outcomes.success!, {
      onSuccess: () => {
        throw boom;
      },
    });
    expect(next).toEqual({ phase: "settled", outcome: outcomes.success, collecting: null });
    expect(error).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalledWith("[react-portone-inicis] An onSuccess/onFailure/onCancel callback threw:", boom);
    const fail = vi.fn();
    settle(outcomes.cancelled!, {
      onCancel: () => {
        throw boom;
      },
      onFailure: fail,
    });
    expect(fail).not.toHaveBeenCalled();
    expect(error).toHaveBeenCalledTimes(2);
  });
});
