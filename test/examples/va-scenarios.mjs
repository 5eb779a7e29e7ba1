// Issue 18's must-show for the example apps: a virtual account that is only issued, on a desktop
// (the in-page payment window) and on an iPhone 13 (out to the payment page and back), in the style
// of scenarios.mjs. The checkout is opened with ?method=VIRTUAL_ACCOUNT; the fake window "pays",
// which for a virtual account means PortOne issues an account (the stand-in's record becomes
// VIRTUAL_ACCOUNT_ISSUED with a 신한은행 account). Checked:
// - the button shows the account (bank, number, the copy button, which copies it), `data-state`
//   awaiting-deposit; onVirtualAccountIssued once, onSuccess never, no success message;
// - the order is still pending on the server (GET /api/orders/{paymentId}), and nothing was fulfilled;
// - the deposit: the stand-in turns the record PAID and sends PortOne's signed Transaction.Paid
//   webhook three times (one retry under the same webhook-id, one under another): the order becomes
//   paid, fulfilled exactly once (one "fulfilled" line in the server's log), and a replayed verify
//   POST answers paid without fulfilling again.
// The harness `h` is run.mjs's: page, context, calls, checkoutUrl, base, standIn, secret, serverLog.

import { RESULT_KEYS, TIMEOUT, check, idle, short, until } from "./kit.mjs";

const SETTLED = new Set(["success", "error", "cancelled", "awaiting-deposit"]);

// ---- reading the page ------------------------------------------------------------------------

const button = (h) => h.page.locator("main button[data-state]").first();
// reads wait for the element up to the scenario's cap (inside `until` too: it polls their values)
const state = (h) => button(h).getAttribute("data-state", { timeout: TIMEOUT });
const testId = (h, id) => h.page.getByTestId(id).textContent({ timeout: TIMEOUT });
async function counts(h) {
  const n = async (id) => Number(await testId(h, id));
  return { success: await n("success-count"), failure: await n("failure-count"), cancel: await n("cancel-count"), issued: await n("va-issued-count") };
}
const countsText = (c) => `onSuccess ${c.success}, onFailure ${c.failure}, onCancel ${c.cancel}, onVirtualAccountIssued ${c.issued}`;
async function lastOutcome(h) {
  const text = await testId(h, "last-outcome");
  return text ? JSON.parse(text) : null;
}
const successMessages = (h) => h.page.getByRole("status").filter({ hasText: "결제가 완료되었습니다" }).count();
const search = (h) => h.page.evaluate(() => window.location.search);
const leftoverKeys = (s) => RESULT_KEYS.filter((k) => new URLSearchParams(s).has(k));
const vaUrl = (h) => `${h.checkoutUrl}&method=VIRTUAL_ACCOUNT`;

async function ready(h) {
  await h.page.goto(vaUrl(h));
  await until("the pay button to be enabled (POST /api/orders answered)", () => button(h).isEnabled({ timeout: TIMEOUT }));
}

/** The order as the example server keeps it: GET /api/orders/{paymentId}. */
async function order(h, paymentId) {
  const r = await fetch(`${h.base}/api/orders/${encodeURIComponent(paymentId)}`);
  const text = await r.text();
  check(r.status === 200, `GET /api/orders/${paymentId} answered ${r.status}: ${text.slice(0, 160)}`);
  return JSON.parse(text);
}

/** The server's "fulfilled <paymentId>" log lines for this payment (onPaid's markPaid returned true). */
const fulfilments = (h, paymentId) => [...h.serverLog().matchAll(/^fulfilled (\S+)/gm)].filter((m) => m[1] === paymentId).length;

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

/** PC: the fake's in-page payment window; returns the request the SDK got. */
async function pcWindow(h) {
  await button(h).click();
  await fillBuyerDialog(h);
  const window = h.page.getByRole("dialog", { name: "KG이니시스 결제창 (fake)" });
  await window.waitFor({ timeout: TIMEOUT }).catch(() => {
    throw new Error(`the payment window did not open (${h.calls.length} SDK calls)`);
  });
  await window.getByRole("button", { name: "fake: pay" }).click();
  const sent = h.calls.at(-1)?.request;
  check(sent, "no request reached the SDK");
  return sent;
}

