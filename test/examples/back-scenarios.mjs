// Issue 20: Back from the mobile payment window, in the style of scenarios.mjs (each returns the
// pay button's final `data-state` and throws with what it saw). The harness `h` is run.mjs's (or
// webkit.mjs's, with the same Playwright-shaped `page`): page, calls, checkoutUrl, base, standIn,
// secret, app.
//
// On a phone the SDK navigates the checkout to the payment page. When the buyer presses Back,
// Safari (and Chrome) restore the checkout from the back/forward cache (`pageshow` with
// `persisted: true`): the page's JavaScript is as it was when it left and the SDK's promise never
// settles. The library must end that attempt as cancelled (onCancel once, no alert) and give the
// button back at once, and keep the attempt's record, so a landing that arrives later for the same
// attempt (here: Forward to the payment page, then pay) still reaches the button.
//
// `expectFail` marks a scenario whose library side is not on this branch yet: while it fails the
// way `match` describes, the runner prints it as XFAIL and does not count it as a failure; once it
// passes, the row says to remove the mark (see `expected` below, shared by run.mjs and webkit.mjs).
//
// Chromium: Playwright launches it with --disable-back-forward-cache; run.mjs drops that flag
// (`ignoreDefaultArgs`) so Back restores the page from the cache as a phone's Chrome does.

import { TIMEOUT, check, idle, short, until } from "./kit.mjs";

const SETTLED = new Set(["success", "error", "cancelled"]);
const BUSY = new Set(["pending", "redirecting", "verifying"]);

const button = (h) => h.page.locator("main button[data-state]").first();
// reads wait for the element up to the scenario's cap (inside `until` too: it polls their values)
const state = (h) => button(h).getAttribute("data-state", { timeout: TIMEOUT });
const testId = (h, id) => h.page.getByTestId(id).textContent({ timeout: TIMEOUT });
const json = (text) => (text ? JSON.parse(text) : null);
async function counts(h) {
  return { success: Number(await testId(h, "success-count")), failure: Number(await testId(h, "failure-count")), cancel: Number(await testId(h, "cancel-count")) };
}
const countsText = (c) => `onSuccess ${c.success}, onFailure ${c.failure}, onCancel ${c.cancel}`;
// Next.js keeps an empty role="alert" of its own for route announcements; it is not ours to count
const alerts = (h) => h.page.getByRole("alert").evaluateAll((els) => els.filter((e) => e.id !== "__next-route-announcer__").length);
const onPaymentPage = (h) => (u) => u.href.startsWith(`${h.standIn.url}/__pg`);
const onCheckout = (h) => (u) => u.href.startsWith(h.base);

