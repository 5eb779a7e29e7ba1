// The scenarios every example app runs, on the device each names. A scenario returns the pay
// button's final `data-state` and throws with what it saw when a check fails. The harness `h`
// (from run.mjs): page, calls (what the fake CDN script was asked), checkoutUrl, base, standIn, secret.

import { RESULT_KEYS, TIMEOUT, check, idle, short, until } from "./kit.mjs";

const SETTLED = new Set(["success", "error", "cancelled"]);

// ---- reading the page ------------------------------------------------------------------------

const button = (h) => h.page.locator("main button[data-state]").first();
// reads wait for the element up to the scenario's cap (inside `until` too: it polls their values)
const state = (h) => button(h).getAttribute("data-state", { timeout: TIMEOUT });
const testId = (h, id) => h.page.getByTestId(id).textContent({ timeout: TIMEOUT });
async function counts(h) {
  return { success: Number(await testId(h, "success-count")), failure: Number(await testId(h, "failure-count")), cancel: Number(await testId(h, "cancel-count")) };
}
const countsText = (c) => `onSuccess ${c.success}, onFailure ${c.failure}, onCancel ${c.cancel}`;
async function lastOutcome(h) {
  const text = await testId(h, "last-outcome");
  return text ? JSON.parse(text) : null;
}
// Next.js keeps an empty role="alert" of its own for route announcements; it is not ours to count
const alerts = (h) => h.page.getByRole("alert").evaluateAll((els) => els.filter((e) => e.id !== "__next-route-announcer__").length);
const successMessages = (h) => h.page.getByRole("status").filter({ hasText: "결제가 완료되었습니다" }).count();
const search = (h) => h.page.evaluate(() => window.location.search);
const leftoverKeys = (s) => RESULT_KEYS.filter((k) => new URLSearchParams(s).has(k));

/** Opens the checkout and waits for the button to be enabled (the server created the order). */
async function ready(h, url = h.checkoutUrl) {
  await h.page.goto(url);
  await until("the pay button to be enabled (POST /api/orders answered)", () => button(h).isEnabled({ timeout: TIMEOUT }));
}

/** Waits for the button to settle (success, error or cancelled), however long verification takes. */
async function settle(h, what) {
  return until(`${what}: the button to reach success, error or cancelled`, () => state(h), (s) => SETTLED.has(s));
}

// ---- the payment windows ---------------------------------------------------------------------

/** PC: the library's buyer dialog asks for the phone and e-mail the checkout did not pass. */
async function fillBuyerDialog(h) {
  const dialog = h.page.getByRole("dialog", { name: "구매자 정보" });
  await dialog.waitFor({ timeout: TIMEOUT }).catch(() => {
    throw new Error("the buyer dialog did not open (the checkout passes no phone or e-mail, which Inicis needs on PC)");
  });
  await dialog.getByLabel(/휴대폰 번호/).fill("010-1234-5678");
  await dialog.getByLabel(/이메일/).fill("buyer@example.com");
  await dialog.getByRole("button", { name: "계속" }).click();
  await dialog.waitFor({ state: "hidden", timeout: TIMEOUT });
}

/** PC: the fake's in-page payment window. */
async function pcWindow(h, choice) {
  const window = h.page.getByRole("dialog", { name: "KG이니시스 결제창 (fake)" });
  await window.waitFor({ timeout: TIMEOUT }).catch(() => {
    throw new Error(`the payment window did not open (${h.calls.length} SDK calls)`);
  });
  await window.getByRole("button", { name: `fake: ${choice}` }).click();
}

