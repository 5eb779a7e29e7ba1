import { cancelledOutcome, failureOutcome, type Outcome } from "../core/outcome";
import type { BuyerInput, Flow, LocalizedIssue } from "../core/types";
import { reduce, settle as settled, type AttemptCallbacks, type AttemptEvent, type AttemptState, type Collecting } from "./state";

// The controller of one component's attempt machine (flow/state.ts): it runs one attempt at a
// time through the reducer (single flight), asks for buyer fields when the rules say the buyer
// can give them, takes a landing's news, and ends every outcome in the one settle.

/** What a controller needs from the component that owns it. */
export interface ControllerHost {
  flow: Flow;
  /** The state the component shows now (the controller starts from it). */
  initial: AttemptState;
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
  let state = host.initial;
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

  // the attempt whose answers still count; an answer of an attempt that has ended is dropped
  let token: object | null = null;

  // Back from a window that left the page: the browser restores this page from its back/forward
  // cache as it was, and the SDK's promise never settles. The attempt ends `cancelled` (the record
  // stays, so a landing that comes later still finds this component); a pagehide/pageshow with no
  // window gone from the page changes nothing.
  let left = false;
  const onHide = (): void => void (left = state.phase === "pending" || state.phase === "redirecting");
  const onShow = (event: Event): void => {
    const back = left && (event as PageTransitionEvent).persisted === true && (state.phase === "pending" || state.phase === "redirecting");
    left = false;
    if (back) settle(cancelledOutcome(host.flow, {}, "BUYER_WENT_BACK"));
  };
  const watch = (on: boolean): void => {
    if (typeof window === "undefined") return;
    const method = on ? "addEventListener" : "removeEventListener";
    window[method]("pagehide", onHide);
    window[method]("pageshow", onShow);
  };

  const settle = (outcome: Outcome): void => {
    token = null;
    left = false;
    watch(false);
    const done = resolve;
    running = null;
    resolve = null;
    again = null;
    state = settled(outcome, host.callbacks());
    if (live) host.publish(state);
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
        const mine = (token = {});
        let result: ReturnType<AttemptTask>;
        try {
          result = task(patch);
        } catch (error) {
          result = failureOutcome(host.flow, "UNKNOWN_ERROR", String(error));
        }
        // after the task: the SDK is called in the click's own task, before any re-render
        if (result instanceof Promise) {
          dispatch({ type: "start" });
          watch(true);
        }
        const next = (outcome: Outcome | null): void => {
          if (token !== mine) return;
          if (outcome === null) return dispatch({ type: "redirect" });
          const asked = outcome.status === "invalid" && collect ? collect(outcome.issues) : null;
          if (asked) {
            again = go;
            return dispatch({ type: "collect", collecting: asked });
          }
          settle(outcome);
        };
        if (result instanceof Promise) result.then(next, (error: unknown) => next(failureOutcome(host.flow, "UNKNOWN_ERROR", String(error))));
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
