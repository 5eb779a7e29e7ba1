import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import type { Outcome } from "../core/outcome";
import type { Flow } from "../core/types";
import { findOwner, routeLanding, type Claimant, type LandingEvent, type LandingHub, type RequestSummary } from "./landing";
import { createAttemptStore, type AttemptRecord, type AttemptStore, type StoragePort } from "./store";

// The landing router: which mounted component gets a redirect's result and when, what the page's
// observers see, what stays in the address bar, and what the merchant's server is asked.

const NOW = 1_800_000_000_000;
const CHECKOUT = "https://shop.example/checkout?code=SUMMER10";

function mapStorage(): StoragePort {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

const record = (over: Partial<AttemptRecord> = {}): AttemptRecord => ({
  flow: "payment",
  id: "pay-1",
  orderName: "양말",
  amount: 5000,
  currency: "KRW",
  verifyUrl: false,
  redirectUrl: CHECKOUT,
  at: NOW,
  ...over,
});

interface FakeClaimant extends Claimant {
  deliver: Mock<(event: LandingEvent) => void>;
}

function claimant(flow: Flow, summary: RequestSummary | null, key?: string): FakeClaimant {
  return { flow, key: () => key, summary: () => summary, deliver: vi.fn() };
}

const SOCKS: RequestSummary = { orderName: "양말", amount: 5000, currency: "KRW" };
const SHOES: RequestSummary = { orderName: "운동화", amount: 39000, currency: "KRW" };

describe("findOwner: which mounted component a recorded attempt belongs to", () => {
  it("with the merchant's key: the component with that key, and no other", () => {
    const keyed = claimant("payment", SHOES, "socks-row");
    const other = claimant("payment", SOCKS, "shoes-row");
    const free = claimant("payment", SOCKS);
    expect(findOwner(record({ key: "socks-row" }), [other, free, keyed])).toBe(keyed);
    expect(findOwner(record({ key: "hats-row" }), [other, free])).toBeNull();
    // the key belongs to its flow
    expect(findOwner(record({ key: "socks-row" }), [claimant("billingKey", null, "socks-row")])).toBeNull();
  });

  it("without a key: the one unkeyed component whose request matches (flow, order name, amount, currency)", () => {
    const socks = claimant("payment", SOCKS);
    const shoes = claimant("payment", SHOES);
    expect(findOwner(record(), [shoes, socks])).toBe(socks);
    expect(findOwner(record(), [socks, shoes])).toBe(socks);
    expect(findOwner(record(), [shoes])).toBeNull();
    expect(findOwner(record(), [claimant("payment", { ...SOCKS, amount: 5001 })])).toBeNull();
    expect(findOwner(record(), [claimant("payment", { ...SOCKS, orderName: "양말 2켤레" })])).toBeNull();
    expect(findOwner(record(), [claimant("payment", { ...SOCKS, currency: "USD" })])).toBeNull();
    expect(findOwner(record(), [claimant("phoneBilling", SOCKS)])).toBeNull();
    // a keyed component is not a match for an attempt recorded without a key
    expect(findOwner(record(), [claimant("payment", SOCKS, "socks-row")])).toBeNull();
  });

  it("reads CURRENCY_KRW and KRW as one currency, and no currency as KRW", () => {
    const pairs: [string | undefined, string | undefined, boolean][] = [
      ["KRW", "CURRENCY_KRW", true],
      ["CURRENCY_KRW", "KRW", true],
      [undefined, "KRW", true],
      ["KRW", undefined, true],
      [undefined, "CURRENCY_KRW", true],
      ["CURRENCY_USD", "USD", true],
      [undefined, "USD", false],
      ["USD", "KRW", false],
      ["XCURRENCY_KRW", "KRW", false],
      ["KRWCURRENCY_", "KRW", false],
    ];
    for (const [recorded, asked, same] of pairs) {
      const c = claimant("payment", { ...SOCKS, currency: asked });
      expect(findOwner(record({ currency: recorded }), [c]), `${recorded} vs ${asked}`).toBe(same ? c : null);
    }
  });

  it("two matching components are ambiguous: neither gets it", () => {
    expect(findOwner(record(), [claimant("payment", SOCKS), claimant("payment", SOCKS)])).toBeNull();
  });

  it("a component that cannot say what it asks (a hook with no request yet) gets it only when it is the only candidate", () => {
    const silent = claimant("payment", null);
    expect(findOwner(record(), [silent])).toBe(silent);
    expect(findOwner(record(), [silent, claimant("billingKey", SOCKS)])).toBe(silent);
    expect(findOwner(record(), [silent, claimant("payment", SOCKS, "keyed")])).toBe(silent);
    // a matching component wins over a silent one
    const socks = claimant("payment", SOCKS);
    expect(findOwner(record(), [silent, socks])).toBe(socks);
    // another unkeyed component of the flow, matching or not, makes the silent one unsure
    expect(findOwner(record(), [silent, claimant("payment", SHOES)])).toBeNull();
    expect(findOwner(record(), [silent, claimant("payment", null)])).toBeNull();
    expect(findOwner(record(), [claimant("phoneBilling", null)])).toBeNull();
    expect(findOwner(record(), [])).toBeNull();
  });
});

describe("routeLanding", () => {
  let store: AttemptStore;
  let fetchMock: Mock<typeof fetch>;
  let mounted: Claimant[];
  let hub: LandingHub & { observe: Mock<(o: Outcome) => void> };
  let address: string[];
  const page = (search: string) => ({ search, replaceSearch: (s: string) => void address.push(s) });
  /**
   * The routing's last event: its final outcome observed (`count` landings in all). The owner, if
   * mounted, gets the outcome in the same call, just after the observers.
   */
  const final = (count = 1): Promise<void> => vi.waitFor(() => expect(hub.observe.mock.calls.length).toBeGreaterThanOrEqual(count), { timeout: 10_000 });
  const answer = (body: unknown): void => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(body)));
  };

  beforeEach(() => {
    const storage = mapStorage();
    store = createAttemptStore(() => storage, () => NOW);
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal("fetch", fetchMock);
    mounted = [];
    hub = { claimants: () => mounted, observe: vi.fn() };
    address = [];
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it("is not started by a page that is no PortOne landing (an OAuth callback, a promo code): its query stays", () => {
    store.put(record());
    for (const search of ["", "?code=abc&state=xyz", "?code=SUMMER10", "?paymentId=pay-1", "?transactionType=PAYMENT&code=x"]) {
      expect(routeLanding(page(search), store, hub), search).toBeNull();
    }
    expect(address).toEqual([]);
    expect(hub.observe).not.toHaveBeenCalled();
    expect(store.list()).toHaveLength(1);
  });

  it("delivers a recorded attempt's result once to its component, and tells the page's observers", async () => {
    store.put(record());
    const socks = claimant("payment", SOCKS);
    const shoes = claimant("payment", SHOES);
    mounted = [shoes, socks];
    const router = routeLanding(page("?code=SUMMER10&paymentId=pay-1&transactionType=PAYMENT&txId=tx-1&paymentToken=tok"), store, hub)!;
    // the address bar loses PortOne's keys at once and keeps the page's own promo code
    expect(address).toEqual(["?code=SUMMER10"]);
    expect(store.list()).toEqual([]);
    await final();
    const outcome = { status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1", paymentToken: "tok" };
    expect(socks.deliver.mock.calls).toEqual([[{ type: "outcome", outcome }]]);
    expect(shoes.deliver).not.toHaveBeenCalled();
    expect(hub.observe.mock.calls).toEqual([[outcome]]);
    router.changed();
    router.changed();
    expect(socks.deliver).toHaveBeenCalledTimes(1);
    expect(hub.observe).toHaveBeenCalledTimes(1);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("reads a failure by PortOne's code, not by the page's own code of the same name", async () => {
    store.put(record());
    const socks = claimant("payment", SOCKS);
    mounted = [socks];
    routeLanding(page("?code=SUMMER10&paymentId=pay-1&transactionType=PAYMENT&code=FAILURE_TYPE_PG&message=%EA%B1%B0%EC%A0%88&pgCode=P1&pgMessage=limit"), store, hub);
    expect(address).toEqual(["?code=SUMMER10"]);
    await final();
    expect(socks.deliver).toHaveBeenCalledExactlyOnceWith({
      type: "outcome",
      outcome: { status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "거절", pgCode: "P1", pgMessage: "limit", paymentId: "pay-1" },
    });
  });

  it("a success landing on a page with its own code stays a success", async () => {
    store.put(record());
    routeLanding(page("?code=SUMMER10&paymentId=pay-1&transactionType=PAYMENT"), store, hub);
    await final();
    expect(hub.observe).toHaveBeenCalledExactlyOnceWith({ status: "success", flow: "payment", paymentId: "pay-1" });
  });

  it("clears the whole query when PortOne's keys are all it has", () => {
    store.put(record({ redirectUrl: "https://shop.example/checkout" }));
    routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
    expect(address).toEqual([""]);
  });

  it("reads PortOne's keys by their last values when the recorded redirectUrl is not a URL", async () => {
    store.put(record({ redirectUrl: "http://[bad" }));
    routeLanding(page("?code=SUMMER10&paymentId=pay-1&transactionType=PAYMENT&code=FAILURE_TYPE_PG"), store, hub);
    expect(address).toEqual(["?code=SUMMER10"]);
    await final();
    expect(hub.observe).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ status: "failure", code: "FAILURE_TYPE_PG" }));
  });

  it("a landing no attempt of this browser started is never a success: REDIRECT_UNMATCHED to the observers at once, to no component", async () => {
    store.put(record({ id: "pay-other" }));
    store.put(record({ flow: "phoneBilling" }));
    const socks = claimant("payment", SOCKS);
    mounted = [socks];
    const router = routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT&txId=tx-1&utm=mail"), store, hub)!;
    expect(router).not.toBeNull();
    expect(address).toEqual(["?utm=mail"]);
    expect(hub.observe).toHaveBeenCalledExactlyOnceWith({
      status: "failure",
      flow: "payment",
      code: "REDIRECT_UNMATCHED",
      message: "This page was opened with a payment result that no attempt in this browser started; check the order on your server.",
      paymentId: "pay-1",
    });
    // an unmatched landing is over once its observers have heard of it (above, in the same call):
    // nothing of it is pending, so a component matching later gets nothing
    router.changed();
    expect(socks.deliver).not.toHaveBeenCalled();
    expect(store.list()).toHaveLength(2);
  });

  it("an unmatched billing-key landing names its billing key and flow", () => {
    routeLanding(page("?billingKey=bk-9&transactionType=ISSUE_BILLING_KEY"), store, hub);
    expect(hub.observe).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ flow: "billingKey", code: "REDIRECT_UNMATCHED", billingKey: "bk-9" }));
    expect(hub.observe.mock.calls[0]![0]).not.toHaveProperty("paymentId");
  });

  it("delivers nothing a second time: a reload of the landing is unmatched", async () => {
    store.put(record());
    routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
    await final();
    routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
    expect(hub.observe.mock.calls.map(([o]) => o.status === "failure" && o.code)).toEqual([false, "REDIRECT_UNMATCHED"]);
  });

  it("no clock decides: a component that mounts long after the result is final still gets it", async () => {
    // the test holds the clock from the start: any timer the router sets, or time it reads, is ours
    vi.useFakeTimers({ toFake: ["setTimeout", "setInterval", "Date"] });
    store.put(record());
    const router = routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub)!;
    await final();
    expect(hub.observe).toHaveBeenCalledOnce();
    // a day passes before the component mounts (a slow phone, a lazy route)
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    const late = claimant("payment", SOCKS);
    mounted = [claimant("payment", SHOES)];
    router.changed();
    mounted = [claimant("payment", SHOES), late];
    router.changed();
    expect(late.deliver).toHaveBeenCalledExactlyOnceWith({ type: "outcome", outcome: { status: "success", flow: "payment", paymentId: "pay-1" } });
    expect(hub.observe).toHaveBeenCalledOnce();
  });

  it("the merchant's key picks the component among equal ones", async () => {
    store.put(record({ key: "row-2" }));
    const row1 = claimant("payment", SOCKS, "row-1");
    const row2 = claimant("payment", SOCKS, "row-2");
    mounted = [row1, row2];
    routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
    await final();
    expect(row2.deliver).toHaveBeenCalledOnce();
    expect(row1.deliver).not.toHaveBeenCalled();
  });

  describe("verified as the attempt asked", () => {
    const paid = { ok: true, verdict: "paid", paymentId: "pay-1", amount: 5000, currency: "KRW" };

    it("asks the recorded verifyUrl; the component sees verifying, then the verified outcome", async () => {
      store.put(record({ verifyUrl: "/api/verify" }));
      answer(paid);
      const socks = claimant("payment", SOCKS);
      mounted = [socks];
      routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT&txId=tx-1"), store, hub);
      expect(socks.deliver.mock.calls).toEqual([[{ type: "verifying" }]]);
      expect(fetchMock).toHaveBeenCalledOnce();
      expect(fetchMock.mock.calls[0]![0]).toBe("/api/verify");
      expect(JSON.parse(fetchMock.mock.calls[0]![1]!.body as string)).toEqual({ paymentId: "pay-1", txId: "tx-1" });
      expect(hub.observe).not.toHaveBeenCalled();
      await final();
      const outcome = { status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1", verification: paid };
      expect(socks.deliver.mock.calls).toEqual([[{ type: "verifying" }], [{ type: "outcome", outcome }]]);
      expect(hub.observe.mock.calls).toEqual([[outcome]]);
    });

    it("a server that does not confirm makes a failure (a hand-opened landing URL is no success)", async () => {
      store.put(record({ verifyUrl: "/api/verify" }));
      answer({ ok: false, verdict: "not-found", paymentId: "pay-1" });
      routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
      await final();
      expect(hub.observe).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ status: "failure", code: "VERIFY_REFUSED" }));
    });

    it("compares the server's amount and currency with the recorded ones", async () => {
      store.put(record({ verifyUrl: "/v", amount: 5000, currency: "USD" }));
      answer({ ...paid, currency: "KRW" });
      routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
      await final();
      expect(hub.observe).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ code: "VERIFY_REFUSED", verification: { ok: false, verdict: "amount-mismatch", paymentId: "pay-1" } }));

      store.put(record({ id: "pay-2", verifyUrl: "/v", amount: 5000, currency: "CURRENCY_KRW" }));
      answer(paid);
      routeLanding(page("?paymentId=pay-2&transactionType=PAYMENT"), store, hub);
      await final(2);
      expect(hub.observe).toHaveBeenLastCalledWith(expect.objectContaining({ status: "success", paymentId: "pay-2" }));
    });

    it("a record without an amount is not compared", async () => {
      store.put(record({ verifyUrl: "/v", amount: undefined }));
      answer({ ...paid, amount: 1 });
      routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub);
      await final();
      expect(hub.observe).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ status: "success" }));
    });

    it("a component that mounts while the server checks is told so; the same one is told once", async () => {
      store.put(record({ verifyUrl: "/v" }));
      let reply!: (r: Response) => void;
      fetchMock.mockImplementation(() => new Promise((r) => (reply = r)));
      const router = routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub)!;
      const socks = claimant("payment", SOCKS);
      mounted = [socks];
      router.changed();
      router.changed();
      expect(socks.deliver.mock.calls).toEqual([[{ type: "verifying" }]]);
      // it unmounts, and another page's instance of it mounts: the new one hears of it
      const again = claimant("payment", SOCKS);
      mounted = [again];
      router.changed();
      expect(again.deliver.mock.calls).toEqual([[{ type: "verifying" }]]);
      reply(new Response(JSON.stringify(paid)));
      await final();
      expect(again.deliver).toHaveBeenCalledTimes(2);
      expect(again.deliver).toHaveBeenLastCalledWith({ type: "outcome", outcome: expect.objectContaining({ status: "success" }) });
      expect(socks.deliver).toHaveBeenCalledOnce();
    });

    it("a component that mounts after the check gets the verified outcome at once, once", async () => {
      store.put(record({ verifyUrl: "/v" }));
      answer(paid);
      const router = routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT"), store, hub)!;
      await final();
      const socks = claimant("payment", SOCKS);
      mounted = [socks];
      router.changed();
      router.changed();
      // in the same call (no render in between): the verifying news, then the outcome
      expect(socks.deliver.mock.calls).toEqual([[{ type: "verifying" }], [{ type: "outcome", outcome: expect.objectContaining({ status: "success", verification: paid }) }]]);
    });

    it("a failure landing is not sent to the server", async () => {
      store.put(record({ verifyUrl: "/v" }));
      routeLanding(page("?paymentId=pay-1&transactionType=PAYMENT&code=FAILURE_TYPE_PG"), store, hub);
      await final();
      expect(fetchMock).not.toHaveBeenCalled();
      expect(hub.observe).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ status: "failure", code: "FAILURE_TYPE_PG" }));
    });
  });

  describe("billing keys and phone billing", () => {
    it("a billing-key landing (no issue id in it) belongs to this browser's latest billing-key attempt", async () => {
      store.put(record({ flow: "billingKey", id: "bk-old", orderName: "정기구독", amount: undefined, verifyUrl: "/v" }));
      store.put(record({ flow: "billingKey", id: "bk-new", orderName: "정기구독", amount: undefined, verifyUrl: "/v" }));
      store.put(record({ flow: "payment", id: "pay-late" }));
      const form = claimant("billingKey", { orderName: "정기구독", currency: "KRW" });
      mounted = [form];
      routeLanding(page("?billingKey=BK-123&transactionType=ISSUE_BILLING_KEY&billingIssueToken=bit"), store, hub);
      expect(store.list().map((r) => r.id)).toEqual(["bk-old", "pay-late"]);
      await final();
      // billing keys have no payment to verify
      expect(fetchMock).not.toHaveBeenCalled();
      expect(form.deliver).toHaveBeenCalledExactlyOnceWith({ type: "outcome", outcome: { status: "success", flow: "billingKey", billingKey: "BK-123", issueId: "bk-new", billingIssueToken: "bit" } });
    });

    it("a phone-billing landing is matched by its payment id", async () => {
      store.put(record({ flow: "phoneBilling", id: "pay-7" }));
      store.put(record({ flow: "phoneBilling", id: "pay-8" }));
      routeLanding(page("?paymentId=pay-7&billingKey=BK&transactionType=ISSUE_BILLING_KEY_AND_PAY"), store, hub);
      await final();
      expect(store.list().map((r) => r.id)).toEqual(["pay-8"]);
      expect(hub.observe).toHaveBeenCalledExactlyOnceWith({ status: "success", flow: "phoneBilling", billingKey: "BK", paymentId: "pay-7" });
    });
  });
});