/** @type {{ name: string, device: "iphone", apps?: ("vite" | "next")[], expectFail?: { note: string, match: RegExp }, run: (h: any) => Promise<string> }[]} */
export const BACK_SCENARIOS = [
  {
    name: "back-from-payment-page",
    device: "iphone",
    async run(h) {
      await h.page.goto(h.checkoutUrl);
      await until("the pay button to be enabled (POST /api/orders answered)", () => button(h).isEnabled({ timeout: TIMEOUT }));
      // a mark in this document's JavaScript: still there after Back only if the page came from the bfcache
      await h.page.evaluate(() => {
        window.__beforeThePaymentPage = true;
        window.__pageshows = [];
        window.addEventListener("pageshow", (e) => window.__pageshows.push(e.persisted));
      });
      const before = h.calls.length;
      await button(h).click();
      await h.page.waitForURL(onPaymentPage(h), { timeout: TIMEOUT }).catch(() => {
        throw new Error(`the click did not leave for the payment page (${h.calls.length - before} SDK calls; still on ${h.page.url()})`);
      });
      const sent = h.calls.at(-1)?.request ?? h.standIn.paymentPages.at(-1)?.request;
      check(sent?.paymentId, "no request reached the SDK");
      await h.page.getByRole("button", { name: "fake: pay" }).waitFor({ timeout: TIMEOUT });

      // Back: the checkout as it was when it left (a page from the bfcache fires no new "load")
      await h.page.goBack({ waitUntil: "commit" });
      await h.page.waitForURL(onCheckout(h), { timeout: TIMEOUT, waitUntil: "commit" });
      const restored = await until("the checkout to be shown again", () => h.page.evaluate(() => ({ kept: window.__beforeThePaymentPage === true, pageshows: window.__pageshows ?? null })), (v) => v !== null);
      check(restored.kept, "Back reloaded the checkout instead of restoring it from the back/forward cache: this browser did not use its bfcache here, so the scenario tests nothing");
      check(restored.pageshows?.includes(true), `no pageshow with persisted: true after Back (saw ${short(restored.pageshows)})`);
      // "at once": the pageshow itself gives the button back, no timer does. So once the page has
      // done all the pageshow set going (it went idle after it), the button is usable; a machine's
      // load makes that later, never false
      await idle(h.page);
      const usable = { enabled: await button(h).isEnabled({ timeout: TIMEOUT }), state: await state(h) };
      check(usable.enabled && !BUSY.has(usable.state), `once the page had handled Back, the button was ${usable.state}${usable.enabled ? "" : " and disabled"}; ${countsText(await counts(h))}`);
      check(usable.state === "cancelled", `after Back the button is ${usable.state}, expected cancelled (neutral); ${countsText(await counts(h))}`);
      const c = await counts(h);
      const last = json(await testId(h, "last-outcome"));
      check(c.cancel === 1 && c.success === 0 && c.failure === 0, `${countsText(c)}, expected onCancel once only`);
      check(last?.status === "cancelled", `onCancel got ${short(last)}`);
      check((await alerts(h)) === 0, 'a role="alert" is on screen after Back (a cancel is neutral)');
      // a second pageshow, StrictMode or a re-render must not report it again: once the page has
      // done all they set going (idle above, and again after the reads)
      await idle(h.page);
      const again = await counts(h);
      check(again.cancel === 1, `onCancel was called ${again.cancel} times`);

      // later, the same attempt lands after all (Forward to the payment page, then pay): it still reaches the button
      await h.page.goForward({ waitUntil: "commit" });
      await h.page.waitForURL(onPaymentPage(h), { timeout: TIMEOUT, waitUntil: "commit" });
      await h.page.getByRole("button", { name: "fake: pay" }).click();
      await h.page.waitForURL(onCheckout(h), { timeout: TIMEOUT });
      const final = await until("the button to settle after the later landing", () => state(h), (s) => SETTLED.has(s));
      const after = await counts(h);
      const outcome = json(await testId(h, "last-outcome"));
      check(final === "success", `the later landing ended ${final}; ${countsText(after)}; last outcome ${short(outcome)}`);
      check(after.success === 1 && after.failure === 0, countsText(after));
      check(outcome?.status === "success" && outcome.paymentId === sent.paymentId, `onSuccess got ${short(outcome)}, expected the attempt ${sent.paymentId}`);
      check(outcome.verification?.ok === true && outcome.verification?.verdict === "paid", `the outcome does not carry the server's verdict: ${short(outcome)}`);
      const asked = h.standIn.requests.filter((r) => r.paymentId === sent.paymentId);
      check(asked.length > 0, `the server never asked PortOne about ${sent.paymentId} (no verification)`);
      return final;
    },
  },
];

/**
 * A scenario's result against its `expectFail` mark: `mark` is PASS, FAIL, XFAIL (failed the
 * expected way: not a failure) or XPASS (passes although marked: remove the mark; not a failure).
 */
export function expected(spec, ok, detail) {
  if (!spec.expectFail) return { ok, mark: ok ? "PASS" : "FAIL", detail };
  if (ok) return { ok: true, mark: "XPASS", detail: `XPASS: passes now, remove its expectFail mark in back-scenarios.mjs` };
  // a page error or a request off 127.0.0.1 is never the expected failure
  if (spec.expectFail.match.test(detail) && !/^(page error|tried to leave)/.test(detail)) return { ok: true, mark: "XFAIL", detail: `XFAIL, expected to fail: ${spec.expectFail.note}. Saw: ${detail}` };
  return { ok: false, mark: "FAIL", detail };
}
