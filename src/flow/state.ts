import type { Outcome } from "../core/outcome";
import type { BuyerInput } from "../core/types";

// The attempt machine's state and its one settle: a pure reducer over the phases of an attempt,
// small enough to ship with the components (they render from it before the engine has loaded).
// The controller that drives it (flow/machine.ts) lives in the lazily loaded engine.

/** Where an attempt is. `settled` holds its outcome; `idle` may still show the last one after a reset. */
export type AttemptPhase = "idle" | "collecting" | "pending" | "redirecting" | "verifying" | "settled";

/** The buyer fields the dialog asks for, and what it starts with. */
export interface Collecting {
  fields: string[];
  initial: BuyerInput;
}

/** The machine's state. */
export interface AttemptState {
  phase: AttemptPhase;
  /** The last settled outcome (kept while a new attempt runs, so the page does not flash). */
  outcome: Outcome | null;
  /** While `collecting`: the dialog's fields. */
  collecting: Collecting | null;
}

/** What can happen to an attempt. */
export type AttemptEvent =
  | { type: "start" }
  | { type: "collect"; collecting: Collecting }
  | { type: "redirect" }
  | { type: "verify" }
  | { type: "settle"; outcome: Outcome }
  | { type: "reset" };

/** The state before any attempt. */
export const IDLE: AttemptState = { phase: "idle", outcome: null, collecting: null };

const BUSY: readonly AttemptPhase[] = ["collecting", "pending", "redirecting", "verifying"];

/** True while an attempt runs (the dialog is open, the window is open or left, the server checks). */
export function isBusy(state: AttemptState): boolean {
  return BUSY.includes(state.phase);
}

/** The attempt machine: which event may move which phase, and where to. */
export function reduce(state: AttemptState, event: AttemptEvent): AttemptState {
  switch (event.type) {
    case "start":
      return state.phase === "pending" || state.phase === "redirecting" || state.phase === "verifying" ? state : { ...state, phase: "pending", collecting: null };
    case "collect":
      return state.phase === "redirecting" || state.phase === "verifying" ? state : { ...state, phase: "collecting", collecting: event.collecting };
    case "redirect":
      return state.phase === "pending" ? { ...state, phase: "redirecting" } : state;
    case "verify":
      // a landing's verification may begin on a component that has just mounted (idle)
      return state.phase === "collecting" ? state : { ...state, phase: "verifying", collecting: null };
    case "settle":
      return { phase: "settled", outcome: event.outcome, collecting: null };
    case "reset":
      return isBusy(state) ? state : IDLE;
  }
}

/** The merchant's callbacks, read when an outcome settles. */
export interface AttemptCallbacks {
  onSuccess?: ((outcome: never) => void) | undefined;
  onFailure?: ((outcome: never) => void) | undefined;
  onCancel?: ((outcome: never) => void) | undefined;
  onVirtualAccountIssued?: ((outcome: never) => void) | undefined;
}

/**
 * The one settle: every outcome of every attempt ends here (an answer, a landing, a cancelled or
 * failed buyer dialog, an engine that could not load, a keyed-in card's server). It moves the
 * machine to `settled` and calls the merchant's callback for it, guarded: a callback that throws
 * is logged and the outcome stands.
 */
export function settle(outcome: Outcome, callbacks: AttemptCallbacks): AttemptState {
  // settle moves any phase to settled (the reducer's "settle" row), so it needs no state
  const next: AttemptState = { phase: "settled", outcome, collecting: null };
  try {
    if (outcome.status === "success") callbacks.onSuccess?.(outcome as never);
    // an issued account is not paid: never onSuccess, and no failure either
    else if (outcome.status === "virtualAccountIssued") callbacks.onVirtualAccountIssued?.(outcome as never);
    else if (outcome.status === "cancelled" && callbacks.onCancel) callbacks.onCancel(outcome as never);
    else callbacks.onFailure?.(outcome as never);
  } catch (error) {
    console.error("[react-portone-inicis] An onSuccess/onFailure/onCancel callback threw:", error);
  }
  return next;
}

