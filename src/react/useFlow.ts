import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { LibraryFailureCode } from "../core/codes";
import { isPortOneLoadError } from "../core/errors";
import type { FailureOutcome, OutcomeOf } from "../core/outcome";
import type { Flow } from "../core/types";
import { useFlowRuntime, usePortOne, type ChannelKeys, type ClaimEvent } from "./context";
import type { Engine } from "./runtime";
import { useLatest } from "./useLatest";

/** Where a flow hook is: nothing asked yet, a window open, the server checking, or the last attempt's outcome. */
export type FlowStatus = "idle" | "pending" | "verifying" | "success" | "failure" | "invalid" | "cancelled";

/** Callbacks and settings of a flow hook; the same on PC and after a mobile redirect. */
export interface FlowHookOptions<O> {
  /** Called once per successful attempt (after your server confirmed it, with `verifyUrl`). */
  onSuccess?: (outcome: Extract<O, { status: "success" }>) => void;
  /** Called for a refusal, a load failure, a failed verification or input that broke an Inicis rule. */
  onFailure?: (outcome: Extract<O, { status: "failure" | "invalid" | "cancelled" }>) => void;
  /** Called when the buyer cancelled; without it, `onFailure` receives the cancelled outcome. */
  onCancel?: (outcome: Extract<O, { status: "cancelled" }>) => void;
  /** Overrides the provider's `verifyUrl`; `false` turns verification off for this flow. */
  verifyUrl?: string | false;
}

/** What each flow hook returns. */
export interface FlowHook<I, O> {
  /**
   * Validates `input`, then opens the window. While one attempt is in flight, further calls
   * return the same promise and open nothing. Resolves (never rejects) with the outcome.
   */
  request: (input: I) => Promise<O>;
  status: FlowStatus;
  /** The last attempt's outcome, or null. */
  outcome: O | null;
  /** True while the window is open or the server is checking. */
  isPending: boolean;
  /** Back to `idle` (does not cancel a window that is open). */
  reset: () => void;
}

/**
 * The machinery shared by the three flow hooks: single flight, StrictMode-safe, no update after
 * unmount, the same callbacks for an in-page result and for a mobile redirect's landing.
 */
export function useFlow<F extends Flow, I>(flow: F, options: FlowHookOptions<OutcomeOf<F>> = {}): FlowHook<I, OutcomeOf<F>> {
  type O = OutcomeOf<F>;
  const ctx = usePortOne();
  const runtime = useFlowRuntime();
  const key = `${flow}${useId()}`;
  const latest = useLatest({ ctx, options });
  const inFlight = useRef<Promise<O> | null>(null);
  const mounted = useRef(false);
  const [state, setState] = useState<{ status: FlowStatus; outcome: O | null }>({ status: "idle", outcome: null });

  const settle = useCallback(
    (outcome: O): O => {
      inFlight.current = null;
      if (mounted.current) setState({ status: outcome.status, outcome });
      const o = latest.current.options;
      try {
        if (outcome.status === "success") o.onSuccess?.(outcome as never);
        else if (outcome.status === "cancelled" && o.onCancel) o.onCancel(outcome as never);
        else o.onFailure?.(outcome as never);
      } catch (error) {
        // the merchant's callback failed; the outcome stands and the buyer's screen stays as it is
        console.error("[react-portone-inicis] An onSuccess/onFailure/onCancel callback threw:", error);
      }
      return outcome;
    },
    [latest],
  );

  useEffect(() => {
    mounted.current = true;
    const release = runtime.claim(key, (event: ClaimEvent) => {
      if (event.type === "verifying") setState((s) => ({ status: "verifying", outcome: s.outcome }));
      else settle(event.outcome as O);
    });
    return () => {
      mounted.current = false;
      release();
    };
  }, [runtime, key, settle]);

  const request = useCallback(
    (input: I): Promise<O> => {
      if (inFlight.current) return inFlight.current;
      const { ctx: c, options: o } = latest.current;
      const run = (engine: Engine): O | Promise<O> =>
        engine.attempt({
          flow,
          input,
          key,
          storeId: c.storeId,
          channelKey: c.channelKeys[flow as keyof ChannelKeys],
          device: c.device,
          pack: runtime.pack(),
          loadPack: runtime.loadPack,
          sdk: c.sdk,
          verifyUrl: o.verifyUrl === false ? undefined : (o.verifyUrl ?? c.verifyUrl),
          onVerifying: () => void (mounted.current && setState((s) => ({ status: "verifying", outcome: s.outcome }))),
        }) as O | Promise<O>;
      const engine = runtime.engine();
      const result = engine
        ? run(engine)
        : runtime.loadEngine().then(run, (error: unknown) => {
            const failure: FailureOutcome<F> = { status: "failure", flow, code: isPortOneLoadError(error) ? error.code : ("SDK_LOAD_FAILED" satisfies LibraryFailureCode), message: String(error) };
            return failure as O;
          });
      if (!(result instanceof Promise)) return Promise.resolve(settle(result));
      if (mounted.current) setState((s) => ({ status: "pending", outcome: s.outcome }));
      const settled = result.then(settle);
      inFlight.current = settled;
      return settled;
    },
    [flow, key, latest, runtime, settle],
  );

  const reset = useCallback(() => {
    if (mounted.current) setState({ status: "idle", outcome: null });
  }, []);

  const busy = state.status === "pending" || state.status === "verifying";
  return { request, status: state.status, outcome: state.outcome, isPending: busy, reset };
}
