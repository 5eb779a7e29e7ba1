// The fake PortOne browser script run in a page (jsdom) against a running REST stand-in: what the
// buyer clicks in the fake window is what the merchant's server then finds at "PortOne".
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fakePortOneScript } from "./fake-script";
import { createPortOneStandIn } from "./standin/server";

type PortOneGlobal = { requestPayment: (request: Record<string, unknown>) => Promise<Record<string, unknown> | undefined> };
const standIn = createPortOneStandIn({ storeId: "store-1" });
const calls: { kind: string; request: Record<string, unknown> }[] = [];
const portOne = () => (window as unknown as { PortOne: PortOneGlobal }).PortOne;
const request = (over: Record<string, unknown> = {}) => ({ storeId: "store-1", channelKey: "channel-key-live-1", paymentId: "pay-1", orderName: "운동화", totalAmount: 39000, currency: "KRW", payMethod: "CARD", customer: { fullName: "홍길동" }, ...over });

beforeAll(async () => {
  await standIn.listen();
  (window as unknown as { __fakePortOneCall: (kind: string, request: Record<string, unknown>) => void }).__fakePortOneCall = (kind, req) => void calls.push({ kind, request: req });
});
afterAll(() => standIn.close());
beforeEach(() => {
  standIn.reset();
  calls.length = 0;
  // the page loads the script (test/setup.ts removes window.PortOne after each test)
  new Function(standIn.browserScript)();
});

async function choose(choice: "pay" | "refuse" | "close", over: Record<string, unknown> = {}) {
  const answer = portOne().requestPayment(request(over));
  await userEvent.click(await screen.findByRole("button", { name: `fake: ${choice}` }));
  const result = await answer;
  await waitFor(() => expect(screen.queryByRole("dialog", { name: "KG이니시스 결제창 (fake)" })).toBeNull());
  return result;
}

describe("fakePortOneScript on a desktop page", () => {
  it("pay: answers as PortOne does and the stand-in holds the paid record", async () => {
    const result = await choose("pay");
    expect(result).toEqual({ transactionType: "PAYMENT", paymentId: "pay-1", txId: expect.stringMatching(/^tx-/) });
    expect(standIn.payments.get("pay-1")).toMatchObject({ status: "PAID", transactionId: result?.txId, amount: { total: 39000, paid: 39000 }, orderName: "운동화", channel: { type: "LIVE" }, customer: { name: "홍길동" } });
    expect(calls).toEqual([{ kind: "requestPayment", request: request() }]);
  });

  it("refuse: a failure answer (code, pgCode) and a FAILED record", async () => {
    expect(await choose("refuse")).toMatchObject({ code: "FAILURE_TYPE_PG", pgCode: "V013", paymentId: "pay-1" });
    expect(standIn.payments.get("pay-1")?.status).toBe("FAILED");
  });

  it("close: the buyer's cancel, and nothing recorded", async () => {
    expect(await choose("close")).toMatchObject({ code: "FAILURE_TYPE_PG", pgCode: "V801" });
    expect(standIn.payments.has("pay-1")).toBe(false);
  });

  it("a virtual account paid in the window is an issued account, on a test channel for a test key", async () => {
    await choose("pay", { payMethod: "VIRTUAL_ACCOUNT", channelKey: "channel-key-test-1" });
    expect(standIn.payments.get("pay-1")).toMatchObject({ status: "VIRTUAL_ACCOUNT_ISSUED", amount: { paid: 0 }, channel: { type: "TEST" }, method: { type: "PaymentMethodVirtualAccount", bank: "SHINHAN" } });
  });

  it("misreportNext reaches a payment made in the window", async () => {
    standIn.misreportNext(1000);
    await choose("pay");
    expect(standIn.payments.get("pay-1")?.amount.total).toBe(1000);
  });
});

describe("the stand-in's payment page (a mobile window)", () => {
  it("pay comes back to redirectUrl with PortOne's result keys, and records the payment", async () => {
    const sent = request({ redirectUrl: "http://127.0.0.1:9/checkout?item=sneakers" });
    const page = await fetch(`${standIn.url}/__pg?kind=requestPayment&request=${encodeURIComponent(JSON.stringify(sent))}`);
    const html = await page.text();
    expect(html).toContain("운동화 39000 KRW");
    expect(standIn.paymentPages).toEqual([{ kind: "requestPayment", request: sent }]);
    const action = /action="([^"]+\/pay)"/.exec(html)![1]!;
    const back = await fetch(`${standIn.url}${action}`, { method: "POST", redirect: "manual" });
    expect(back.status).toBe(303);
    const landing = new URL(back.headers.get("location")!);
    expect(Object.fromEntries(landing.searchParams)).toEqual({ item: "sneakers", paymentId: "pay-1", transactionType: "PAYMENT", txId: expect.stringMatching(/^tx-/) });
    expect(standIn.payments.get("pay-1")).toMatchObject({ status: "PAID", transactionId: landing.searchParams.get("txId") });
    expect((await fetch(`${standIn.url}${action}`, { method: "POST", redirect: "manual" })).status).toBe(404);
  });
});

it("fakePortOneScript refuses an address that is no http(s) URL", () => {
  expect(() => fakePortOneScript({ standInUrl: "file:///tmp/x" })).toThrow(/must be http/);
  expect(fakePortOneScript({ standInUrl: "http://127.0.0.1:1234/" })).toContain('var STAND_IN = "http://127.0.0.1:1234";');
});
