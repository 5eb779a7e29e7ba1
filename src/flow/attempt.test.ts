import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import { en } from "../core/locales/en";
import type { Outcome } from "../core/outcome";
import type { Device, Flow } from "../core/types";
import type { PortOneSdk } from "../sdk/port";
import { runAttempt, type AttemptEnv } from "./attempt";
import { createAttemptStore, type AttemptStore, type StoragePort } from "./store";

// One attempt: what PortOne is asked, what is recorded for a landing, what the merchant's server
// is asked, and what the outcome holds, for each kind of answer the SDK gives.

const NOW = 1_800_000_000_000;
const PAGE = "https://shop.example/checkout?code=SUMMER10";
const BUYER = { fullName: "홍길동", phoneNumber: "010-1234-5678", email: "buyer@example.com" };
const SOCKS = { orderName: "양말", totalAmount: 5000, payMethod: "CARD", paymentId: "pay-1", customer: BUYER };
const PHONE = { orderName: "양말 정기배송", totalAmount: 5000, paymentId: "pay-1", productType: "REAL", customer: BUYER };

type Answer = () => Promise<unknown>;
interface FakeSdk extends PortOneSdk {
  requestPayment: Mock<PortOneSdk["requestPayment"]>;
  requestIssueBillingKey: Mock<PortOneSdk["requestIssueBillingKey"]>;
  requestIssueBillingKeyAndPay: Mock<PortOneSdk["requestIssueBillingKeyAndPay"]>;
}

/** The SDK port: every call answers with `answer()`. */
function fakeSdk(answer: Answer): FakeSdk {
  return {
    preload: () => Promise.resolve(),
    requestPayment: vi.fn(answer as never),
    requestIssueBillingKey: vi.fn(answer as never),
    requestIssueBillingKeyAndPay: vi.fn(answer as never),
  };
}

function mapStorage(): StoragePort {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v) };
}

