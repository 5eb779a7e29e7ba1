import { cancelledOutcome, failureOutcome, type Outcome } from "../core/outcome";
import type { BuyerInput, Flow, LocalizedIssue } from "../core/types";

// One attempt machine for every flow component and hook: a pure reducer over the phases of an
// attempt, and a controller that runs attempts through it. Every outcome (an answer, a landing, a
// cancelled buyer dialog, a dialog that failed to load, a keyed-in card's server) ends in the one
// `settle`, which guards the merchant's callbacks.

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
}

/** What a controller needs from the component that owns it. */
export interface ControllerHost {
  flow: Flow;
  /** Publishes each new state (the component re-renders from it). */
  publish: (state: AttemptState) => void;
  /** The latest callbacks. */
  callbacks: () => AttemptCallbacks;
}

/** Runs one kind of attempt for the controller: an outcome now, or later; null when the window left the page. */
export type AttemptTask = () => Outcome | Promise<Outcome | null>;

/** One component's attempts, one at a time. */
export interface AttemptController {
  readonly state: AttemptState;
  /**
   * Runs an attempt unless one is running (then returns the running one's promise). `collect`
   * decides, for an invalid outcome, which buyer fields the dialog should ask for (null: none).
   */
  run: (task: (patch: BuyerInput) => ReturnType<AttemptTask>, collect?: (issues: LocalizedIssue[]) => Collecting | null) => Promise<Outcome>;
  /** The buyer dialog closed: the fields typed, or null when the buyer cancelled. */
  collected: (customer: BuyerInput | null) => void;
  /** The buyer dialog could not be loaded or rendered. */
  dialogFailed: (error: unknown) => void;
  /** A landing's news for this component. */
  land: (event: { type: "verifying" } | { type: "outcome"; outcome: Outcome }) => void;
  /** Back to idle (not while an attempt runs). */
  reset: () => void;
  /** Stops publishing (the component unmounted). */
  dispose: () => void;
}

/** Creates the controller of one component. */
export function createAttemptController(host: ControllerHost): AttemptController {
  let state = IDLE;
  let live = true;
  let running: Promise<Outcome> | null = null;
  let resolve: ((o: Outcome) => void) | null = null;
  let again: ((patch: BuyerInput) => void) | null = null;

  const dispatch = (event: AttemptEvent): void => {
    const next = reduce(state, event);
    if (next === state) return;
    state = next;
    if (live) host.publish(state);
  };

  const settle = (outcome: Outcome): void => {
    dispatch({ type: "settle", outcome });
    const done = resolve;
    running = null;
    resolve = null;
    again = null;
    const c = host.callbacks();
    try {
      if (outcome.status === "success") c.onSuccess?.(outcome as never);
      else if (outcome.status === "cancelled" && c.onCancel) c.onCancel(outcome as never);
      else c.onFailure?.(outcome as never);
    } catch (error) {
      // the merchant's callback failed; the outcome stands and the buyer's screen stays as it is
      console.error("[react-portone-inicis] An onSuccess/onFailure/onCancel callback threw:", error);
    }
    done?.(outcome);
  };

  const controller: AttemptController = {
    get state() {
      return state;
    },
    run(task, collect) {
      if (running) return running;
      const promise = new Promise<Outcome>((r) => (resolve = r));
      running = promise;
      const go = (patch: BuyerInput): void => {
        let result: ReturnType<AttemptTask>;
        try {
          result = task(patch);
        } catch (error) {
          result = failureOutcome(host.flow, "UNKNOWN_ERROR", String(error));
        }
        // after the task: the SDK is called in the click's own task, before any re-render
        if (result instanceof Promise) dispatch({ type: "start" });
        const next = (outcome: Outcome | null): void => {
          if (outcome === null) return dispatch({ type: "redirect" });
          const asked = outcome.status === "invalid" && collect ? collect(outcome.issues) : null;
          if (asked) {
            again = go;
            return dispatch({ type: "collect", collecting: asked });
          }
          settle(outcome);
        };
        if (result instanceof Promise) result.then(next, (error: unknown) => settle(failureOutcome(host.flow, "UNKNOWN_ERROR", String(error))));
        else next(result);
      };
      go({});
      return promise;
    },
    collected(customer) {
      if (state.phase !== "collecting") return;
      if (customer && again) again(customer);
      else settle(cancelledOutcome(host.flow));
    },
    dialogFailed(error) {
      if (state.phase !== "collecting") return;
      settle(failureOutcome(host.flow, "COMPONENT_LOAD_FAILED", `The buyer dialog could not be loaded: ${String(error)}`));
    },
    land(event) {
      if (event.type === "verifying") dispatch({ type: "verify" });
      else settle(event.outcome);
    },
    reset: () => dispatch({ type: "reset" }),
    dispose: () => void (live = false),
  };
  return controller;
}
