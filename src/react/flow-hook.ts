// The flow hooks' machinery without the provider's context module: the context value and the hub
// are arguments, so a flow button's attempt machinery (components/flow-driver.tsx) runs it from
// inside the lazily loaded engine chunk. react/useFlow.ts gives it the context for the hooks.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { LibraryFailureCode } from "../core/codes";
import { isPortOneLoadError } from "../core/errors";
import { failureOutcome, type Outcome, type OutcomeOf } from "../core/outcome";
import type { BuyerInput, Flow } from "../core/types";
import type { RequestSummary } from "../flow/landing";
import type { AttemptController } from "../flow/machine";
import type { StartSettings } from "../flow/start";
import { IDLE, isBusy, settle, type AttemptCallbacks, type AttemptState, type Collecting } from "../flow/state";
import type { ChannelKeys, EngineCore, FlowHubCore, PortOneContextValue } from "./hub";
import { useLatest } from "./useLatest";

/**
 * Where a flow hook is: nothing asked yet, the buyer dialog open, a window open, the page leaving
 * for a redirecting window, the server checking, or the last attempt's outcome.
 */
export type FlowStatus = "idle" | "collecting" | "pending" | "redirecting" | "verifying" | "success" | "virtualAccountIssued" | "failure" | "invalid" | "cancelled";

/** Callbacks and settings of a flow hook; the same on PC and after a redirect. */
export interface FlowHookOptions<O> {
  /** Called once per successful attempt (after your server confirmed it, with `verifyUrl`). */
  onSuccess?: (outcome: Extract<O, { status: "success" }>) => void;
  /** Called for a refusal, a load failure, a failed verification or input that broke an Inicis rule. */
  onFailure?: (outcome: Extract<O, { status: "failure" | "invalid" | "cancelled" }>) => void;
  /** Called when the buyer cancelled; without it, `onFailure` receives the cancelled outcome. */
  onCancel?: (outcome: Extract<O, { status: "cancelled" }>) => void;
  /**
   * Payments by virtual account: called once when the account is issued (not paid: neither
   * `onSuccess` nor `onFailure` runs). Show the buyer where to deposit; fulfil when your server's
   * webhook hears of the deposit.
   */
  onVirtualAccountIssued?: (outcome: Extract<O, { status: "virtualAccountIssued" }>) => void;
  /** Overrides the provider's `verifyUrl`; `false` turns verification off for this flow. It also verifies this attempt's landing. */
  verifyUrl?: string | false;
  /**
   * Your key for this component's attempts, recorded with each one: after a redirect, the landing
   * goes to the mounted component with the same key. Give one when a page has several components
   * of the same flow whose requests may look alike (the same order name, amount and currency).
   */
  attemptKey?: string;
  /**
   * Ask the buyer for missing or invalid buyer fields before the window opens: `request` then
   * waits in `collecting` while the hook's `dialog` (render it) is open. False by default for hooks.
   */
  collectBuyer?: boolean;
}

/** The buyer dialog a flow hook asks to be rendered (the hook renders it through {@link FlowHook.dialog}). */
export interface DialogRequest extends Collecting {
  /** The buyer's answer: the fields, or null when they cancelled. */
  done: (customer: BuyerInput | null) => void;
  /** The dialog could not be loaded or rendered. */
  failed: (error: unknown) => void;
}

/** What each flow hook returns. */
export interface FlowHook<I, O> {
  /**
   * Validates `input`, then opens the window. While one attempt is in flight, further calls
   * return the same promise and open nothing. Resolves (never rejects) with the outcome; it stays
   * pending while the page leaves for a redirecting window (the landing brings the outcome).
   */
  request: (input: I) => Promise<O>;
  status: FlowStatus;
  /** The last attempt's outcome, or null. */
  outcome: O | null;
  /** True while the buyer dialog is open, the window is open or the page leaves, or the server is checking. */
  isPending: boolean;
  /** Back to `idle` (does not cancel a window that is open). */
  reset: () => void;
  /** With `collectBuyer`: the buyer dialog to show, while `status` is `collecting`; null otherwise. */
  dialog: DialogRequest | null;
}

/** One component's attempt machine, as the component sees it: the state to render, and a way to run on its controller. */
export interface AttemptMachine {
  state: AttemptState;
  /** Runs `use` on the controller, loading the engine first when needed (single flight meanwhile); an engine that cannot load settles as a failure. */
  withMachine: (use: (machine: AttemptController) => Promise<Outcome>) => Promise<Outcome>;
  /** The controller, once the engine has loaded. */
  controller: () => AttemptController | null;
  reset: () => void;
}