let store: AttemptStore;
let storage: StoragePort;
let fetchMock: Mock<typeof fetch>;
beforeEach(() => {
  storage = mapStorage();
  store = createAttemptStore(() => storage, () => NOW);
  fetchMock = vi.fn<typeof fetch>();
  vi.stubGlobal("fetch", fetchMock);
  vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function env(over: Partial<AttemptEnv> & { answer?: Answer; device?: Device } = {}): AttemptEnv & { sdk: FakeSdk; onVerifying: Mock<() => void> } {
  const { answer = () => Promise.resolve({ paymentId: "pay-1", txId: "tx-1" }), ...rest } = over;
  return {
    flow: "payment",
    input: SOCKS,
    storeId: "store-1",
    channelKey: "ck-1",
    device: "pc",
    pageUrl: PAGE,
    pack: en,
    loadPack: vi.fn(() => Promise.resolve(en)),
    loadAfter: () => import("./after"),
    sdk: fakeSdk(answer),
    verifyUrl: undefined,
    attemptKey: undefined,
    store,
    onVerifying: vi.fn(),
    ...rest,
  } as AttemptEnv & { sdk: FakeSdk; onVerifying: Mock<() => void> };
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe("runAttempt: the after-window chunk", () => {
  it("is fetched while the window is open, after the SDK was called in the click's task", () => {
    const order: string[] = [];
    const e = env({ answer: () => (order.push("sdk"), new Promise(() => undefined)), loadAfter: () => (order.push("after"), import("./after")) });
    void runAttempt(e);
    expect(order).toEqual(["sdk", "after"]);
  });

  it("a load that fails once is tried again, and the answer is read as usual", async () => {
    let calls = 0;
    const e = env({ loadAfter: () => (++calls === 1 ? Promise.reject(new Error("offline")) : import("./after")) });
    expect(await runAttempt(e)).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
  });

  it("a chunk that never loads turns a reported payment into VERIFY_UNREACHABLE with its ids, never a success", async () => {
    const e = env({ loadAfter: () => Promise.reject(new Error("offline")) });
    const outcome = await runAttempt(e);
    expect(outcome).toMatchObject({ status: "failure", flow: "payment", code: "VERIFY_UNREACHABLE", paymentId: "pay-1" });
    expect((outcome as { message: string }).message).toContain("check the payment on your server");
  });
});

describe("runAttempt: the request", () => {
  it("asks the flow's own SDK call with the built request (provider's store and channel, the input's fields)", async () => {
    const e = env();
    expect(await runAttempt(e)).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
    expect(e.sdk.requestPayment).toHaveBeenCalledOnce();
    expect(e.sdk.requestPayment.mock.calls[0]![0]).toMatchObject({ storeId: "store-1", channelKey: "ck-1", paymentId: "pay-1", orderName: "양말", totalAmount: 5000, currency: "KRW", payMethod: "CARD", customer: BUYER });
    expect(e.sdk.requestIssueBillingKey).not.toHaveBeenCalled();
    expect(e.sdk.requestIssueBillingKeyAndPay).not.toHaveBeenCalled();
  });

  it("calls the SDK in the click's own task (before any await), so the browser lets the window open", () => {
    const e = env();
    void runAttempt(e);
    expect(e.sdk.requestPayment).toHaveBeenCalledOnce();
  });

  it("a billing key asks requestIssueBillingKey for a card", async () => {
    const e = env({ flow: "billingKey", input: { issueName: "정기구독", issueId: "bk-1", customer: BUYER }, answer: () => Promise.resolve({ billingKey: "BK" }) });
    expect(await runAttempt(e)).toEqual({ status: "success", flow: "billingKey", billingKey: "BK", issueId: "bk-1" });
    expect(e.sdk.requestIssueBillingKey.mock.calls[0]![0]).toMatchObject({ billingKeyMethod: "CARD", issueId: "bk-1", issueName: "정기구독" });
    expect(e.sdk.requestPayment).not.toHaveBeenCalled();
  });

  it("phone billing asks requestIssueBillingKeyAndPay", async () => {
    const e = env({ flow: "phoneBilling", input: PHONE, answer: () => Promise.resolve({ billingKey: "BK", paymentId: "pay-1" }) });
    expect(await runAttempt(e)).toEqual({ status: "success", flow: "phoneBilling", billingKey: "BK", paymentId: "pay-1" });
    expect(e.sdk.requestIssueBillingKeyAndPay.mock.calls[0]![0]).toMatchObject({ billingKeyAndPayMethod: "MOBILE", paymentId: "pay-1" });
    expect(e.sdk.requestPayment).not.toHaveBeenCalled();
  });

  it("drops props that are not request fields before PortOne sees them", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const e = env({ input: { ...SOCKS, attemptTypo: "x" } });
    await runAttempt(e);
    expect(e.sdk.requestPayment.mock.calls[0]![0]).not.toHaveProperty("attemptTypo");
  });
});

describe("runAttempt: an input the rules refuse", () => {
  const noOrder = { ...SOCKS, orderName: undefined };

  it("ends at once, without the SDK, with each issue's sentence, and tells the developer", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const e = env({ input: { ...noOrder, isEscrow: true } });
    const out = runAttempt(e) as Outcome;
    expect(out).not.toBeInstanceOf(Promise);
    expect(out).toEqual({
      status: "invalid",
      flow: "payment",
      issues: [
        { field: "orderName", code: "required", severity: "error", params: {}, message: "Order name (orderName) is required." },
        expect.objectContaining({ field: "isEscrow", code: "contract.required", severity: "warning" }),
      ],
    });
    expect(e.sdk.requestPayment).not.toHaveBeenCalled();
    expect(e.loadPack).not.toHaveBeenCalled();
    // the developer reads the errors only
    expect(warn.mock.calls).toEqual([["[react-portone-inicis]\n- orderName: Order name (orderName) is required."]]);
    expect(store.list()).toEqual([]);
  });

  it("tells the developer every error, one per line", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    runAttempt(env({ input: { ...noOrder, totalAmount: undefined } }));
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/^\[react-portone-inicis\]\n- orderName: [^\n]+\n- totalAmount: [^\n]+$/);
  });

  it("loads the sentences when the pack is not there yet", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const e = env({ input: noOrder, pack: null });
    const out = runAttempt(e);
    expect(out).toBeInstanceOf(Promise);
    expect(e.loadPack).toHaveBeenCalledOnce();
    expect(await out).toMatchObject({ status: "invalid", issues: [{ field: "orderName", message: "Order name (orderName) is required." }] });
  });

  it("a pack that cannot load leaves each issue its field and code as its sentence", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const e = env({ input: noOrder, pack: null, loadPack: vi.fn(() => Promise.reject(new Error("offline"))) });
    expect(await runAttempt(e)).toEqual({ status: "invalid", flow: "payment", issues: [{ field: "orderName", code: "required", severity: "error", params: {}, message: "orderName: required" }] });
  });

  it("does not call buyer fields the dialog can ask for a developer's mistake", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const out = runAttempt(env({ input: { ...SOCKS, customer: { fullName: "홍길동" } } })) as Outcome;
    expect(out).toMatchObject({ status: "invalid", issues: [{ field: "customer.phoneNumber" }, { field: "customer.email" }] });
    expect(warn).not.toHaveBeenCalled();
  });

  it("tells nobody in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(runAttempt(env({ input: noOrder }))).toMatchObject({ status: "invalid" });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("runAttempt: warnings on a request that goes out", () => {
  it("are told to the developer once the pack is there, while the window is open", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const e = env({ input: { ...SOCKS, isEscrow: true }, pack: null });
    const out = runAttempt(e);
    expect(e.sdk.requestPayment).toHaveBeenCalledOnce();
    expect(e.loadPack).toHaveBeenCalledOnce();
    await out;
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]![0]).toMatch(/^\[react-portone-inicis\]\n- isEscrow: .*separate contract/);
  });

  it("are not told in production, and nothing is told for a clean request", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    await runAttempt(env());
    vi.stubEnv("NODE_ENV", "production");
    await runAttempt(env({ input: { ...SOCKS, isEscrow: true } }));
    await flush();
    expect(warn).not.toHaveBeenCalled();
  });

  it("a pack that cannot load does not stop the attempt", async () => {
    const e = env({ pack: null, loadPack: vi.fn(() => Promise.reject(new Error("offline"))) });
    expect(await runAttempt(e)).toMatchObject({ status: "success" });
  });
});

