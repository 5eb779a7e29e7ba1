// Issue 16's must-show scenarios (i)-(v) for `npm run test:examples`, in the style of
// scenarios.mjs: each returns the final `data-state` of the button (or landing view) it watched and
// throws with what it saw when a check fails. The harness `h` is run.mjs's: page, calls, checkoutUrl,
// base, standIn, secret, app.
//
// Not wired into run.mjs yet. Each scenario names the example apps it runs on (`apps`); run.mjs
// would run it only there (`!spec.apps || spec.apps.includes(app.name)`), next to SCENARIOS.
// Pages these use in examples/next-app: / (links to the checkout), /checkout, /cart (two buttons,
// sorted the other way after the redirect), /payment/checkout -> /payment/landing (a landing page of
// its own), /slow-checkout (the button mounts 10 s after a landing page loads).

import { TIMEOUT, check, idle, short, until } from "./kit.mjs";

const SETTLED = new Set(["success", "error", "cancelled"]);
const LATE_MS = 10_000;

// ---- reading the page ------------------------------------------------------------------------

const firstButton = (h) => h.page.locator("main button[data-state]").first();
const productButton = (h, key) => h.page.locator(`main button[data-product="${key}"]`);
// reads wait for the element up to the scenario's cap (inside `until` too: it polls their values)
const stateOf = (locator) => locator.getAttribute("data-state", { timeout: TIMEOUT });
const testId = (h, id) => h.page.getByTestId(id).textContent({ timeout: TIMEOUT });
const json = (text) => (text ? JSON.parse(text) : null);
const search = (h) => h.page.evaluate(() => window.location.search);
// Next.js keeps an empty role="alert" of its own for route announcements; it is not ours to count
const alerts = (h) => h.page.getByRole("alert").evaluateAll((els) => els.filter((e) => e.id !== "__next-route-announcer__").length);

async function counts(h, suffix = "") {
  return { success: Number(await testId(h, `success-count${suffix}`)), failure: Number(await testId(h, `failure-count${suffix}`)) };
}
const countsText = (c) => `onSuccess ${c.success}, onFailure ${c.failure}`;

/** The server asked PortOne (the stand-in) about this payment, with its secret. */
function checkServerAsked(h, paymentId) {
  const asked = h.standIn.requests.filter((r) => r.paymentId === paymentId);
  check(asked.length > 0, `the server never asked PortOne about ${paymentId} (no verification)`);
  check(asked.every((r) => r.authorization === `PortOne ${h.secret}`), "the server called PortOne without its API secret");
}

/** A verified success for `paymentId`: onSuccess once (on the `suffix` log), with the server's verdict. */
async function checkVerified(h, paymentId, suffix = "") {
  const c = await counts(h, suffix);
  const last = json(await testId(h, `last-outcome${suffix}`));
  check(c.success === 1 && c.failure === 0, `${countsText(c)}; last outcome ${short(last)}`);
  check(last?.status === "success" && last.paymentId === paymentId, `onSuccess got ${short(last)}, expected ${paymentId}`);
  check(last.verification?.ok === true && last.verification?.verdict === "paid", `the outcome does not carry the server's verdict: ${short(last)}`);
  checkServerAsked(h, paymentId);
}

/** Mobile: `click` leaves for the payment page, whose button comes back to redirectUrl. Returns the request sent. */
async function redirectWindow(h, click, choice = "pay") {
  const before = h.calls.length;
  await click();
  await h.page.waitForURL((u) => u.href.startsWith(`${h.standIn.url}/__pg`), { timeout: TIMEOUT }).catch(() => {
    throw new Error(`the click did not leave for the payment page (${h.calls.length - before} SDK calls; still on ${h.page.url()})`);
  });
  const sent = h.calls.at(-1)?.request ?? h.standIn.paymentPages.at(-1)?.request;
  check(sent, "no request reached the SDK");
  await h.page.getByRole("button", { name: `fake: ${choice}` }).click();
  await h.page.waitForURL((u) => u.href.startsWith(h.base), { timeout: TIMEOUT });
  return sent;
}

async function enabled(what, locator) {
  await until(`${what} to be enabled (POST /api/orders answered)`, () => locator.isEnabled({ timeout: TIMEOUT }));
}

// ---- the scenarios ---------------------------------------------------------------------------

