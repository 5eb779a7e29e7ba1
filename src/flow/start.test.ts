import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import { en } from "../core/locales/en";
import type { Outcome } from "../core/outcome";
import type { PortOneSdk } from "../sdk/port";
import { createAttemptController, type AttemptController } from "./machine";
import { IDLE, type AttemptCallbacks, type AttemptPhase } from "./state";
import { startAttempt, type StartSettings } from "./start";
import { ATTEMPTS_KEY, type StoragePort } from "./store";

// A component's click: one attempt on its machine with the settings of that moment, recorded in
// the page's session storage when it may land, and the buyer dialog when the buyer can fix it.

const PAGE = "https://shop.example/checkout?code=SUMMER10";
const SOCKS = { orderName: "양말", totalAmount: 5000, payMethod: "CARD", paymentId: "pay-1" };
const BUYER = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };

let storage: StoragePort & { map: Map<string, string> };
let requestPayment: Mock<PortOneSdk["requestPayment"]>;
let fetchMock: Mock<typeof fetch>;

beforeEach(() => {
  const map = new Map<string, string>();
  storage = { map, getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
  vi.stubGlobal("sessionStorage", storage);
  // plain Node (the mutation run) has no window; jsdom has its own page address
  if (typeof window === "undefined") vi.stubGlobal("window", { location: { href: PAGE }, addEventListener: () => undefined, removeEventListener: () => undefined });
  requestPayment = vi.fn(async (r) => ({ transactionType: "PAYMENT" as const, paymentId: r.paymentId, txId: "tx-1" }));
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal("fetch", fetchMock);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const sdk = (): PortOneSdk => ({ preload: () => Promise.resolve(), requestPayment, requestIssueBillingKey: vi.fn(), requestIssueBillingKeyAndPay: vi.fn() });

function settingsOf(over: Partial<StartSettings> = {}): StartSettings {
  return {
    flow: "payment",
    storeId: "store-1",
    channelKey: "ck-1",
    device: "pc",
    sdk: sdk(),
    verifyUrl: undefined,
    attemptKey: undefined,
    collectBuyer: true,
    pack: en,
    loadPack: () => Promise.resolve(en),
    loadAfter: () => import("./after"),
    typed: {},
    ...over,
  };
}

function machine(): { machine: AttemptController; phases: AttemptPhase[]; callbacks: AttemptCallbacks & { onSuccess: Mock; onFailure: Mock; onCancel: Mock } } {
  const phases: AttemptPhase[] = [];
  const callbacks = { onSuccess: vi.fn(), onFailure: vi.fn(), onCancel: vi.fn() };
  return { machine: createAttemptController({ flow: "payment", initial: IDLE, publish: (s) => phases.push(s.phase), callbacks: () => callbacks }), phases, callbacks };
}

describe("startAttempt", () => {
  it("runs the attempt with the settings read at the click", async () => {
    const m = machine();
    let current = settingsOf({ storeId: "store-old" });
    const read = vi.fn(() => current);
    current = settingsOf({ storeId: "store-new", channelKey: "ck-new" });
    const out = await startAttempt(m.machine, read, { ...SOCKS, customer: BUYER });
    expect(requestPayment.mock.calls[0]![0]).toMatchObject({ storeId: "store-new", channelKey: "ck-new", paymentId: "pay-1" });
    expect(out).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
    expect(m.phases).toEqual(["pending", "settled"]);
    expect(m.callbacks.onSuccess).toHaveBeenCalledOnce();
  });

  it("on a phone records the attempt in the page's session storage, with this page as the way back", () => {
    const m = machine();
    void startAttempt(m.machine, () => settingsOf({ device: "mobile", verifyUrl: "/api/verify", attemptKey: "socks-row", sdk: { ...sdk(), requestPayment: vi.fn(() => new Promise<undefined>(() => undefined)) } }), { ...SOCKS, customer: { fullName: "홍길동" } });
    const records = JSON.parse(storage.map.get(ATTEMPTS_KEY) ?? "[]") as unknown[];
    expect(records).toEqual([expect.objectContaining({ flow: "payment", id: "pay-1", key: "socks-row", verifyUrl: "/api/verify", redirectUrl: window.location.href })]);
  });

  it("shows verifying while the merchant's server is asked", async () => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify({ ok: true, verdict: "paid", paymentId: "pay-1", amount: 5000, currency: "KRW" })));
    const m = machine();
    const out = await startAttempt(m.machine, () => settingsOf({ verifyUrl: "/api/verify" }), { ...SOCKS, customer: BUYER });
    expect(m.phases).toEqual(["pending", "verifying", "settled"]);
    expect(out).toMatchObject({ status: "success", verification: { verdict: "paid" } });
  });

  describe("the buyer dialog", () => {
    it("asks the buyer for the missing fields, starting from what they typed before and what the page gave", () => {
      const m = machine();
      void startAttempt(m.machine, () => settingsOf({ typed: { fullName: "김철수", email: "old@example.com" } }), { ...SOCKS, customer: { fullName: "홍길동" } });
      expect(m.machine.state).toMatchObject({ phase: "collecting", collecting: { fields: ["phoneNumber", "email"], initial: { fullName: "홍길동", email: "old@example.com" } } });
      expect(requestPayment).not.toHaveBeenCalled();
      expect(m.callbacks.onFailure).not.toHaveBeenCalled();
    });

    it("what the buyer types completes the customer of this attempt only", async () => {
      const m = machine();
      const input = { ...SOCKS, customer: { fullName: "홍길동" } };
      const done = startAttempt(m.machine, () => settingsOf(), input);
      m.machine.collected({ phoneNumber: "010-1234-5678", email: "buyer@example.com" });
      expect(await done).toMatchObject({ status: "success" });
      expect(requestPayment.mock.calls[0]![0].customer).toEqual(BUYER);
      expect(input.customer).toEqual({ fullName: "홍길동" });
      // the next click asks again
      void startAttempt(m.machine, () => settingsOf(), input);
      expect(m.machine.state.phase).toBe("collecting");
    });

    it("a page that gave no customer at all gets the whole customer from the dialog", async () => {
      const m = machine();
      const done = startAttempt(m.machine, () => settingsOf({ typed: { email: "old@example.com" } }), SOCKS);
      expect(m.machine.state.collecting).toEqual({ fields: ["fullName", "phoneNumber", "email"], initial: { email: "old@example.com" } });
      m.machine.collected(BUYER);
      await done;
      expect(requestPayment.mock.calls[0]![0].customer).toEqual(BUYER);
    });

    it("is not asked for when the component does not collect buyer fields, or before the pack has loaded", async () => {
      for (const over of [{ collectBuyer: false }, { pack: null }]) {
        const m = machine();
        const out = await startAttempt(m.machine, () => settingsOf(over), { ...SOCKS, customer: { fullName: "홍길동" } });
        expect(out, JSON.stringify(over)).toMatchObject({ status: "invalid" });
        expect(m.callbacks.onFailure).toHaveBeenCalledOnce();
      }
    });

    it("is not asked for a mistake the buyer cannot fix", async () => {
      vi.spyOn(console, "warn").mockImplementation(() => undefined);
      const m = machine();
      const out: Outcome = await startAttempt(m.machine, () => settingsOf(), { ...SOCKS, orderName: undefined, customer: { fullName: "홍길동" } });
      expect(out).toMatchObject({ status: "invalid" });
      expect(m.phases).toEqual(["settled"]);
    });
  });
});