describe("runAttempt: the record a landing finds", () => {
  it("on mobile (a window that may leave the page) records what the attempt was for, before the window opens", async () => {
    let seen: unknown;
    const e = env({ device: "mobile", verifyUrl: "/api/verify", attemptKey: "socks-row", answer: () => ((seen = store.list()), new Promise(() => undefined)) });
    void runAttempt(e);
    const recorded = { flow: "payment", id: "pay-1", key: "socks-row", orderName: "양말", amount: 5000, currency: "KRW", payMethod: "CARD", verifyUrl: "/api/verify", redirectUrl: PAGE, at: NOW };
    expect(seen).toEqual([recorded]);
    expect(e.sdk.requestPayment.mock.calls[0]![0]).toMatchObject({ redirectUrl: PAGE });
  });

  it("records verification as off when neither the component nor the provider has a verifyUrl", () => {
    void runAttempt(env({ device: "mobile", answer: () => new Promise(() => undefined) }));
    expect(store.list()[0]).toMatchObject({ verifyUrl: false });
    expect(store.list()[0]).not.toHaveProperty("key");
    void runAttempt(env({ device: "mobile", input: { ...SOCKS, paymentId: "pay-2" }, verifyUrl: false, answer: () => new Promise(() => undefined) }));
    expect(store.list()[1]).toMatchObject({ id: "pay-2", verifyUrl: false });
  });

  it("a billing key records its issue id, issue name and display amount", () => {
    void runAttempt(env({ flow: "billingKey", device: "mobile", input: { issueName: "정기구독", issueId: "bk-1", displayAmount: 9900, currency: "KRW", offerPeriod: { interval: "1m" }, customer: { fullName: "홍길동" } }, answer: () => new Promise(() => undefined) }));
    expect(store.list()).toEqual([expect.objectContaining({ flow: "billingKey", id: "bk-1", orderName: "정기구독", amount: 9900, currency: "KRW" })]);
  });

  // issue 17: PortOne's script, not the library, picks the window, so a PC guess is recorded too
  it("on PC the attempt is recorded as well, and dropped once the window answers in the page", async () => {
    const done = runAttempt(env({ answer: () => new Promise((r) => setTimeout(() => r({ paymentId: "pay-1" }), 0)) }));
    expect(store.list().map((r) => r.id)).toEqual(["pay-1"]);
    await done;
    expect(store.list()).toEqual([]);
  });

  it("an undefined answer while a redirectUrl applies means the window left: null, no outcome, the record stays", async () => {
    const e = env({ device: "mobile", answer: () => Promise.resolve(undefined) });
    expect(await runAttempt(e)).toBeNull();
    expect(store.list()).toHaveLength(1);
    expect(fetchMock).not.toHaveBeenCalled();
    // a merchant's own redirectUrl with forceRedirect on PC too
    expect(await runAttempt(env({ input: { ...SOCKS, paymentId: "pay-2", redirectUrl: "https://shop.example/landing", forceRedirect: true }, answer: () => Promise.resolve(undefined) }))).toBeNull();
    expect(store.list().map((r) => r.redirectUrl)).toEqual([PAGE, "https://shop.example/landing"]);
  });

  it("an undefined answer where the PC window should answer in the page is NO_RESPONSE; the record stays for a landing", async () => {
    expect(await runAttempt(env({ answer: () => Promise.resolve(undefined) }))).toEqual({
      status: "failure",
      flow: "payment",
      code: "NO_RESPONSE",
      message: "The payment window closed without a response.",
      paymentId: "pay-1",
    });
    expect(store.list().map((r) => r.id)).toEqual(["pay-1"]);
  });

  it("an answer in the page drops the record: no landing will come for it", async () => {
    store.put({ flow: "payment", id: "pay-other", verifyUrl: false, redirectUrl: PAGE, at: NOW });
    expect(await runAttempt(env({ device: "mobile", answer: () => Promise.resolve({ code: "FAILURE_TYPE_PG", message: "거절", paymentId: "pay-1" }) }))).toMatchObject({ status: "failure", code: "FAILURE_TYPE_PG" });
    expect(store.list().map((r) => r.id)).toEqual(["pay-other"]);
  });
});