/** Mobile: the click leaves for the payment page; its button comes back to redirectUrl. Returns the request sent. */
async function redirectWindow(h, choice) {
  const before = h.calls.length;
  await button(h).click();
  await h.page.waitForURL((u) => u.href.startsWith(`${h.standIn.url}/__pg`), { timeout: TIMEOUT }).catch(() => {
    throw new Error(`the click did not leave for the payment page (${h.calls.length - before} SDK calls; still on ${h.page.url()})`);
  });
  const sent = h.calls.at(-1)?.request ?? h.standIn.paymentPages.at(-1)?.request;
  check(sent, "no request reached the SDK");
  await h.page.getByRole("button", { name: `fake: ${choice}` }).click();
  await h.page.waitForURL((u) => u.href.startsWith(h.base), { timeout: TIMEOUT });
  return sent;
}

/** The sent redirectUrl is this checkout page, with no result key left in it. */
function checkRedirectUrl(h, sent) {
  check(typeof sent.redirectUrl === "string", `no redirectUrl was sent on mobile (${short(sent)})`);
  const left = leftoverKeys(new URL(sent.redirectUrl).search);
  check(left.length === 0, `the sent redirectUrl still holds ${left.join(", ")}: ${sent.redirectUrl}`);
  check(sent.redirectUrl === h.checkoutUrl, `redirectUrl ${sent.redirectUrl} is not the checkout ${h.checkoutUrl}`);
}

/** After a landing the address bar keeps the page's own query (?item=) and loses PortOne's. */
async function checkCleanUrl(h) {
  const s = await until("the result query to be stripped from the address bar", () => search(h), (v) => leftoverKeys(v).length === 0);
  check(new URLSearchParams(s).get("item") === "sneakers", `the page's own query was lost: ${s}`);
}

/** The provider's onRedirectResult observed the landing's final outcome, the same the button got (it did not take it from the button). */
async function checkObserved(h) {
  const reported = await until("onRedirectResult to observe the landing's final outcome", () => testId(h, "redirect-result"), Boolean);
  const seen = JSON.parse(reported);
  const last = await lastOutcome(h);
  check(seen.status === last?.status && seen.paymentId === last?.paymentId, `onRedirectResult saw ${short(seen)}, the button got ${short(last)}`);
}

/** onSuccess came once, after the server verified the payment with PortOne (the stand-in). */
async function checkVerifiedSuccess(h, paymentId) {
  const c = await counts(h);
  const last = await lastOutcome(h);
  check(c.success === 1 && c.failure === 0, `${countsText(c)}; last outcome ${short(last)}`);
  check(last?.status === "success" && last.paymentId === paymentId, `onSuccess got ${short(last)}, expected ${paymentId}`);
  const asked = h.standIn.requests.filter((r) => r.paymentId === paymentId);
  check(asked.length > 0, `onSuccess came but the server never asked PortOne about ${paymentId} (no verification); outcome ${short(last)}`);
  check(asked.every((r) => r.authorization === `PortOne ${h.secret}`), "the server called PortOne without its API secret");
  check(last.verification?.ok === true && last.verification?.verdict === "paid", `the outcome does not carry the server's verdict: ${short(last)}`);
  // the line comes with the status view's chunk and the locale pack, which may arrive after the outcome: wait for it
  const shown = await until('the role="status" success message', () => successMessages(h), (n) => n >= 1).catch(() => 0);
  check(shown === 1, 'no role="status" success message on screen');
  check((await alerts(h)) === 0, 'a role="alert" is on screen after a success');
}

/** The server refused an amount it did not charge: failure, VERIFY_REFUSED, no onSuccess. */
async function checkAmountRefused(h, final) {
  const c = await counts(h);
  const last = await lastOutcome(h);
  check(final === "error", `ended ${final}, expected error: the stand-in reported 1,000원 for a 39,000원 order (${countsText(c)}; last outcome ${short(last)})`);
  check(c.success === 0 && c.failure === 1, countsText(c));
  check(last?.status === "failure" && last.code === "VERIFY_REFUSED", `onFailure got ${short(last)}, expected code VERIFY_REFUSED`);
  check(last.verification?.verdict === "amount-mismatch", `verification verdict ${short(last.verification)}, expected amount-mismatch`);
  // the rule: the buyer reads a calm sentence that the payment is being checked, not an alarm
  check((await alerts(h)) === 0, 'a role="alert" is on screen for a payment that is only being checked');
  check((await h.page.locator('[role="status"][data-state="neutral"]').count()) >= 1, 'no calm role="status" message saying the payment is being checked');
  check((await successMessages(h)) === 0, "a success message is on screen");
}

