import type { OutcomeOf } from "../core/outcome";
import type { Flow } from "../core/types";
import type { RequestSummary } from "../flow/landing";
import type { AttemptCallbacks } from "../flow/state";
import { useFlowHub, usePortOne } from "./context";
import { useAttemptMachineOn, useFlowOn, type AttemptMachine, type FlowHook, type FlowHookOptions } from "./flow-hook";

export type { AttemptMachine, DialogRequest, FlowHook, FlowHookOptions, FlowStatus } from "./flow-hook";

/** One component's attempt machine (the controller comes with the engine; the state renders before it). */
export function useAttemptMachine(flow: Flow, callbacks: () => AttemptCallbacks): AttemptMachine {
  return useAttemptMachineOn(useFlowHub(), flow, callbacks);
}

/**
 * The machinery shared by the three flow hooks and the flow components: one attempt machine per
 * component (single flight, StrictMode-safe, no update after unmount, one settle for every
 * outcome), the request sent through the engine, and the claim on this page's landing.
 * `summary` is the component's current request, so a landing can find it by what it asks for.
 */
export function useFlow<F extends Flow, I>(flow: F, options: FlowHookOptions<OutcomeOf<F>> = {}, summary?: RequestSummary): FlowHook<I, OutcomeOf<F>> {
  return useFlowOn(usePortOne(), useFlowHub(), flow, options, summary);
}
