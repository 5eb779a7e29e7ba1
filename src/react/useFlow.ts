import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { LibraryFailureCode } from "../core/codes";
import { isPortOneLoadError } from "../core/errors";
import { failureOutcome, type Outcome, type OutcomeOf } from "../core/outcome";
import type { BuyerInput, Flow } from "../core/types";
import type { RequestSummary } from "../flow/landing";
import { createAttemptController, IDLE, isBusy, type AttemptCallbacks, type AttemptController, type AttemptState, type Collecting } from "../flow/machine";
import { useFlowHub, usePortOne, type ChannelKeys, type FlowHub, type PortOneContextValue } from "./context";
import type { Engine } from "./loaders";
import { useLatest } from "./useLatest";

/**
 * Where a flow hook is: nothing asked yet, the buyer dialog open, a window open, the page leaving
 * for a redirecting window, the server checking, or the last attempt's outcome.
 */
export type FlowStatus = "idle" | "collecting" | "pending" | "redirecting" | "verifying" | "success" | "failure" | "invalid" | "cancelled";

/** Callbacks and settings of a flow hook; the same on PC and after a redirect. */
export interface FlowHookOptions<O> {
  /** Called once per successful attempt (after your server confirmed it, with `verifyUrl`). */
  onSuccess?: (outcome: Extract<O, { status: "success" }>) => void;
  /** Called for a refusal, a load failure, a failed verification or input that broke an Inicis rule. */
  onFailure?: (outcome: Extract<O, { status: "failure" | "invalid" | "cancelled" }>) => void;
  /** Called when the buyer cancelled; without it, `onFailure` receives the cancelled outcome. */
  onCancel?: (outcome: Extract<O, { status: "cancelled" }>) => void;
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

/** One component's attempt machine: its state for rendering, and its controller (made on first use). */
export function useAttemptMachine(flow: Flow, callbacks: () => AttemptCallbacks): { state: AttemptState; machine: () => AttemptController; mounted: RefObject<boolean> } {
  const mounted = useRef(false);
  const [state, setState] = useState<AttemptState>(IDLE);
  const controller = useRef<AttemptController | null>(null);
  const read = useLatest(callbacks);
  const machine = useCallback(
    (): AttemptController =>
      (controller.current ??= createAttemptController({
        flow,
        publish: (s) => void (mounted.current && setState(s)),
        callbacks: () => read.current(),
      })),
    [flow, read],
  );
  useEffect(() => {
    mounted.current = true;
    // a StrictMode remount, or an attempt that settled while unmounted, shows the machine's state
    if (controller.current) setState(controller.current.state);
    return () => {
      mounted.current = false;
    };
  }, []);
  return { state, machine, mounted };
}

/** Starts an attempt on a component's machine: the engine builds, records, calls and verifies; the dialog fills buyer fields. */
function startAttempt<I>(
  flow: Flow,
  input: I,
  m: AttemptController,
  hub: FlowHub,
  latest: RefObject<{ ctx: PortOneContextValue; options: FlowHookOptions<never> }>,
  typed: RefObject<BuyerInput>,
): Promise<Outcome> {
  const given = input as { customer?: BuyerInput };
  return m.run(
    (patch) => {
      const { ctx: c, options: o } = latest.current;
      const run = (engine: Engine) =>
        engine.runAttempt({
          flow,
          // what the buyer typed in the dialog completes the customer for this attempt only
          input: Object.keys(patch).length === 0 ? input : { ...given, customer: { ...given.customer, ...patch } },
          storeId: c.storeId,
          channelKey: c.channelKeys[flow as keyof ChannelKeys],
          device: c.device,
          pageUrl: window.location.href,
          pack: hub.pack(),
          loadPack: hub.loadPack,
          sdk: c.sdk,
          verifyUrl: o.verifyUrl ?? c.verifyUrl,
          attemptKey: o.attemptKey,
          store: engine.pageStore(),
          onVerifying: () => m.land({ type: "verifying" }),
        });
      const engine = hub.engine();
      return engine
        ? run(engine)
        : hub.loadEngine().then(run, (error: unknown) => failureOutcome(flow, isPortOneLoadError(error) ? error.code : ("SDK_LOAD_FAILED" satisfies LibraryFailureCode), String(error)));
    },
    (issues) => {
      const engine = hub.engine();
      const fields = latest.current.options.collectBuyer && engine ? engine.dialogFields(issues) : null;
      return fields && hub.pack() ? { fields, initial: { ...typed.current, ...given.customer } } : null;
    },
  );
}

/** The status a hook reports for a machine state. */
function statusOf(state: AttemptState): FlowStatus {
  return state.phase === "settled" ? state.outcome!.status : state.phase;
}

/**
 * The machinery shared by the three flow hooks and the flow components: one attempt machine per
 * component (single flight, StrictMode-safe, no update after unmount, one settle for every
 * outcome), the request sent through the engine, and the claim on this page's landing.
 * `summary` is the component's current request, so a landing can find it by what it asks for.
 */
export function useFlow<F extends Flow, I>(flow: F, options: FlowHookOptions<OutcomeOf<F>> = {}, summary?: RequestSummary): FlowHook<I, OutcomeOf<F>> {
  type O = OutcomeOf<F>;
  const ctx = usePortOne();
  const hub = useFlowHub();
  const latest = useLatest({ ctx, options, summary });
  const { state, machine } = useAttemptMachine(flow, () => latest.current.options);
  const typed = useRef<BuyerInput>({});
  useEffect(() => {
    const release = hub.claim({
      flow,
      key: () => latest.current.options.attemptKey,
      summary: () => latest.current.summary ?? null,
      deliver: (event) => machine().land(event),
    });
    return release;
  }, [hub, flow, latest, machine]);
  useEffect(() => hub.changed(), [hub, summary?.orderName, summary?.amount, summary?.currency, options.attemptKey]);

  const request = useCallback((input: I): Promise<O> => startAttempt(flow, input, machine(), hub, latest, typed) as Promise<O>, [flow, hub, latest, machine, typed]);

  const reset = useCallback(() => machine().reset(), [machine]);
  const collecting = state.phase === "collecting" ? state.collecting : null;
  const dialog = useMemo<DialogRequest | null>(
    () =>
      collecting && {
        ...collecting,
        done: (customer) => {
          if (customer) typed.current = { ...typed.current, ...customer };
          machine().collected(customer);
        },
        failed: (error) => machine().dialogFailed(error),
      },
    [collecting, machine],
  );
  return { request, status: statusOf(state), outcome: state.outcome as O | null, isPending: isBusy(state), reset, dialog };
}
