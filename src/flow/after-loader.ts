import { failureOutcome, type OutcomeContext, type Outcome } from "../core/outcome";
import type { Flow } from "../core/types";

// Reading the window's answer and having the merchant's server verify it live in flow/after.ts, a
// chunk the components load while the window is open (the engine holds no import of it, so the
// engine preloaded before the first window stays small and a bundler adds no helper to it). An
// answer that cannot be read because that chunk never loaded is not reported as anything it might
// not be: it is a failure your server must settle (VERIFY_UNREACHABLE, with the attempt's ids); the
// buyer reads that the payment is being checked.

/** The after-window chunk. */
export type After = typeof import("./after");

/** Loads the after-window chunk (retryable after a failure): the components pass theirs. */
export type LoadAfter = () => Promise<After>;

/** Runs `use` with the after-window chunk, trying its load twice; an outcome your server must settle when it cannot load. */
export function withAfter(load: LoadAfter, flow: Flow, ids: OutcomeContext, use: (after: After) => Outcome | Promise<Outcome>): Promise<Outcome> {
  return load()
    .catch(() => load())
    .then(use, (error: unknown) =>
      failureOutcome(flow, "VERIFY_UNREACHABLE", `The window answered, but the part of this library that reads its answer could not be loaded (${String(error)}); check the payment on your server.`, {
        paymentId: ids.paymentId,
        issueId: ids.issueId,
      }),
    );
}
