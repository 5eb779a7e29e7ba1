import type { PaymentRequest } from "@portone/browser-sdk/v2";
import { beforeEach, describe, expect, it, vi } from "vitest";

const URL_ = "https://cdn.portone.io/v2/browser-sdk.js";
const request = { storeId: "store-1", channelKey: "ck", paymentId: "pay-1", orderName: "x", totalAmount: 1000, currency: "KRW", payMethod: "CARD" } as PaymentRequest;
const NPM_MODULE = new URL("../../node_modules/@portone/browser-sdk/dist/v2.js", import.meta.url).pathname;
let fresh = 0;
const tags = () => Array.from(document.querySelectorAll<HTMLScriptElement>(`script[src="${URL_}"]`));

/** Each test gets fresh module state: our loader cache and the npm loader's cache. */
async function freshAdapter(timeoutMs = 2000) {
  vi.resetModules();
  const npmCalls: { fn: string; portOneExisted: boolean }[] = [];
  vi.doMock("@portone/browser-sdk/v2", async () => {
    // a fresh copy of the real npm module, so its own cached loader promise starts empty too
    const actual = (await import(/* @vite-ignore */ `${NPM_MODULE}?fresh=${++fresh}`)) as typeof import("@portone/browser-sdk/v2");
    const wrap =
      <A extends unknown[], R>(fn: string, f: (...a: A) => R) =>
      (...a: A): R => {
        npmCalls.push({ fn, portOneExisted: window.PortOne !== undefined });
        return f(...a);
      };
    return {
      ...actual,
      requestPayment: wrap("requestPayment", actual.requestPayment),
      requestIssueBillingKey: wrap("requestIssueBillingKey", actual.requestIssueBillingKey),
      requestIssueBillingKeyAndPay: wrap("requestIssueBillingKeyAndPay", actual.requestIssueBillingKeyAndPay),
    };
  });
  const { createPortOneSdk } = await import("./portone");
  return { sdk: createPortOneSdk({ timeoutMs }), npmCalls };
}

function fakePortOne() {
  return {
    requestPayment: vi.fn(async (r: PaymentRequest) => ({ transactionType: "PAYMENT" as const, paymentId: r.paymentId, txId: "tx-1" })),
    requestIssueBillingKey: vi.fn(),
    requestIssueBillingKeyAndPay: vi.fn(),
  };
}

beforeEach(() => {
  for (const t of tags()) t.remove();
  delete (window as { PortOne?: unknown }).PortOne;
});

describe("real adapter: retryable script loading", () => {
  it("a failed load rejects with the typed error, removes the tag, and the next preload succeeds", async () => {
    const { sdk, npmCalls } = await freshAdapter();
    const first = sdk.preload();
    expect(tags()).toHaveLength(1);
    tags()[0]!.dispatchEvent(new Event("error"));
    await expect(first).rejects.toMatchObject({ name: "PortOneLoadError", code: "SDK_LOAD_FAILED" });
    expect(tags()).toHaveLength(0);

    const second = sdk.preload();
    expect(tags()).toHaveLength(1);
    (window as { PortOne?: unknown }).PortOne = fakePortOne();
    tags()[0]!.dispatchEvent(new Event("load"));
    await expect(second).resolves.toBeUndefined();
    expect(npmCalls).toEqual([]);
  });

  it("a request after a failed load retries the script, then reaches window.PortOne through the npm functions", async () => {
    const { sdk, npmCalls } = await freshAdapter();
    const failed = sdk.requestPayment(request);
    tags()[0]!.dispatchEvent(new Event("error"));
    await expect(failed).rejects.toMatchObject({ code: "SDK_LOAD_FAILED" });
    expect(npmCalls).toEqual([]);

    const fake = fakePortOne();
    const retried = sdk.requestPayment(request);
    (window as { PortOne?: unknown }).PortOne = fake;
    tags()[0]!.dispatchEvent(new Event("load"));
    await expect(retried).resolves.toEqual({ transactionType: "PAYMENT", paymentId: "pay-1", txId: "tx-1" });
    expect(fake.requestPayment).toHaveBeenCalledExactlyOnceWith(request);
    expect(npmCalls).toEqual([{ fn: "requestPayment", portOneExisted: true }]);
    expect(tags()).toHaveLength(1);
  });

  it("with window.PortOne already set, injects no tag", async () => {
    const { sdk } = await freshAdapter();
    const fake = fakePortOne();
    (window as { PortOne?: unknown }).PortOne = fake;
    await sdk.preload();
    await sdk.requestPayment(request);
    expect(tags()).toHaveLength(0);
    expect(fake.requestPayment).toHaveBeenCalledOnce();
  });

  it("reuses a tag that is already on the page", async () => {
    const { sdk } = await freshAdapter();
    const existing = document.createElement("script");
    existing.src = URL_;
    document.head.appendChild(existing);
    const loading = sdk.preload();
    expect(tags()).toEqual([existing]);
    (window as { PortOne?: unknown }).PortOne = fakePortOne();
    existing.dispatchEvent(new Event("load"));
    await expect(loading).resolves.toBeUndefined();
  });

  it("a script that never loads times out with a retryable error", async () => {
    const { sdk } = await freshAdapter(30);
    await expect(sdk.preload()).rejects.toMatchObject({ code: "SDK_LOAD_TIMEOUT" });
    expect(tags()).toHaveLength(0);
    const again = sdk.preload();
    (window as { PortOne?: unknown }).PortOne = fakePortOne();
    tags()[0]!.dispatchEvent(new Event("load"));
    await expect(again).resolves.toBeUndefined();
  });

  it("a script that loads without defining window.PortOne is a load failure", async () => {
    const { sdk } = await freshAdapter();
    const loading = sdk.preload();
    tags()[0]!.dispatchEvent(new Event("load"));
    await expect(loading).rejects.toMatchObject({ code: "SDK_LOAD_FAILED" });
  });

  it("concurrent preloads share one tag", async () => {
    const { sdk } = await freshAdapter();
    const a = sdk.preload();
    const b = sdk.preload();
    expect(tags()).toHaveLength(1);
    (window as { PortOne?: unknown }).PortOne = fakePortOne();
    tags()[0]!.dispatchEvent(new Event("load"));
    await Promise.all([a, b]);
  });
});