/** Mobile: the click leaves for the payment page; its button comes back to redirectUrl. Returns the request sent. */
async function redirectWindow(h) {
  const before = h.calls.length;
  await button(h).click();
  await h.page.waitForURL((u) => u.href.startsWith(`${h.standIn.url}/__pg`), { timeout: TIMEOUT }).catch(() => {
    throw new Error(`the click did not leave for the payment page (${h.calls.length - before} SDK calls; still on ${h.page.url()})`);
  });
  const sent = h.calls.at(-1)?.request ?? h.standIn.paymentPages.at(-1)?.request;
  check(sent, "no request reached the SDK");
  check(typeof sent.redirectUrl === "string" && sent.redirectUrl === vaUrl(h), `redirectUrl ${sent.redirectUrl} is not the checkout ${vaUrl(h)}`);
  await h.page.getByRole("button", { name: "fake: pay" }).click();
  await h.page.waitForURL((u) => u.href.startsWith(h.base), { timeout: TIMEOUT });
  return sent;
}

// ---- the checks ------------------------------------------------------------------------------

/** Issued, not paid: the account on screen, onVirtualAccountIssued once, no onSuccess, the order pending. */
async function checkIssued(h, sent) {
  check(sent.payMethod === "VIRTUAL_ACCOUNT", `the SDK got payMethod ${sent.payMethod}`);
  const paymentId = sent.paymentId;
  const final = await until("the button to settle (awaiting-deposit expected)", () => state(h), (s) => SETTLED.has(s)).catch(async (e) => {
    throw new Error(`${e.message}; ${countsText(await counts(h))}`);
  });
  const c = await counts(h);
  const last = await lastOutcome(h);
  check(final === "awaiting-deposit", `ended ${final}, expected awaiting-deposit; ${countsText(c)}; last outcome ${short(last)}`);
  check(c.issued === 1 && c.success === 0 && c.failure === 0 && c.cancel === 0, `${countsText(c)}, expected onVirtualAccountIssued once only`);
  check(last?.status === "virtualAccountIssued" && last.paymentId === paymentId, `onVirtualAccountIssued got ${short(last)}, expected ${paymentId}`);
  check(last.verification?.verdict === "virtual-account-issued", `the outcome does not carry the server's verdict: ${short(last.verification)}`);

  const record = h.standIn.payments.get(paymentId);
  check(record?.status === "VIRTUAL_ACCOUNT_ISSUED" && record.method?.type === "PaymentMethodVirtualAccount", `the stand-in's record is ${record?.status}, not an issued account`);
  const account = record.method;
  check(last.virtualAccount?.accountNumber === account.accountNumber && last.virtualAccount.bank === "SHINHAN", `the outcome's account ${short(last.virtualAccount)} is not PortOne's ${account.accountNumber}`);
  const asked = h.standIn.requests.filter((r) => r.paymentId === paymentId);
  check(asked.length > 0 && asked.every((r) => r.authorization === `PortOne ${h.secret}`), `the server did not ask PortOne about ${paymentId} with its secret`);

  // what the buyer reads: the sentence, the bank, the number and the copy button; no success message
  const main = h.page.locator("main");
  await main.getByText("가상계좌가 발급되었습니다", { exact: false }).first().waitFor({ timeout: TIMEOUT }).catch(() => {
    throw new Error('no "가상계좌가 발급되었습니다" sentence on screen');
  });
  check((await main.getByText("신한은행", { exact: true }).count()) >= 1, "the bank (신한은행) is not on screen");
  check((await main.getByText(account.accountNumber, { exact: true }).count()) >= 1, `the account number ${account.accountNumber} is not on screen`);
  check((await main.getByText(account.remitteeName, { exact: true }).count()) >= 1, `the holder ${account.remitteeName} is not on screen`);
  check((await main.getByText(/39,000/).count()) >= 2, "the amount to deposit (39,000원) is not on screen next to the price");
  const copy = main.getByRole("button", { name: "계좌번호 복사" });
  check((await copy.count()) === 1 && (await copy.isVisible()), 'no "계좌번호 복사" button');
  await h.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: h.base });
  await copy.click();
  await main.getByText("계좌번호를 복사했습니다.").waitFor({ timeout: TIMEOUT }).catch(() => {
    throw new Error('the copy button did not say "계좌번호를 복사했습니다."');
  });
  const copied = await h.page.evaluate(() => navigator.clipboard.readText());
  check(copied === account.accountNumber, `the clipboard holds ${short(copied)}, not ${account.accountNumber}`);
  check((await successMessages(h)) === 0, "a success message is on screen for an account that is only issued");

  // the server: pending, nothing fulfilled
  const before = await order(h, paymentId);
  check(before.status === "pending" && before.paidAt === null, `the order is ${short(before)} before any deposit, expected pending`);
  check(fulfilments(h, paymentId) === 0, `the server fulfilled ${paymentId} before any deposit`);
  return { final, paymentId, txId: last.txId };
}

