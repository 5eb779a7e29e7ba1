import { useCallback, useEffect, useRef, useState } from "react";
import { isDevelopment } from "../core/env";
import type { RequestContext } from "../core/inputs";
import { invalidOutcome, toOutcome, type OutcomeOf } from "../core/outcome";
import type { BuildResult } from "../core/request";
import type { Flow, ValidationIssue } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import { usePortOne, type ChannelKeys } from "./context";
import { useLatest } from "./useLatest";

/** Where a flow hook is: nothing asked yet, a window open, or the last attempt's outcome. */
export type FlowStatus = "idle" | "pending" | "success" | "failure" | "invalid";

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
  /** True while the window is open. */
  isPending: boolean;
  /** Back to `idle` (does not cancel a window that is open). */
  reset: () => void;
}

interface FlowSpec<F extends Flow, I, R> {
  flow: F;
  channel: keyof ChannelKeys;
  build: (input: I, ctx: RequestContext) => BuildResult<R>;
  call: (sdk: PortOneSdk, request: R) => Promise<unknown>;
}

function warnInDevelopment(issues: readonly ValidationIssue[]): void {
  if (issues.length === 0 || !isDevelopment()) return;
  console.warn(`[react-portone-inicis]\n${issues.map((i) => `- ${i.field}: ${i.message}`).join("\n")}`);
}

/** The machinery shared by the three flow hooks: single flight, StrictMode-safe, no update after unmount. */
export function useFlow<F extends Flow, I, R>(spec: FlowSpec<F, I, R>): FlowHook<I, OutcomeOf<F>> {
  const ctx = usePortOne();
  const latest = useLatest({ ctx, spec });
  const inFlight = useRef<Promise<OutcomeOf<F>> | null>(null);
  const mounted = useRef(false);
  const [state, setState] = useState<{ status: FlowStatus; outcome: OutcomeOf<F> | null }>({ status: "idle", outcome: null });

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const request = useCallback((input: I): Promise<OutcomeOf<F>> => {
    if (inFlight.current) return inFlight.current;
    const { ctx: c, spec: s } = latest.current;
    const built = s.build(input, {
      storeId: c.storeId,
      channelKey: c.channelKeys[s.channel],
      device: c.device,
      locale: c.locale,
      pageUrl: typeof window === "undefined" ? undefined : window.location.href,
    });
    if (!built.ok) {
      const outcome = invalidOutcome(s.flow, built.issues);
      if (mounted.current) setState({ status: "invalid", outcome });
      return Promise.resolve(outcome);
    }
    warnInDevelopment(built.issues);
    const req = built.request as { paymentId?: string; issueId?: string };
    const ids = { paymentId: req.paymentId, issueId: req.issueId };
    if (mounted.current) setState((prev) => ({ status: "pending", outcome: prev.outcome }));
    let called: Promise<unknown>;
    try {
      called = Promise.resolve(s.call(c.sdk, built.request));
    } catch (error) {
      called = Promise.reject(error);
    }
    const attempt = called
      .then(
        (response) => toOutcome(s.flow, response, ids),
        (error: unknown) => toOutcome(s.flow, error, ids),
      )
      .then((outcome) => {
        inFlight.current = null;
        if (mounted.current) setState({ status: outcome.status, outcome });
        return outcome;
      });
    inFlight.current = attempt;
    return attempt;
  }, [latest]);

  const reset = useCallback(() => {
    if (mounted.current) setState({ status: "idle", outcome: null });
  }, []);

  return { request, status: state.status, outcome: state.outcome, isPending: state.status === "pending", reset };
}