describe("runAttempt: an SDK that fails", () => {
  it("a promise that rejects with an Error is a failure naming the attempt", async () => {
    const out = await runAttempt(env({ answer: () => Promise.reject(new Error("script blocked")) }));
    expect(out).toEqual({ status: "failure", flow: "payment", code: "UNKNOWN_ERROR", message: "script blocked", paymentId: "pay-1" });
  });

  it("a PortOne error object keeps its code", async () => {
    const out = await runAttempt(env({ answer: () => Promise.reject({ code: "FAILURE_TYPE_PG", message: "한도 초과" }) }));
    expect(out).toEqual({ status: "failure", flow: "payment", code: "FAILURE_TYPE_PG", message: "한도 초과", paymentId: "pay-1" });
  });

  it("anything else thrown is an UNKNOWN_ERROR with its text", async () => {
    expect(await runAttempt(env({ answer: () => Promise.reject("gone") }))).toEqual({ status: "failure", flow: "payment", code: "UNKNOWN_ERROR", message: "gone", paymentId: "pay-1" });
    expect(await runAttempt(env({ answer: () => Promise.reject({ reason: 1 }) }))).toMatchObject({ code: "UNKNOWN_ERROR", message: "[object Object]" });
  });

  it("an SDK call that throws before answering is a failure, not an exception", async () => {
    const out = runAttempt(
      env({
        answer: () => {
          throw new Error("not loaded");
        },
      }),
    );
    await expect(out).resolves.toMatchObject({ status: "failure", code: "UNKNOWN_ERROR", message: "not loaded" });
  });

  it("a mobile attempt that fails in the page drops its record", async () => {
    await runAttempt(env({ device: "mobile", answer: () => Promise.reject(new Error("closed")) }));
    expect(store.list()).toEqual([]);
  });
});

describe("runAttempt: the merchant's server", () => {
  const paid = { ok: true, verdict: "paid", paymentId: "pay-1", amount: 5000, currency: "KRW" };
  const answerFetch = (body: unknown): void => {
    fetchMock.mockImplementation(async () => new Response(JSON.stringify(body)));
  };

  it("verifies a reported payment with the attempt's verifyUrl, telling the component first", async () => {
    answerFetch(paid);
    const e = env({ verifyUrl: "/api/verify" });
    const out = await runAttempt(e);
    expect(e.onVerifying).toHaveBeenCalledOnce();
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(fetchMock.mock.calls[0]![0]).toBe("/api/verify");
    expect(out).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1", verification: paid });
  });

  it("compares the server's amount and currency with the request's", async () => {
    answerFetch({ ...paid, amount: 4000 });
    expect(await runAttempt(env({ verifyUrl: "/v" }))).toMatchObject({ code: "VERIFY_REFUSED", verification: { verdict: "amount-mismatch" } });
    answerFetch(paid);
    expect(await runAttempt(env({ verifyUrl: "/v", input: { ...SOCKS, currency: "USD" } }))).toMatchObject({ code: "VERIFY_REFUSED", verification: { verdict: "amount-mismatch" } });
    answerFetch({ ...paid, currency: "CURRENCY_KRW" });
    expect(await runAttempt(env({ verifyUrl: "/v", input: { ...SOCKS, currency: "CURRENCY_KRW" } }))).toMatchObject({ status: "success" });
  });

  it("does not ask without a verifyUrl, or with verifyUrl false", async () => {
    for (const verifyUrl of [undefined, false] as const) {
      const e = env({ verifyUrl });
      expect(await runAttempt(e)).toEqual({ status: "success", flow: "payment", paymentId: "pay-1", txId: "tx-1" });
      expect(e.onVerifying).not.toHaveBeenCalled();
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("verifies the first payment of phone billing", async () => {
    answerFetch({ ...paid, amount: 1 });
    const e = env({ flow: "phoneBilling", verifyUrl: "/v", input: PHONE, answer: () => Promise.resolve({ billingKey: "BK", paymentId: "pay-1" }) });
    expect(await runAttempt(e)).toMatchObject({ status: "failure", code: "VERIFY_REFUSED" });
  });
});

describe("runAttempt with every flow", () => {
  it.each<Flow>(["payment", "billingKey", "phoneBilling"])("%s: an invalid input calls no SDK function", (flow) => {
    vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const e = env({ flow, input: {} });
    expect(runAttempt(e)).toMatchObject({ status: "invalid", flow });
    expect(e.sdk.requestPayment).not.toHaveBeenCalled();
    expect(e.sdk.requestIssueBillingKey).not.toHaveBeenCalled();
    expect(e.sdk.requestIssueBillingKeyAndPay).not.toHaveBeenCalled();
  });
});

