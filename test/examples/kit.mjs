// What every scenario file shares: the wait cap, the result keys PortOne adds to a landing, and
// the small helpers that wait for an event and say what they last saw.

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
 * Resolves once the page has nothing left to do: what a render, an effect, an event handler or the
 * router's replaceState set going has run. Two idle periods (requestIdleCallback); an engine
 * without it (WebKit) gets two rounds of a message (after React's scheduler's, which uses one)
 * and a task. A check that nothing more happens waits for this, never for a time.
 */
export async function idle(page) {
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const once = (next) => {
          if (typeof requestIdleCallback === "function") return void requestIdleCallback(() => next());
          const channel = new MessageChannel();
          channel.port1.onmessage = () => setTimeout(next, 0);
          channel.port2.postMessage(null);
        };
        once(() => once(resolve));
      }),
  );
}

/** Polls `probe` until `accept` takes its value; a timeout names what was awaited and what was last seen. */
export async function until(what, probe, accept = Boolean, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
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
}