/** The deposit: PortOne's Transaction.Paid webhook (with a retry and a second delivery) fulfils the order once. */
async function checkDeposit(h, paymentId, txId) {
  // webhook-ids are unique per message (the server remembers them for the process's life)
  const [a, b] = [`wh-va-${paymentId}-a`, `wh-va-${paymentId}-b`];
  const answers = await h.standIn.deposit(paymentId, { webhookUrl: `${h.base}/api/portone/webhook`, deliveries: [a, a, b] });
  const [first, retry, second] = answers;
  check(first.status === 200 && first.body?.verdict === "received" && first.body?.check === "paid", `the deposit's webhook answered ${first.status} ${short(first.body)}, expected received and paid`);
  check(retry.status === 200 && retry.body?.verdict === "duplicate", `the retry under the same webhook-id answered ${retry.status} ${short(retry.body)}, expected duplicate`);
  check(second.status === 200 && ["received", "duplicate"].includes(second.body?.verdict), `the second delivery answered ${second.status} ${short(second.body)}`);

  const paid = await until("the order to be paid after the deposit", () => order(h, paymentId), (o) => o.status === "paid");
  check(typeof paid.paidAt === "string", `the paid order has no paidAt: ${short(paid)}`);
  // the browser's verify, replayed after the deposit: paid now, and not fulfilled again
  const replay = await fetch(`${h.base}/api/portone/verify`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ paymentId, txId }) });
  const verdict = await replay.json().catch(() => null);
  check(replay.status === 200 && verdict?.ok === true && verdict.verdict === "paid", `a verify POST after the deposit answered ${replay.status} ${short(verdict)}, expected paid`);
  // the server's log comes through a pipe: wait for the line itself. A second "fulfilled" line
  // would be there by now too: the server writes each line (synchronously, a pipe on Linux)
  // before it answers the request that made it, and every request here has been answered
  await until(`the server's "fulfilled ${paymentId}" log line`, () => fulfilments(h, paymentId), (count) => count >= 1);
  const n = fulfilments(h, paymentId);
  check(n === 1, `the order was fulfilled ${n} times (3 webhook deliveries and a verify replay), expected once`);
  const after = await order(h, paymentId);
  check(after.status === "paid" && after.paidAt === paid.paidAt, `the order changed after it was paid: ${short(paid)} then ${short(after)}`);
  // the page never turned the issued account into a success
  const c = await counts(h);
  check(c.success === 0 && c.issued === 1, `after the deposit: ${countsText(c)}`);
}

// ---- the scenarios ---------------------------------------------------------------------------

/** @type {{ name: string, device: "desktop" | "iphone", run: (h: any) => Promise<string> }[]} */
export const VA_SCENARIOS = [
  {
    name: "va-issued-then-deposit",
    device: "desktop",
    async run(h) {
      await ready(h);
      const sent = await pcWindow(h);
      check(sent.totalAmount === 39000, `totalAmount ${sent.totalAmount}`);
      const { final, paymentId, txId } = await checkIssued(h, sent);
      await checkDeposit(h, paymentId, txId);
      return final;
    },
  },
  {
    name: "va-issued-then-deposit",
    device: "iphone",
    async run(h) {
      await ready(h);
      const sent = await redirectWindow(h);
      const { final, paymentId, txId } = await checkIssued(h, sent);
      // the address bar keeps the page's own query (?item=, ?method=) and loses PortOne's
      const s = await until("the result query to be stripped from the address bar", () => search(h), (v) => leftoverKeys(v).length === 0);
      const q = new URLSearchParams(s);
      check(q.get("item") === "sneakers" && q.get("method") === "VIRTUAL_ACCOUNT", `the page's own query was lost: ${s}`);
      // the provider's onRedirectResult observed the same landing outcome
      const seen = JSON.parse(await until("onRedirectResult to observe the landing", () => testId(h, "redirect-result"), Boolean));
      check(seen.status === "virtualAccountIssued" && seen.paymentId === paymentId, `onRedirectResult saw ${short(seen)}`);
      // StrictMode and re-renders must not report it again: once the page has done all they set going
      await idle(h.page);
      const c = await counts(h);
      check(c.issued === 1 && c.success === 0, `after the landing settled: ${countsText(c)}`);
      await checkDeposit(h, paymentId, txId);
      return final;
    },
  },
];
