// What every scenario file shares: the wait cap, the result keys PortOne adds to a landing, and
// the small helpers that wait for an event and say what they last saw.
import { AsyncLocalStorage } from "node:async_hooks";

/** How long a scenario waits for one event before it says what it saw instead. */
export const TIMEOUT = 15_000;
/** The query keys PortOne adds to a landing (they must leave the address bar and every redirectUrl). */
export const RESULT_KEYS = ["paymentId", "txId", "transactionType", "billingKey", "code", "message", "pgCode", "pgMessage"];

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const short = (v) => JSON.stringify(v)?.slice(0, 220);

export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Resolves once what the page has queued has run, and what that queued in turn: a message (after
 * the ones React's scheduler posts for its work) and then a timer task, twice. A check that
 * nothing more happens (after a render, an effect, an event handler or the router's replaceState)
 * waits for this, never for a time. Not requestIdleCallback: after a restore from Chromium's
 * back/forward cache it sometimes never fires although the page is visible and animation frames
 * run (3 of 30 Back round trips under load), and not every WebKit has it.
 */
export async function idle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const round = (next) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => setTimeout(next, 0);
          channel.port2.postMessage(null);
        };
        round(() => round(resolve));
      }),
  );
}

/**
 * What the scenario running in this async context waits for: a runner runs each scenario in
 * `waits.run([], ...)`, `until` pushes its `what` while it polls, and the runner names the last one
 * when the scenario as a whole times out (one scenario's waits never show in another's).
 */
export const waits = new AsyncLocalStorage();

/** Polls `probe` until `accept` takes its value; a timeout names what was awaited and what was last seen. */
export async function until(what, probe, accept = Boolean, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  const stack = waits.getStore();
  stack?.push(what);
  try {
    let last;
    while (Date.now() < deadline) {
      try {
        last = await probe();
        if (accept(last)) return last;
      } catch (error) {
        last = `(${error.message.split("\n")[0]})`;
      }
      await sleep(100);
    }
    throw new Error(`timed out after ${timeout / 1000} s waiting for ${what} (last seen: ${short(last)})`);
  } finally {
    stack?.splice(stack.lastIndexOf(what), 1);
  }
}