// ---- the scenarios ---------------------------------------------------------------------------

/** @type {{ name: string, device: "desktop" | "iphone", run: (h: any) => Promise<string> }[]} */
export const SCENARIOS = [
  {
    name: "dialog-window-verify",
    device: "desktop",
    async run(h) {
      await ready(h);
      await button(h).click();
      await fillBuyerDialog(h);
      await pcWindow(h, "pay");
      const sent = h.calls.at(-1)?.request;
      check(sent?.customer?.email === "buyer@example.com" && sent.customer.phoneNumber, `the dialog's fields did not reach the SDK: ${short(sent?.customer)}`);
      check(sent.totalAmount === 39000, `totalAmount ${sent.totalAmount}`);
      const final = await settle(h, "after paying in the window");
      check(final === "success", `ended ${final}; ${countsText(await counts(h))}; last outcome ${short(await lastOutcome(h))}`);
      await checkVerifiedSuccess(h, sent.paymentId);
      return final;
    },
  },
  {
    name: "dialog-escape",
    device: "desktop",
    async run(h) {
      await ready(h);
      await button(h).click();
      const dialog = h.page.getByRole("dialog", { name: "구매자 정보" });
      await dialog.waitFor({ timeout: TIMEOUT });
      await h.page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden", timeout: TIMEOUT });
      const final = await until("the button to show cancelled", () => state(h), (s) => s === "cancelled").catch(async (e) => {
        throw new Error(`${e.message}; ${countsText(await counts(h))}; last outcome ${short(await lastOutcome(h))}`);
      });
      const c = await counts(h);
      const last = await lastOutcome(h);
      check(c.cancel === 1 && c.failure === 0 && c.success === 0, `${countsText(c)}, expected onCancel once only`);
      check(last?.status === "cancelled", `onCancel got ${short(last)}`);
      check((await alerts(h)) === 0, 'a role="alert" is on screen after a cancel');
      check(h.calls.length === 0, `the SDK was called ${h.calls.length} times`);
      return final;
    },
  },
  {
    name: "amount-mismatch",
    device: "desktop",
    async run(h) {
      await ready(h);
      h.standIn.misreportNext(1000);
      await button(h).click();
      await fillBuyerDialog(h);
      await pcWindow(h, "pay");
      const final = await settle(h, "after paying in the window");
      await checkAmountRefused(h, final);
      return final;
    },
  },
  {
    name: "forged-landing",
    device: "desktop",
    run: forgedLanding,
  },
  {
    name: "redirect-roundtrip",
    device: "iphone",
    async run(h) {
      await ready(h);
      const sent = await redirectWindow(h, "pay");
      checkRedirectUrl(h, sent);
      const final = await settle(h, "after coming back from the payment page");
      check(final === "success", `ended ${final} after the landing; ${countsText(await counts(h))}; last outcome ${short(await lastOutcome(h))}`);
      await checkVerifiedSuccess(h, sent.paymentId);
      await checkCleanUrl(h);
      await checkObserved(h);
      // StrictMode, re-renders and the router's own replaceState must not report it again: once
      // the page has done all they set going
      await idle(h.page);
      const c = await counts(h);
      check(c.success === 1, `onSuccess was called ${c.success} times`);
      return final;
    },
  },
  {
    name: "failure-then-retry",
    device: "iphone",
    async run(h) {
      await ready(h);
      const first = await redirectWindow(h, "refuse");
      checkRedirectUrl(h, first);
      const failed = await settle(h, "after a refused payment");
      const c1 = await counts(h);
      const last1 = await lastOutcome(h);
      check(failed === "error", `ended ${failed} after the refusal landing; ${countsText(c1)}; last outcome ${short(last1)}`);
      check(c1.failure === 1 && c1.success === 0, countsText(c1));
      check(last1?.code === "FAILURE_TYPE_PG" && last1.pgCode === "V013", `onFailure got ${short(last1)}`);
      check((await alerts(h)) >= 1, 'no role="alert" after the refusal');
      await checkCleanUrl(h);
      await checkObserved(h);
      await until("the button to be enabled for a retry", () => button(h).isEnabled({ timeout: TIMEOUT }));
      const second = await redirectWindow(h, "pay");
      checkRedirectUrl(h, second);
      const final = await settle(h, "after the paid retry");
      check(final === "success", `the retry ended ${final}; ${countsText(await counts(h))}; last outcome ${short(await lastOutcome(h))}`);
      await checkVerifiedSuccess(h, second.paymentId);
      await checkCleanUrl(h);
      await checkObserved(h);
      return final;
    },
  },
  {
    name: "amount-mismatch",
    device: "iphone",
    async run(h) {
      await ready(h);
      h.standIn.misreportNext(1000);
      await redirectWindow(h, "pay");
      const final = await settle(h, "after coming back from the payment page");
      await checkAmountRefused(h, final);
      await checkCleanUrl(h);
      await checkObserved(h);
      return final;
    },
  },
  {
    name: "forged-landing",
    device: "iphone",
    run: forgedLanding,
  },
  {
    // a stale failure URL (from history or a bookmark) must not ride along into the next payment's
    // redirectUrl: its code= would make the next successful landing read as a failure
    name: "stale-landing-then-pay",
    device: "iphone",
    async run(h) {
      await ready(h, `${h.checkoutUrl}&paymentId=stale-1&transactionType=PAYMENT&code=FAILURE_TYPE_PG&message=old&pgCode=V013&pgMessage=old`);
      // whether or not the library strips a landing nobody claimed, the address bar can hold result
      // keys when the buyer pays (a router restoring its query, say): put them back and pay
      await h.page.evaluate(() => {
        const url = new URL(window.location.href);
        for (const [k, v] of [["paymentId", "stale-1"], ["transactionType", "PAYMENT"], ["code", "FAILURE_TYPE_PG"], ["message", "old"]]) url.searchParams.set(k, v);
        window.history.replaceState(window.history.state, "", url);
      });
      const sent = await redirectWindow(h, "pay");
      checkRedirectUrl(h, sent);
      const final = await settle(h, "after paying from a stale landing");
      check(final === "success", `ended ${final}; ${countsText(await counts(h))}; last outcome ${short(await lastOutcome(h))}`);
      await checkVerifiedSuccess(h, sent.paymentId);
      await checkCleanUrl(h);
      return final;
    },
  },
];

/** A result URL nobody started here: reported to onRedirectResult as unmatched, never as a success. */
async function forgedLanding(h) {
  await h.page.goto(`${h.checkoutUrl}&paymentId=forged&transactionType=PAYMENT`);
  await button(h).waitFor({ timeout: TIMEOUT });
  const reported = await until("onRedirectResult to report the unclaimed landing", () => testId(h, "redirect-result"), Boolean).catch(async (e) => {
    throw new Error(`${e.message}; button ${await state(h)}; ${countsText(await counts(h))}`);
  });
  const landing = JSON.parse(reported);
  check(landing.status === "failure" && landing.code === "REDIRECT_UNMATCHED", `onRedirectResult got ${short(landing)}, expected a REDIRECT_UNMATCHED failure`);
  const c = await counts(h);
  const final = await state(h);
  check(c.success === 0, `onSuccess was called for a forged landing (${countsText(c)})`);
  check(final !== "success", "the button shows success for a forged landing");
  check((await successMessages(h)) === 0, "a success message is on screen for a forged landing");
  return final;
}