/** One component's attempt machine (the controller comes with the engine; the state renders before it), on the provider's hub. */
export function useAttemptMachineOn(hub: FlowHubCore, flow: Flow, callbacks: () => AttemptCallbacks): AttemptMachine {
  const mounted = useRef(false);
  const [state, setState] = useState<AttemptState>(IDLE);
  const current = useRef<AttemptState>(IDLE);
  const controller = useRef<AttemptController | null>(null);
  const loading = useRef<Promise<Outcome> | null>(null);
  const read = useLatest(callbacks);
  const publish = useCallback((s: AttemptState) => {
    current.current = s;
    if (mounted.current) setState(s);
  }, []);
  const make = useCallback(
    (engine: EngineCore): AttemptController => (controller.current ??= engine.createAttemptController({ flow, initial: current.current, publish, callbacks: () => read.current() })),
    [flow, publish, read],
  );
  const withMachine = useCallback(
    (use: (machine: AttemptController) => Promise<Outcome>): Promise<Outcome> => {
      const engine = hub.engine();
      if (engine) return use(make(engine));
      if (loading.current) return loading.current;
      publish({ ...current.current, phase: "pending" });
      const started = hub.loadEngine().then(
        (e) => use(make(e)),
        (error: unknown) => {
          const outcome = failureOutcome(flow, isPortOneLoadError(error) ? error.code : ("SDK_LOAD_FAILED" satisfies LibraryFailureCode), String(error));
          publish(settle(outcome, read.current()));
          return outcome;
        },
      );
      loading.current = started;
      void started.finally(() => (loading.current = null));
      return started;
    },
    [flow, hub, make, publish, read],
  );
  useEffect(() => {
    mounted.current = true;
    // a StrictMode remount, or an attempt that settled while unmounted, shows the machine's state
    setState(current.current);
    return () => {
      mounted.current = false;
    };
  }, []);
  const reset = useCallback(() => (controller.current ? controller.current.reset() : publish(isBusy(current.current) ? current.current : IDLE)), [publish]);
  const get = useCallback((): AttemptController | null => {
    const engine = hub.engine();
    return controller.current ?? (engine ? make(engine) : null);
  }, [hub, make]);
  return { state, withMachine, controller: get, reset };
}

/** The settings of an attempt, read when it starts: the provider's and the hook's. */
function settingsOf(
  flow: Flow,
  hub: FlowHubCore,
  latest: RefObject<{ ctx: PortOneContextValue; options: FlowHookOptions<never> }>,
  typed: RefObject<BuyerInput>,
): StartSettings {
  const { ctx: c, options: o } = latest.current;
  return {
    flow,
    storeId: c.storeId,
    channelKey: c.channelKeys[flow as keyof ChannelKeys],
    device: c.device,
    sdk: c.sdk,
    verifyUrl: o.verifyUrl ?? c.verifyUrl,
    attemptKey: o.attemptKey,
    collectBuyer: o.collectBuyer === true,
    pack: hub.pack(),
    loadPack: hub.loadPack,
    typed: typed.current,
    loadAfter: hub.loadAfter,
  };
}

/** The status a hook reports for a machine state. */
function statusOf(state: AttemptState): FlowStatus {
  return state.phase === "settled" ? state.outcome!.status : state.phase;
}

/**
 * The machinery shared by the three flow hooks (given the provider's context and hub, so it also
 * runs inside the engine chunk, which has no context of its own) and the flow components: one attempt machine per
 * component (single flight, StrictMode-safe, no update after unmount, one settle for every
 * outcome), the request sent through the engine, and the claim on this page's landing.
 * `summary` is the component's current request, so a landing can find it by what it asks for.
 */
export function useFlowOn<F extends Flow, I>(ctx: PortOneContextValue, hub: FlowHubCore, flow: F, options: FlowHookOptions<OutcomeOf<F>> = {}, summary?: RequestSummary): FlowHook<I, OutcomeOf<F>> {
  type O = OutcomeOf<F>;
  const latest = useLatest({ ctx, options, summary });
  const { state, withMachine, controller, reset } = useAttemptMachineOn(hub, flow, () => latest.current.options);
  const typed = useRef<BuyerInput>({});
  useEffect(
    () =>
      hub.claim({
        flow,
        key: () => latest.current.options.attemptKey,
        summary: () => latest.current.summary ?? null,
        // a landing is routed by the engine, so the controller can be made
        deliver: (event) => controller()?.land(event),
      }),
    [hub, flow, latest, controller],
  );
  useEffect(() => hub.changed(), [hub, summary?.orderName, summary?.amount, summary?.currency, options.attemptKey]);

  const request = useCallback((input: I): Promise<O> => withMachine((m) => hub.engine()!.startAttempt(m, () => settingsOf(flow, hub, latest, typed), input)) as Promise<O>, [flow, hub, latest, withMachine]);

  const collecting = state.phase === "collecting" ? state.collecting : null;
  const dialog = useMemo<DialogRequest | null>(
    () =>
      collecting && {
        ...collecting,
        done: (customer) => {
          if (customer) typed.current = { ...typed.current, ...customer };
          controller()?.collected(customer);
        },
        failed: (error) => controller()?.dialogFailed(error),
      },
    [collecting, controller],
  );
  return { request, status: statusOf(state), outcome: state.outcome as O | null, isPending: isBusy(state), reset, dialog };
}