/** @type {{ name: string, device: "desktop" | "iphone", apps: ("vite" | "next")[], run: (h: any) => Promise<string> }[]} */
export const FLOW_SCENARIOS = [
  {
    // (i) the checkout is reached with next/link: its button mounts with a client id, the landing
    // is a full page load; the result must still reach it
    name: "client-nav-roundtrip",
    device: "iphone",
    apps: ["next"],
    async run(h) {
      await h.page.goto(`${h.base}/`);
      await h.page.getByRole("link", { name: /나이키 와플 트레이너/ }).click();
      await h.page.waitForURL((u) => u.pathname === "/checkout", { timeout: TIMEOUT });
      await enabled("the pay button", firstButton(h));
      const sent = await redirectWindow(h, () => firstButton(h).click());
      check(new URL(sent.redirectUrl).pathname === "/checkout", `redirectUrl ${sent.redirectUrl} is not the checkout`);
      const final = await until("the button to settle after the landing", () => stateOf(firstButton(h)), (s) => SETTLED.has(s));
      check(final === "success", `ended ${final} after the landing; ${countsText(await counts(h))}; last outcome ${await testId(h, "last-outcome")}`);
      await checkVerified(h, sent.paymentId);
      return final;
    },
  },
  {
    // (ii) two PayButtons; the cart comes back sorted the other way: only the paid one hears of it
    name: "reordered-buttons",
    device: "iphone",
    apps: ["next"],
    async run(h) {
      await h.page.goto(`${h.base}/cart?sort=asc`);
      const socks = productButton(h, "socks");
      const sneakers = productButton(h, "sneakers");
      await enabled("the socks button", socks);
      const first = await h.page.locator("main button[data-product]").first().getAttribute("data-product");
      check(first === "socks", `the cart sorted ascending lists ${first} first`);
      const sent = await redirectWindow(h, () => socks.click());
      check(new URL(sent.redirectUrl).searchParams.get("sort") === "desc", `the cart's redirectUrl does not sort the other way: ${sent.redirectUrl}`);
      const after = await until("the cart to list sneakers first after the landing", () => h.page.locator("main button[data-product]").first().getAttribute("data-product"), (k) => k === "sneakers");
      check(after === "sneakers", "the order did not change");
      const final = await until("the socks button to settle", () => stateOf(socks), (s) => SETTLED.has(s));
      check(final === "success", `socks ended ${final}; ${countsText(await counts(h, "-socks"))}; sneakers ${countsText(await counts(h, "-sneakers"))}`);
      await checkVerified(h, sent.paymentId, "-socks");
      // StrictMode, re-renders and the router's own replaceState must not reach the neighbour: once
      // the page has done all they set going
      await idle(h.page);
      const other = await counts(h, "-sneakers");
      check(other.success === 0 && other.failure === 0, `the other product's button heard of the payment: ${countsText(other)}; ${await testId(h, "last-outcome-sneakers")}`);
      check((await stateOf(sneakers)) === "idle", `the sneakers button is ${await stateOf(sneakers)}`);
      return final;
    },
  },
  {
    // (iii) a landing page of its own: usePaymentRedirect() shows the verified outcome
    name: "own-landing-page",
    device: "iphone",
    apps: ["next"],
    async run(h) {
      await h.page.goto(`${h.base}/payment/checkout?item=sneakers`);
      await enabled("the pay button", firstButton(h));
      const sent = await redirectWindow(h, () => firstButton(h).click());
      check(new URL(sent.redirectUrl).pathname === "/payment/landing", `redirectUrl ${sent.redirectUrl} is not /payment/landing`);
      check(new URL(h.page.url()).pathname === "/payment/landing", `came back to ${h.page.url()}`);
      const view = h.page.getByTestId("landing-state");
      const final = await until("the landing page to show a final outcome", () => view.getAttribute("data-state", { timeout: TIMEOUT }), (s) => s && s !== "waiting");
      const outcome = json(await testId(h, "landing-outcome"));
      check(final === "success", `the landing page shows ${final}: ${short(outcome)}`);
      check(outcome?.status === "success" && outcome.paymentId === sent.paymentId, `usePaymentRedirect() returned ${short(outcome)}, expected ${sent.paymentId}`);
      check(outcome.verification?.ok === true && outcome.verification?.verdict === "paid", `the landing's outcome is not verified: ${short(outcome)}`);
      checkServerAsked(h, sent.paymentId);
      // the provider's onRedirectResult observes the same final outcome
      const observed = json(await until("onRedirectResult to observe the landing", () => testId(h, "redirect-result")));
      check(observed?.status === "success" && observed.paymentId === sent.paymentId, `onRedirectResult got ${short(observed)}`);
      const left = new URLSearchParams(await search(h));
      check(!left.has("paymentId") && !left.has("transactionType"), `PortOne's keys are still in the address bar: ${left}`);
      return final;
    },
  },
  {
    // (iii) the same page, with the server refusing an amount it did not charge: never a success
    name: "own-landing-amount-mismatch",
    device: "iphone",
    apps: ["next"],
    async run(h) {
      await h.page.goto(`${h.base}/payment/checkout?item=sneakers`);
      await enabled("the pay button", firstButton(h));
      h.standIn.misreportNext(1000);
      await redirectWindow(h, () => firstButton(h).click());
      const view = h.page.getByTestId("landing-state");
      const final = await until("the landing page to show a final outcome", () => view.getAttribute("data-state", { timeout: TIMEOUT }), (s) => s && s !== "waiting");
      const outcome = json(await testId(h, "landing-outcome"));
      check(outcome?.status === "failure" && outcome.code === "VERIFY_REFUSED", `usePaymentRedirect() returned ${short(outcome)}, expected VERIFY_REFUSED`);
      check(outcome.verification?.verdict === "amount-mismatch", `verdict ${short(outcome.verification)}, expected amount-mismatch`);
      check(final === "checking", `the landing page shows ${final}, expected the calm "checking" sentence`);
      return final;
    },
  },
  {
    // (iii) a forged result URL opened on the landing page: REDIRECT_UNMATCHED, never a success
    name: "own-landing-forged",
    device: "iphone",
    apps: ["next"],
    async run(h) {
      await h.page.goto(`${h.base}/payment/landing?transactionType=PAYMENT&paymentId=pay-forged&txId=tx-forged`);
      const view = h.page.getByTestId("landing-state");
      const final = await until("the landing page to show a final outcome", () => view.getAttribute("data-state", { timeout: TIMEOUT }), (s) => s && s !== "waiting");
      const outcome = json(await testId(h, "landing-outcome"));
      check(outcome?.status === "failure" && outcome.code === "REDIRECT_UNMATCHED", `usePaymentRedirect() returned ${short(outcome)}, expected REDIRECT_UNMATCHED`);
      check(final === "unmatched", `the landing page shows ${final}`);
      return final;
    },
  },
  {
    // (iv) the merchant's own query (an OAuth callback) is no landing: both keys stay, nobody is told
    name: "oauth-query-kept",
    device: "iphone",
    apps: ["vite", "next"],
    async run(h) {
      await h.page.goto(`${h.checkoutUrl}&code=abc&state=xyz`);
      await enabled("the pay button", firstButton(h));
      // the provider has preloaded the engine and the SDK script, and the page has done all that
      // set going: a landing router would have had its turn
      await until("the PortOne script to be loaded", () => h.page.evaluate(() => typeof window.PortOne === "object"));
      await idle(h.page);
      const params = new URLSearchParams(await search(h));
      check(params.get("code") === "abc" && params.get("state") === "xyz", `the page's own query lost a key: ?${params}`);
      check(params.get("item") === "sneakers", `the page's own query lost item: ?${params}`);
      const reported = await testId(h, "redirect-result");
      check(reported === "", `onRedirectResult was told of a payment: ${short(reported)}`);
      const c = await counts(h);
      check(c.success === 0 && c.failure === 0, countsText(c));
      check((await alerts(h)) === 0, 'a role="alert" is on screen');
      const final = await stateOf(firstButton(h));
      check(final === "idle", `the button is ${final}`);
      return final;
    },
  },
  {
    // (v) a low-end phone: the button mounts 10 s after the landing page loads, and still gets its result
    name: "late-mount-roundtrip",
    device: "iphone",
    apps: ["next"],
    async run(h) {
      await h.page.goto(`${h.base}/slow-checkout?item=sneakers`);
      await enabled("the pay button", firstButton(h));
      const sent = await redirectWindow(h, () => firstButton(h).click());
      await h.page.getByTestId("slow-waiting").waitFor({ timeout: TIMEOUT }).catch(() => {
        throw new Error("the landing page showed the button at once (the page is not slow)");
      });
      // when the button appears, by the landing page's own clock (ms since its load began): the
      // test's view of the page lags on a loaded machine, the page's clock does not
      await h.page.evaluate(() => {
        const shown = () => document.querySelector("main button[data-state]") !== null;
        if (shown()) return void (window.__buttonAt = performance.now());
        new MutationObserver((_, observer) => {
          if (!shown()) return;
          window.__buttonAt = performance.now();
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await firstButton(h).waitFor({ timeout: LATE_MS + TIMEOUT });
      const mountedAt = await h.page.evaluate(() => window.__buttonAt);
      check(mountedAt >= LATE_MS, `the button mounted ${Math.round(mountedAt)} ms after the landing page began loading, expected ${LATE_MS} ms or more`);
      const final = await until("the late button to settle", () => stateOf(firstButton(h)), (s) => SETTLED.has(s));
      check(final === "success", `the late button ended ${final}; ${countsText(await counts(h))}; last outcome ${await testId(h, "last-outcome")}`);
      await checkVerified(h, sent.paymentId);
      return final;
    },
  },
];
